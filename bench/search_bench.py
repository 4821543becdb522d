"""Search benchmark: our n-gram Whoosh index against SQLite FTS5 (trigram).

    .venv/bin/python bench/search_bench.py            # 100,000 articles
    .venv/bin/python bench/search_bench.py --n 20000 --procs 2 --out bench/out
    .venv/bin/python bench/search_bench.py --n 20000 --out bench/out --reuse   # queries only

What it does, in one run:

1. Generates N synthetic articles by recombining the seed articles'
   sentences (seeds/*.txt) under random Jiangsu towns from the gazetteer
   (county and city from the town's parent codes), with authors, places,
   photo captions (8%) and page order.
2. Builds our index (ArchiveIndex.rebuild, one writer process per core) and
   reports articles/s, peak memory of the build (parent and workers) and the
   index size on disk.
3. Builds SQLite FTS5 (trigram tokenizer) on the same articles, in the same
   database that holds the article text our index reads snippets from.
4. Runs the same 200 fixed queries on both (1–6 character substrings,
   two-word ANDs, quoted phrases, filtered queries, ORs and title: queries),
   each with total count, facets over all hits (county, town, kind, author),
   the first 20 hits ranked and a highlighted snippet per hit, in a fresh
   process that only opens the two indexes (its peak RSS is the serving
   memory). FTS5's trigram tokenizer cannot match 1–2 character strings:
   for those the FTS5 side uses LIKE '%…%' over the text columns, as an FTS5
   user would. Prints p50/p95/max per engine and category and our/FTS5
   ratios, and checks that both engines count the same hits.

With ``--e2e`` it measures the app end to end instead (:func:`run_end_to_end`):
``zhenzhi ingest`` of the articles written as page files, then the same 200
queries over HTTP against ``zhenzhi serve``.

    .venv/bin/python bench/search_bench.py --e2e --n 100000
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import os
import random
import re
import resource
import shutil
import sqlite3
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.search import ArchiveIndex, IndexDoc  # noqa: E402
from app.search.analysis import fold  # noqa: E402

GAZETTEERS = [ROOT / "app/places/data/china_divisions.csv", Path("/work/shared/gazetteer/jiangsu_divisions.csv"),
              ROOT.parent / "shared/gazetteer/jiangsu_divisions.csv"]
_HAN = re.compile(r"[\u4e00-\u9fff]+")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫波斌宇浩凯健俊帆帅旭宁龙林欣婷雪慧颖琳晨晶雯佳怡倩"


# -- corpus --------------------------------------------------------------------


def load_seeds() -> tuple[list[str], list[str]]:
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted((ROOT / "seeds").glob("*.txt")))
    sentences = [s.strip() for s in re.findall(r"[^。！？!?\n]+[。！？!?]", text) if len(s.strip()) >= 8]
    titles = [ln.strip() for ln in text.splitlines() if 6 <= len(ln.strip()) <= 26 and not re.search(r"[。，,]", ln)]
    return sentences, titles


def load_towns() -> list[tuple[str, str, str]]:
    """(city, county, town) for current towns of Jiangsu."""
    path = next(p for p in GAZETTEERS if p.exists())
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    by_code = {r["code"]: r for r in rows}
    out = []
    for r in rows:
        if r["level"] != "town" or r["status"] != "current" or not r["code"].startswith("32"):
            continue
        county = by_code.get(r["parent_code"])
        city = by_code.get(county["parent_code"]) if county else None
        if county and city:
            out.append((city["name"], county["name"], r["name"]))
    return out


PAGE_ARTICLES = 10
NEWSPAPERS = ("苏州日报", "姑苏晚报", "无锡日报", "新华日报")
FIRST_DAY = 732_312  # 2006-01-01 as a proleptic ordinal: pages spread over 20 years from here
DAYS = 20 * 365


def page_of_article(i: int, n: int) -> tuple[int, str, str, str]:
    """(page id, newspaper, ISO date, edition) of the i-th generated article: ten articles a page, the
    pages spread evenly over four newspapers and twenty years (2006–2025)."""
    import datetime as dt

    page = i // PAGE_ARTICLES
    pages = max(1, -(-n // PAGE_ARTICLES))
    day = dt.date.fromordinal(FIRST_DAY + page * DAYS // pages)
    return page + 1, NEWSPAPERS[page % len(NEWSPAPERS)], day.isoformat(), f"A{page % 8 + 1:02d}"


def generate(n: int, seed: int = 42) -> list[IndexDoc]:
    return list(iter_docs(n, seed))


def iter_docs(n: int, seed: int = 42) -> Iterator[IndexDoc]:
    """The N generated articles one at a time (the same ones as generate(), in the same order): a
    million articles never have to be in memory at once."""
    rnd = random.Random(seed)
    sentences, titles = load_seeds()
    towns = load_towns()
    authors = list({rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
                    for _ in range(400)})
    for i in range(n):
        city, county, town = rnd.choice(towns)
        short = county[:-1] if len(county) > 2 else county
        places = [town, county, city]
        photo = rnd.random() < 0.08
        if photo:
            body = f"{county}{town}{rnd.choice(sentences)}"
            title = None if rnd.random() < 0.5 else rnd.choice(titles)
        else:
            paras = []
            for p in range(rnd.randint(3, 8)):
                sents = [rnd.choice(sentences) for _ in range(rnd.randint(2, 5))]
                if p == 0:
                    sents[0] = f"近日，{county}{town}" + sents[0]
                paras.append("".join(sents))
            if rnd.random() < 0.3:
                _c2, county2, town2 = rnd.choice(towns)
                paras.insert(rnd.randint(1, len(paras)), f"{county2}{town2}相关负责人表示，" + rnd.choice(sentences))
                places.append(town2)
            body = "\n".join(paras)
            title = f"{short}{town}{rnd.choice(titles)}" if rnd.random() < 0.5 else rnd.choice(titles)
        yield IndexDoc(
            id=i + 1, title=title, kicker=rnd.choice(titles) if rnd.random() < 0.2 else None,
            subtitle=rnd.choice(titles) if rnd.random() < 0.1 else None, body=body,
            authors=rnd.sample(authors, rnd.choice((0, 1, 1, 2))), places=places,
            city=city, county=county, town=town, kind="photo" if photo else "article",
            order=generated_order(i, n),
        )


def generated_order(i: int, n: int) -> int:
    """The page order the archive would give the i-th article (its page's day and id, its place there)."""
    from app.search.dates import page_order
    from app.sources import day_number

    page_id, _paper, day, _edition = page_of_article(i, n)
    return page_order(day_number(day), page_id, i % PAGE_ARTICLES)


# Above this many articles the corpus is streamed (generated again for each engine) and the queries
# are drawn from its first QUERY_SAMPLE articles: memory stays bounded at a million.
LIST_LIMIT = 200_000
QUERY_SAMPLE = 20_000


def corpus(n: int) -> list[IndexDoc] | Iterator[IndexDoc]:
    """The generated articles: a list up to LIST_LIMIT, a stream above."""
    return generate(n) if n <= LIST_LIMIT else iter_docs(n)


def make_queries(docs: list[IndexDoc], seed: int = 7) -> list[tuple[str, str, dict]]:
    """200 fixed queries: (category, query, filters)."""
    rnd = random.Random(seed)

    def han_sub(lo: int, hi: int) -> str:
        while True:
            d = rnd.choice(docs)
            spans = [s for s in _HAN.findall(fold(d.body)) if len(s) >= lo]
            if spans:
                s = rnd.choice(spans)
                k = rnd.randint(lo, min(hi, len(s)))
                a = rnd.randint(0, len(s) - k)
                return s[a:a + k]

    qs: list[tuple[str, str, dict]] = []
    for k in range(1, 7):
        for _ in range(10):
            qs.append((f"substr{k}", han_sub(k, k), {}))
    for _ in range(40):
        qs.append(("and2", f"{han_sub(2, 4)} {han_sub(2, 4)}", {}))
    for _ in range(40):
        qs.append(("phrase", f'"{han_sub(4, 8)}"', {}))
    for _ in range(30):
        d = rnd.choice(docs)
        qs.append(("filtered", han_sub(2, 4), {"county": d.county}))
    for _ in range(15):
        qs.append(("or", f"{han_sub(2, 4)} OR {han_sub(2, 4)}", {}))
    for _ in range(15):
        d = rnd.choice([x for x in docs[:5000] if x.title])
        s = _HAN.findall(fold(d.title))
        s = max(s, key=len) if s else "新闻"
        k = min(len(s), rnd.randint(2, 4))
        qs.append(("title", f"title:{s[:k]}", {}))
    assert len(qs) == 200
    return qs


# -- SQLite: article text (for our snippets) and FTS5 ----------------------------------


def build_sqlite(path: Path, docs: Iterable[IndexDoc], fts5: bool = True) -> float:
    if path.exists():
        path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE articles(id INTEGER PRIMARY KEY, title TEXT, body TEXT, authors TEXT, places TEXT,"
                " city TEXT, county TEXT, town TEXT, kind TEXT, ord INTEGER)")
    con.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)", (
        (d.id, " ".join(x for x in (d.kicker, d.title, d.subtitle) if x), d.body, " ".join(d.authors),
         " ".join(d.places), d.city, d.county, d.town, d.kind, d.order) for d in docs))
    con.commit()
    if not fts5:
        con.close()
        return float("nan")
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, authors, places, content='articles',"
                " content_rowid='id', tokenize='trigram')")
    con.execute("INSERT INTO fts(rowid, title, body, authors, places) SELECT id, title, body, authors, places FROM articles")
    con.commit()
    took = time.perf_counter() - t0
    con.close()
    return took


_FTS_COLS = {"title": "title", "author": "authors", "place": "places"}
_ALLTEXT = "a.title LIKE ? OR a.body LIKE ? OR a.authors LIKE ? OR a.places LIKE ?"


def fts_query(con: sqlite3.Connection, q: str, filters: dict) -> tuple[int, list[int]]:
    """What an FTS5 user would write for our query language subset."""
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
                match.append(f'{_FTS_COLS[col]} : "{w}"' if col else f'"{w}"')
            else:
                if col:
                    where.append(f"a.{_FTS_COLS[col]} LIKE ?")
                    args.append(f"%{w}%")
                else:
                    where.append(f"({_ALLTEXT})")
                    args += [f"%{w}%"] * 4
    for k, v in filters.items():
        where.append(f"a.{k} = ?")
        args.append(v)
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
    top = con.execute("SELECT h.id FROM hits h JOIN articles a USING (id) ORDER BY h.score, a.ord DESC LIMIT 20").fetchall()
    ids = [r[0] for r in top]
    if match and ids:
        # snippet() needs the MATCH context: one more lookup for 20 rows.
        con.execute(f"SELECT rowid, snippet(fts, 1, '<mark>', '</mark>', '…', 40) FROM fts WHERE fts MATCH ?"
                    f" AND rowid IN ({','.join('?' * len(ids))})", [args[0], *ids]).fetchall()
    elif ids:
        con.execute(f"SELECT id, substr(body, 1, 160) FROM articles WHERE id IN ({','.join('?' * len(ids))})",
                    ids).fetchall()
    return total, ids


# -- query phase (fresh process: its peak RSS is the serving memory) --------------------


def _pctl(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def query_phase(index_dir: str, db: str, tantivy_dir: str | None, queries: list, result: dict,
                fts5: bool = True) -> None:
    con = sqlite3.connect(db, check_same_thread=False)

    def text_for(ids: list[int]) -> dict[int, tuple[str | None, str]]:
        rows = con.execute(f"SELECT id, title, body FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {i: (title or None, body) for i, title, body in rows.fetchall()}

    ix = ArchiveIndex(index_dir)
    t0 = time.perf_counter()
    ix.search("镇")  # opens the index: loads per-document arrays
    open_s = time.perf_counter() - t0
    ix._cache.clear()
    peer = _tantivy_peer(tantivy_dir)
    ours, bare, fts, tan, warm, mismatches, tan_mismatches = [], [], [], [], [], [], []
    cpu: dict[str, list] = {"ours": [], "bare": [], "tantivy": []}  # CPU time: steadier on a shared machine
    for cat, q, filters in queries:
        ix._cache.clear()  # measure evaluation, not the result cache
        t, c = time.perf_counter(), time.process_time()
        r = ix.search(q, filters=filters, text_for=text_for)
        ours.append((cat, time.perf_counter() - t))
        cpu["ours"].append((cat, time.process_time() - c))
        t = time.perf_counter()
        ix.search(q, filters=filters, text_for=text_for)  # again: from the result cache
        warm.append(time.perf_counter() - t)
        ix._cache.clear()
        t, c = time.perf_counter(), time.process_time()
        ix.search(q, filters=filters)  # count, facets and the first 20, no snippets
        bare.append((cat, time.perf_counter() - t))
        cpu["bare"].append((cat, time.process_time() - c))
        if fts5:
            t = time.perf_counter()
            total, _ids = fts_query(con, q, filters)
            fts.append((cat, time.perf_counter() - t))
            if total != r.total:
                mismatches.append((q, filters, r.total, total))
        if peer is not None:
            t, c = time.perf_counter(), time.process_time()
            total, _ids = peer.search(q, filters)
            tan.append((cat, time.perf_counter() - t))
            cpu["tantivy"].append((cat, time.process_time() - c))
            if total != r.total:
                tan_mismatches.append((q, filters, r.total, total))
    result.update(ours=ours, bare=bare, fts=fts, tantivy=tan, warm=warm, mismatches=mismatches,
                  cpu_ours=cpu["ours"], cpu_bare=cpu["bare"], cpu_tantivy=cpu["tantivy"],
                  tantivy_mismatches=tan_mismatches, open_s=open_s, rss_mb=_peak_rss_mb())


def _tantivy_peer(path: str | None):
    """The tantivy peer over the index at `path`, or None without one (or without the bench extra)."""
    if not path or not Path(path).exists():
        return None
    try:
        from tantivy_peer import Peer
    except ImportError:
        return None
    return Peer(Path(path))


def _tantivy_build(path: Path, docs: Iterable[IndexDoc], threads: int) -> dict | None:
    try:
        import tantivy_peer
    except ImportError:
        print("tantivy is not installed (pip install -e '.[bench]'): no tantivy peer", file=sys.stderr)
        return None
    return tantivy_peer.build(path, docs, threads)


def _peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, because ru_maxrss survives exec()
    and a spawned child would report its parent's peak."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _dir_size(p: Path) -> int:
    return sum(f.stat().st_size for f in p.rglob("*") if f.is_file())


def run(n: int, out: Path, procs: int, optimize: bool, reuse: bool = False, fts5: bool = True) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    docs = corpus(n)
    gen_s = time.perf_counter() - t
    sample = docs if isinstance(docs, list) else list(islice(iter_docs(n), QUERY_SAMPLE))
    avg_chars = sum(len(d.body) for d in sample) / len(sample)
    index_dir = out / "index"
    db = out / "articles.db"
    # --reuse: query an index and database an earlier run with the same N
    # left in `out`, to compare query code without building again.
    reused = reuse and (index_dir / "live").exists() and db.exists()
    build_s = fts_s = float("nan")
    ru_self = ru_children = float("nan")
    if not reused:
        shutil.rmtree(index_dir, ignore_errors=True)
        ix = ArchiveIndex(index_dir, procs=procs)
        t = time.perf_counter()
        ix.rebuild(docs if isinstance(docs, list) else iter_docs(n), generation=1, optimize=optimize)
        build_s = time.perf_counter() - t
        ru_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ru_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        fts_s = build_sqlite(db, docs if isinstance(docs, list) else iter_docs(n), fts5)
    tantivy_dir = out / "tantivy"
    tantivy_build = None
    if not reused or not tantivy_dir.exists():
        tantivy_build = _tantivy_build(tantivy_dir, docs if isinstance(docs, list) else iter_docs(n), procs)
    index_bytes = _dir_size(index_dir.resolve() / "live")
    fts_bytes = db.stat().st_size
    queries = make_queries(sample)
    del docs, sample
    ctx = mp.get_context("spawn")
    with ctx.Manager() as m:
        res = m.dict()
        p = ctx.Process(target=query_phase, args=(str(index_dir), str(db), str(tantivy_dir), queries, res, fts5))
        p.start()
        p.join()
        res = dict(res)
    ours = [s for _c, s in res["ours"]]
    fts = [s for _c, s in res["fts"]]
    tan = [s for _c, s in res["tantivy"]]
    cats = sorted({c for c, _ in res["ours"]})

    def kinds(key: str) -> dict:
        return {c: {"p50": _ms(_pctl([s for k, s in res[key] if k == c], 50)),
                    "p95": _ms(_pctl([s for k, s in res[key] if k == c], 95))} for c in cats} if res[key] else {}

    def overall(key: str) -> dict | None:
        xs = [s for _c, s in res[key]]
        return {"p50": _ms(_pctl(xs, 50)), "p95": _ms(_pctl(xs, 95)), "max": _ms(max(xs))} if xs else None

    report = {
        "n": n, "avg_body_chars": round(avg_chars), "procs": procs, "optimize": optimize,
        "generate_s": round(gen_s, 1),
        "reused_index": reused,
        "build_s": round(build_s, 1), "build_articles_per_s": None if reused else round(n / build_s),
        "build_peak_rss_mb": None if reused else {"parent": round(ru_self), "largest_worker": round(ru_children)},
        "index_mb": round(index_bytes / 2**20, 1),
        "fts5_build_s": round(fts_s, 1), "sqlite_db_with_fts5_mb": round(fts_bytes / 2**20, 1),
        "open_index_s": round(res["open_s"], 2), "serving_rss_mb": round(res["rss_mb"]),
        "ours_ms": {"p50": _ms(_pctl(ours, 50)), "p95": _ms(_pctl(ours, 95)), "max": _ms(max(ours))},
        "fts5_ms": overall("fts"),
        "ratio_p50": round(_pctl(ours, 50) / _pctl(fts, 50), 2) if fts else None,
        "ratio_p95": round(_pctl(ours, 95) / _pctl(fts, 95), 2) if fts else None,
        "warm_cached_ms": {"p50": _ms(_pctl(res["warm"], 50)), "p95": _ms(_pctl(res["warm"], 95))},

        "count_mismatches": res["mismatches"][:10], "n_mismatches": len(res["mismatches"]),
        "ours_without_snippets_ms": overall("bare"),
        "tantivy": {
            "build_s": round(tantivy_build["total_s"], 1) if tantivy_build else None,
            "build_articles_per_s": round(n / tantivy_build["total_s"]) if tantivy_build else None,
            "of_which_cutting_text_in_python_s": round(tantivy_build["cut_s"], 1) if tantivy_build else None,
            "index_mb": round(_dir_size(tantivy_dir) / 2**20, 1) if tantivy_dir.exists() else None,
            "count_top20_ms": overall("tantivy"),
            "n_count_mismatches": len(res["tantivy_mismatches"]),
            "count_mismatches": res["tantivy_mismatches"][:10],
        },
        "p95_ratio_ours_to_tantivy": round(_pctl(ours, 95) / _pctl(tan, 95), 1) if tan else None,
        "cpu_ms": {"ours": overall("cpu_ours"), "ours_without_snippets": overall("cpu_bare"),
                   "tantivy": overall("cpu_tantivy")},
        "cpu_p95_ratio_ours_without_snippets_to_tantivy":
            round(_pctl([s for _c, s in res["cpu_bare"]], 95) / max(_pctl([s for _c, s in res["cpu_tantivy"]], 95), 1e-6), 1)
            if res["cpu_tantivy"] else None,
        "by_kind_ms": {"ours": kinds("ours"), "ours_without_snippets": kinds("bare"), "tantivy": kinds("tantivy"),
                       "fts5": kinds("fts")},
        "by_kind_cpu_ms": {"ours": kinds("cpu_ours"), "ours_without_snippets": kinds("cpu_bare"),
                           "tantivy": kinds("cpu_tantivy")},
    }
    return report


def _ms(s: float) -> float:
    return round(s * 1000, 1)


ZHENZHI = Path(sys.executable).with_name("zhenzhi")


def page_text(docs: list[IndexDoc]) -> str:
    """Articles laid out as on the seed pages: headline, blank line, a
    本报讯(…) paragraph, blank line, further paragraphs."""
    parts = []
    for d in docs:
        paras = d.body.split("\n")
        paras[0] = f"本报讯({'、'.join(d.authors) or '通讯员'}){paras[0]}"
        parts.append((d.title or "本地新闻") + "\n\n" + "\n\n".join(paras))
    return "\n\n\n".join(parts) + "\n"


def write_pages(docs: Iterable[IndexDoc], n: int, folder: Path) -> int:
    """The `n` articles of `docs` as page files of PAGE_ARTICLES each, with a date sidecar."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    pages = 0
    it = iter(docs)
    for k in range(0, n, PAGE_ARTICLES):
        _page, paper, date, edition = page_of_article(k, n)
        name = f"p{k // PAGE_ARTICLES:06d}"
        (folder / f"{name}.txt").write_text(page_text(list(islice(it, PAGE_ARTICLES))), encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(
            json.dumps({"newspaper": paper, "date": date, "edition": edition}, ensure_ascii=False), encoding="utf-8")
        pages += 1
    return pages


def _vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_end_to_end(n: int, out: Path, *, reuse: bool = False, query_budget_s: float = 600.0) -> dict:
    """End to end, through the app as a user runs it.

    1. Writes the N generated articles as page files (10 per page, with a
       date sidecar) and runs ``zhenzhi ingest FOLDER`` on a fresh data
       folder: parse, place tagging, SQLite and the search index (a fresh
       archive's index is built from the database after the pages are in).
    2. Starts ``zhenzhi serve`` on a free 127.0.0.1 port and sends the same
       200 queries to ``/api/search`` (per_page 20, snippets, facets) with
       httpx, one at a time, each once (so the server's result cache does
       not answer them); then reads the server's peak RSS (VmHWM).

    With `reuse`, step 1 is skipped and the archive already in `out` is
    served (the same N), e.g. to measure a change of the query code.
    """
    import subprocess

    work = out / "e2e"
    docs = corpus(n)
    queries = make_queries(docs if isinstance(docs, list) else list(islice(iter_docs(n), QUERY_SAMPLE)))
    data = work / "data"
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    if reuse:
        if not (data / "index").exists():
            raise SystemExit(f"nothing to reuse: no archive in {data}")
        report = {"n": n, "reused_archive": True}
        report.update(serve_and_query(env, queries, query_budget_s))
        return report
    pages = write_pages(docs, n, work / "pages")
    del docs
    shutil.rmtree(data, ignore_errors=True)
    t = time.perf_counter()
    done = subprocess.run([str(ZHENZHI), "ingest", str(work / "pages")], env=env, cwd=ROOT, capture_output=True,
                          text=True, stdin=subprocess.DEVNULL)
    ingest_s = time.perf_counter() - t
    if done.returncode not in (0, 1):
        raise RuntimeError(f"ingest failed: {done.stderr[-2000:]}")
    m = re.search(r"(\d+) articles, (\d+) photos, (\d+) rejected.*?([\d.]+) s", done.stdout)
    stored = int(m.group(1)) + int(m.group(2)) if m else 0
    pages_s = float(m.group(4)) if m else float("nan")  # read, parse, tag, store (before the index)
    return {
        "n": n, "pages": pages, "stored_articles": stored,
        "ingest_s": round(ingest_s, 1), "ingest_articles_per_s": round(stored / ingest_s),
        "ingest_pages_part_s": round(pages_s, 1), "ingest_index_and_startup_s": round(ingest_s - pages_s, 1),
        **serve_and_query(env, queries, query_budget_s),
    }


def wait_for_server(client, server, seconds: float = 300, url: str = "/api/search?q=镇&per_page=1") -> None:  # type: ignore[no-untyped-def]
    """Until the server started as `server` answers `url` (a search) through `client`."""
    import httpx

    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            if client.get(url).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server did not answer within {seconds:.0f} s")
        time.sleep(0.2)


def serve_and_query(env: dict[str, str], queries: list, query_budget_s: float) -> dict:
    """Start `zhenzhi serve` on the archive of `env`, send the queries to
    /api/search one at a time, and measure latency and the server's memory."""
    import socket
    import subprocess

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(ZHENZHI), "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    lat: list[tuple[str, float]] = []
    errors = 0
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=60, trust_env=False) as client:
            wait_for_server(client, server)
            stop = time.monotonic() + query_budget_s
            for cat, q, filters in queries:
                if time.monotonic() > stop:
                    break
                t = time.perf_counter()
                r = client.get("/api/search", params={"q": q, "per_page": 20, **filters})
                lat.append((cat, time.perf_counter() - t))
                if r.status_code != 200 or "items" not in r.json():
                    errors += 1
        rss = _vm_hwm_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    xs = [s for _c, s in lat]
    cats = sorted({c for c, _ in lat})
    return {
        "http_queries": len(lat), "http_errors": errors,
        "http_ms": {"p50": _ms(_pctl(xs, 50)), "p95": _ms(_pctl(xs, 95)), "max": _ms(max(xs))} if xs else None,
        "by_category_p95_ms": {c: _ms(_pctl([s for k, s in lat if k == c], 95)) for c in cats},
        "server_peak_rss_mb": round(rss) if rss else None,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--procs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--optimize", action="store_true", help="merge into one segment after the build")
    ap.add_argument("--no-fts5", dest="fts5", action="store_false",
                    help="leave SQLite FTS5 out (its LIKE scans take minutes per query at a million articles)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out")
    ap.add_argument("--e2e", "--end-to-end", dest="e2e", action="store_true",
                    help="ingest through `zhenzhi ingest`, query over HTTP through `zhenzhi serve`")
    ap.add_argument("--reuse", action="store_true",
                    help="query the index and database (with --e2e: the archive) already in --out (same --n) "
                         "instead of building them")
    args = ap.parse_args()
    if args.e2e:
        report = run_end_to_end(args.n, args.out, reuse=args.reuse)
        print(json.dumps(report, ensure_ascii=False, indent=2))
        (args.out / f"search_e2e_{args.n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
        return
    report = run(args.n, args.out, args.procs, args.optimize, args.reuse, args.fts5)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    (args.out / f"search_bench_{args.n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
