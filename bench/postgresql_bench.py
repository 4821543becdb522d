"""Ingest on PostgreSQL against the embedded SQLite: the same `zhenzhi ingest` of the same pages, end to end.

    .venv/bin/python bench/postgresql_bench.py                  # the seeds, then 10,000 generated articles
    .venv/bin/python bench/postgresql_bench.py --n 2000 --out /tmp/pgbench

For each database in turn (SQLite first, then a throw-away PostgreSQL server from Debian's package, started
on a free 127.0.0.1 port in a temporary folder as the tests start it, but durable), in a fresh data folder and a
fresh database: `zhenzhi ingest seeds`, then `zhenzhi ingest` of N articles generated as
bench/search_bench.py generates them (10 per page, with a date sidecar), then `zhenzhi ingest` of the same
folder again (every file unchanged), then `zhenzhi reindex`. Prints seconds and articles/s per step as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_bench import ZHENZHI, generate, write_pages  # noqa: E402
from tests.databases import PostgresServer, postgresql_bin  # noqa: E402


def timed(env: dict[str, str], *args: str) -> dict:
    started = time.perf_counter()
    done = subprocess.run([str(ZHENZHI), *args], env=env, cwd=ROOT, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"zhenzhi {' '.join(args)} failed: {done.stderr[-2000:]}")
    found = re.search(r"(\d+) articles, (\d+) photos", done.stdout) or re.search(r"reindexed (\d+)()", done.stdout)
    stored = sum(int(g) for g in found.groups() if g) if found else 0
    return {"s": round(seconds, 1), "articles": stored, "articles_per_s": round(stored / seconds) if stored else None}


def run(database_url: str | None, data: Path, pages: Path) -> dict:
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    if database_url:
        env["ZHENZHI_DATABASE_URL"] = database_url
    shutil.rmtree(data, ignore_errors=True)
    steps = {"migrate": ("migrate",), "seeds": ("ingest", str(ROOT / "seeds")), "generated": ("ingest", str(pages)),
             "unchanged": ("ingest", str(pages)), "reindex": ("reindex",)}
    report = {}
    for name, args in steps.items():
        report[name] = timed(env, *args)
        print(name, report[name], f"load {os.getloadavg()[0]:.1f}", file=sys.stderr, flush=True)  # as it goes
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="generated articles")
    parser.add_argument("--out", type=Path, default=ROOT / "bench/out/postgresql")
    args = parser.parse_args()
    bin_dir = postgresql_bin()
    if bin_dir is None:
        raise SystemExit("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    pages = args.out / "pages"
    write_pages(generate(args.n), args.n, pages)
    report = {"n": args.n, "load_before": os.getloadavg()[0], "sqlite": run(None, args.out / "sqlite", pages)}
    server = PostgresServer(bin_dir, durable=True)  # as a deployment runs it: every commit reaches the disk
    try:
        server.start()
        url = server.url(server.new_database())
        report["postgresql"] = run(url, args.out / "postgresql", pages)
    finally:
        server.stop()
    report["load_after"] = os.getloadavg()[0]
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
