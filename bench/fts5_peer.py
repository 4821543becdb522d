"""SQLite FTS5 (trigram tokenizer) as a peer of our index in the search benchmark.

The articles' text goes into a plain table first (our engine reads its snippets from it too), then an
external-content FTS5 table with the trigram tokenizer indexes its title, body, authors and places.
A query of our language is written as an FTS5 user would: every word of three characters or more a
quoted trigram phrase in ``MATCH``; a word of one or two characters, which trigrams cannot match, a
``LIKE '%…%'`` over the text columns. A query with no word of three characters or more is therefore a
*scan* of every article's text (``is_scan``): at a million articles each takes minutes, so the
benchmark can time a bounded sample of them (``--fts5-scan-sample``) and says how many it timed.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from collections.abc import Iterable, Iterator

from app.search import IndexDoc


def build_articles(path: Path, docs: Iterable[IndexDoc]) -> None:
    """The plain articles table at `path` (a new database). ``title`` is what FTS5 indexes (kicker,
    title and subtitle together); the three are kept apart too, so that ``stored_docs`` gives the
    articles back as they were generated."""
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, body TEXT, authors TEXT, places TEXT,"
                " city TEXT, county TEXT, town TEXT, kind TEXT, ord INTEGER, kicker TEXT, head TEXT, subtitle TEXT)")
    con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", (
        (d.id, " ".join(x for x in (d.kicker, d.title, d.subtitle) if x), d.body, " ".join(d.authors),
         " ".join(d.places), d.city, d.county, d.town, d.kind, d.order, d.kicker, d.title, d.subtitle) for d in docs))
    con.commit()
    con.close()


def stored_docs(path: Path, limit: int | None = None) -> Iterator[IndexDoc]:
    """The articles of the database at `path` in id order, one at a time (the first `limit`)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT id, head, kicker, subtitle, body, authors, places, city, county, town, kind, ord"
                           " FROM articles ORDER BY id" + (f" LIMIT {int(limit)}" if limit else ""))
        for i, head, kicker, subtitle, body, authors, places, city, county, town, kind, order in rows:
            yield IndexDoc(id=i, title=head, kicker=kicker, subtitle=subtitle, body=body,
                           authors=authors.split() if authors else [], places=places.split() if places else [],
                           city=city, county=county, town=town, kind=kind, order=order)
    finally:
        con.close()


def build_fts5(path: Path) -> float:
    """The trigram FTS5 table over the articles of the database at `path`; seconds it took."""
    con = sqlite3.connect(path)
    t0 = time.perf_counter()
    con.execute("DROP TABLE IF EXISTS fts")
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, authors, places, content='articles',"
                " content_rowid='id', tokenize='trigram')")
    con.execute("INSERT INTO fts(rowid, title, body, authors, places)"
                " SELECT id, title, body, authors, places FROM articles")
    con.commit()
    took = time.perf_counter() - t0
    con.close()
    return took


def has_fts5(path: Path) -> bool:
    if not path.exists():
        return False
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'fts'").fetchone() is not None
    finally:
        con.close()


_COLS = {"title": "title", "author": "authors", "place": "places"}
_ALLTEXT = "a.title LIKE ? OR a.body LIKE ? OR a.authors LIKE ? OR a.places LIKE ?"


def translate(q: str, filters: dict) -> tuple[list[str], list[str], list]:
    """Our query as FTS5 MATCH phrases, SQL conditions and their arguments."""
    where: list[str] = []
    args: list = []
    match: list[str] = []
    if " OR " in q:
        a, b = q.split(" OR ")
        if len(a) >= 3 and len(b) >= 3:
            match.append(f'"{a}" OR "{b}"')
        else:
            where.append(f"({_ALLTEXT} OR {_ALLTEXT})")
            args += [f"%{a}%"] * 4 + [f"%{b}%"] * 4
    else:
        for w in q.split():
            col = None
            if ":" in w:
                col, w = w.split(":", 1)
            w = w.strip('"')
            if len(w) >= 3:
                match.append(f'{_COLS[col]} : "{w}"' if col else f'"{w}"')
            elif col:
                where.append(f"a.{_COLS[col]} LIKE ?")
                args.append(f"%{w}%")
            else:
                where.append(f"({_ALLTEXT})")
                args += [f"%{w}%"] * 4
    for k, v in filters.items():
        where.append(f"a.{k} = ?")
        args.append(v)
    return match, where, args


def is_scan(q: str, filters: dict) -> bool:
    """True when FTS5 cannot narrow the query: no MATCH, every article's text is read."""
    return not translate(q, filters)[0]


def search(con: sqlite3.Connection, q: str, filters: dict) -> tuple[int, list[int]]:
    """Count, facets, the first 20 and their snippets, as our engine answers; (count, first 20 ids)."""
    match, where, args = translate(q, filters)
    # Matching ids once into a temp table; count, facets and the first page
    # come from there (running the MATCH/LIKE six times would be unfair).
    con.execute("DROP TABLE IF EXISTS temp.hits")
    if match:
        args = [" AND ".join(match)] + args
        extra = (" AND " + " AND ".join(where)) if where else ""
        con.execute("CREATE TEMP TABLE hits AS SELECT fts.rowid AS id, bm25(fts, 3.0, 1.0, 1.0, 2.0) AS score"
                    f" FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH ?{extra}", args)
    else:
        con.execute("CREATE TEMP TABLE hits AS SELECT a.id AS id, 0.0 AS score FROM articles a WHERE "
                    + " AND ".join(where), args)
    total = con.execute("SELECT count(*) FROM hits").fetchone()[0]
    for col in ("county", "town", "kind", "authors"):
        con.execute(f"SELECT a.{col}, count(*) FROM hits JOIN articles a USING (id) GROUP BY a.{col}"
                    " ORDER BY 2 DESC LIMIT 50").fetchall()
    top = con.execute("SELECT h.id FROM hits h JOIN articles a USING (id)"
                      " ORDER BY h.score, a.ord DESC LIMIT 20").fetchall()
    ids = [r[0] for r in top]
    if match and ids:
        # snippet() needs the MATCH context: one more lookup for 20 rows.
        con.execute(f"SELECT rowid, snippet(fts, 1, '<mark>', '</mark>', '…', 40) FROM fts WHERE fts MATCH ?"
                    f" AND rowid IN ({','.join('?' * len(ids))})", [args[0], *ids]).fetchall()
    elif ids:
        con.execute(f"SELECT id, substr(body, 1, 160) FROM articles WHERE id IN ({','.join('?' * len(ids))})",
                    ids).fetchall()
    return total, ids


def scan_sample(queries: list[tuple[str, str, dict]], k: int | None) -> set[int]:
    """Indexes of the scans to time: all of them (k None), else k spread evenly over them in order."""
    scans = [i for i, (_cat, q, filters) in enumerate(queries) if is_scan(q, filters)]
    if k is None or k >= len(scans):
        return set(scans)
    return {scans[j * len(scans) // k] for j in range(k)}
