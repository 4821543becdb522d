"""The plans of the statements the reader's pages run on the article table: which index answers each, and whether
it reads the table (the article rows, bodies and all) or the index alone.

    .venv/bin/python bench/query_plans.py DATA > /tmp/plans-after.txt
    python -S bench/query_plans.py DATA > /tmp/plans-before.txt   # with PYTHONPATH=/tmp/before:$PWD/.venv/lib/…

Opens `DATA` (a data folder, migrated first as the server would: run it on a copy) in process, asks the pages
of `bench/page_bench.py` and a few more (an article, its page, a place's second page of a listing, the people,
the newspapers, an export batch, the index's reading of articles and the check's), records every statement
that names the article table, and prints each once with SQLite's `EXPLAIN QUERY PLAN` for its first parameters.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

sys.path.insert(0, str(Path(__file__).resolve().parent))
from page_bench import biggest_places, page_urls  # noqa: E402

seen: dict[str, tuple] = {}


def record(_conn, _cursor, statement, parameters, _context, executemany):  # type: ignore[no-untyped-def]
    if not executemany and "article" in statement.lower() and statement.lstrip().upper().startswith("SELECT"):
        seen.setdefault(" ".join(statement.split()), tuple(parameters) if parameters else ())


def main(data: Path) -> None:
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.web.app import create_app

    db = data / "archive.db"
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        article_id, page_file = con.execute("SELECT a.id, p.file FROM article a JOIN page p ON p.id = a.page_id "
                                            "WHERE a.town_code IS NOT NULL LIMIT 1").fetchone()
        person = con.execute("SELECT name FROM person_post LIMIT 1").fetchone()
    town = biggest_places(db)["town"]
    urls = [*page_urls(db), f"/articles/{article_id}", f"/pages/{page_file}", f"/places/{town}?page=3",
            f"/api/articles?town={town}&page=2", "/api/articles?kind=photo", "/places", "/newspapers", "/people",
            *([f"/people/{person[0]}"] if person else []), "/api/articles?sort=oldest", "/api/articles.csv"]
    event.listen(Engine, "before_cursor_execute", record)
    with TestClient(create_app(Settings(data_dir=data))) as client:
        for url in urls:
            response = client.get(url)
            print(f"# {url} {response.status_code}")
    from app.jobs.indexing import ArticleDocs, all_docs, article_count
    from app.archive.db import make_engine
    engine = make_engine(Settings(data_dir=data))
    next(iter(all_docs(engine)))
    ArticleDocs(Settings(data_dir=data), engine).parts(20000)
    article_count(engine)
    engine.dispose()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        for statement, parameters in seen.items():
            plan = [row[-1] for row in con.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            print(statement[:400])
            print("    " + "\n    ".join(plan))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
