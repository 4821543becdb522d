"""One reader at a time, nothing cached: search through HTTP and the pages that grow with the archive.

    .venv/bin/python bench/page_bench.py --data /work/bench-data/100k/e2e/data --n 100000
    .venv/bin/python bench/page_bench.py --data DIR --checkout /tmp/before --answers /tmp/before.json
    .venv/bin/python bench/page_bench.py --data DIR --compare /tmp/before.json   # same answers?

Starts `zhenzhi serve` (from --checkout, default this repository) on a free 127.0.0.1 port over an
existing data folder (e.g. the one `bench/search_bench.py --e2e` builds for the same --n) with the
response cache off, then

- asks for the home page once (what is kept per generation is computed then, if not ahead), then
- sends the 200 queries of `search_bench.py` to /api/search (per_page 20, snippets, facets), each
  once, one at a time: p50, p95, max and the server's CPU milliseconds per request (which other work
  on the machine does not inflate the way it does latency);
- asks each page 5 times: the home page, the place pages of the city, county and town with the most
  articles, a newspaper's year and month, /timeline with and without a query, a search page: the
  first answer (which may compute what is kept per generation) and the median.

`--cold` drops the archive's database and index files from the system's page cache before the server
starts (as after a reboot; no root needed), `--wait-read-ahead` waits for the server's read-ahead of them
to finish before the first request (`ZHENZHI_READ_AHEAD_MB=0` in the environment turns it off).
`--answers FILE` keeps the 200 JSON answers; `--compare FILE` says how many differ from those of an
earlier run (another checkout, before a change, another ingest of the same files: the time each page was
ingested is left out): hits, order, totals, snippets and facets must not.
Prints one JSON report, with the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import time
from itertools import islice
from pathlib import Path

import httpx2

from load_bench import ROOT, cpu_seconds, free_port, start_server
from search_bench import QUERY_SAMPLE, _pctl, corpus, iter_docs, make_queries, wait_for_server

REPEATS = 5


def biggest_places(db: Path) -> dict[str, str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return {level: con.execute(f"SELECT {level}_code FROM article WHERE {level}_code IS NOT NULL "
                                   f"GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
                for level in ("city", "county", "town")}


def page_urls(db: Path) -> list[str]:
    places = biggest_places(db)
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        paper, last = con.execute("SELECT newspaper, max(date) FROM page WHERE date IS NOT NULL "
                                  "GROUP BY newspaper ORDER BY count(*) DESC LIMIT 1").fetchone()
    year = str(int(last[:4]) - 1)
    return ["/", *(f"/places/{code}" for code in places.values()), f"/newspapers/{paper}/{year}",
            f"/newspapers/{paper}/{year}-06", "/timeline", "/timeline?q=社区", "/search?q=镇", "/api/articles"]


def evict_archive(data: Path) -> dict:
    """Drop the files of the archive in `data` (database, every index build) from the page cache: the
    first run after it reads them from the disk. Returns the MB of them the cache held before and after."""
    from app.pagecache import cached_bytes, evict, whole

    files = [p for p in (data / "archive.db", data / "archive.db-wal", *(data / "index").rglob("*")) if p.is_file()]
    before = sum(cached_bytes(whole(p)) for p in files)
    for path in files:
        evict(path)
    after = sum(cached_bytes(whole(p)) for p in files)
    return {"cached_mb_before": before >> 20, "cached_mb_after": after >> 20}


def read_ahead_line(log: Path, wait_s: float = 0) -> str | None:
    """The server's line saying what it read ahead, waiting up to `wait_s` seconds for it."""
    deadline = time.monotonic() + wait_s
    while True:
        text = log.read_text(encoding="utf-8", errors="replace")
        lines = [line for line in text.splitlines() if "read ahead" in line]
        if lines or time.monotonic() >= deadline:
            return lines[-1].strip() if lines else None
        time.sleep(0.2)


def first_search_ms(client: httpx2.Client) -> float:
    """How long one search takes: the first after a start is a reader who comes right then."""
    t = time.perf_counter()
    client.get("/api/search", params={"q": "镇", "per_page": 1}).raise_for_status()
    return round(1000 * (time.perf_counter() - t), 1)


def searches(client: httpx2.Client, pid: int, queries: list) -> tuple[dict, list]:
    answers, latency = [], []
    cpu = cpu_seconds(pid)
    for _cat, q, filters in queries:
        t = time.perf_counter()
        response = client.get("/api/search", params={"q": q, "per_page": 20, **filters})
        latency.append(time.perf_counter() - t)
        answers.append({"q": q, "filters": filters, "status": response.status_code, "body": response.json()})
    cpu = cpu_seconds(pid) - cpu
    return {"p50_ms": round(1000 * _pctl(latency, 50), 1), "p95_ms": round(1000 * _pctl(latency, 95), 1),
            "max_ms": round(1000 * max(latency), 1), "server_cpu_ms_per_request": round(1000 * cpu / len(queries), 2)
            }, answers


def pages(client: httpx2.Client, pid: int, urls: list[str]) -> dict:
    found = {}
    for url in urls:
        times, cpus = [], []
        for _ in range(REPEATS):
            cpu, t = cpu_seconds(pid), time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - t)
            cpus.append(cpu_seconds(pid) - cpu)
            response.raise_for_status()
        found[url] = {"first_ms": round(1000 * times[0], 1), "median_ms": round(1000 * statistics.median(times), 1),
                      "server_cpu_ms": round(1000 * sum(cpus) / REPEATS, 1)}
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="a data folder (archive.db and index/)")
    ap.add_argument("--n", type=int, default=100_000, help="the N the archive was generated with (the queries)")
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the code to serve (a checkout of the repository)")
    ap.add_argument("--cold", action="store_true", help="drop the archive's files from the page cache first")
    ap.add_argument("--wait-read-ahead", action="store_true", help="let the server read them ahead first")
    ap.add_argument("--answers", type=Path, help="write the 200 search answers here")
    ap.add_argument("--compare", type=Path, help="count the answers that differ from those written earlier")
    args = ap.parse_args()
    docs = corpus(args.n)
    queries = make_queries(docs if isinstance(docs, list) else list(islice(iter_docs(args.n), QUERY_SAMPLE)))
    del docs
    os.environ["ZHENZHI_RESPONSE_CACHE_MB"] = "0"  # every answer computed, none replayed
    port = free_port()
    report: dict = {"data": str(args.data), "load_before": [round(x, 2) for x in os.getloadavg()]}
    if args.cold:
        report["evicted"] = evict_archive(args.data)
    server = start_server(args.checkout, args.data, port, [])
    log = args.data.parent / f"load-server-{port}.log"
    try:
        with httpx2.Client(base_url=f"http://127.0.0.1:{port}", timeout=120, trust_env=False) as client:
            wait_for_server(client, server, url="/api")  # up, before any search
            if args.wait_read_ahead:
                read_ahead_line(log, wait_s=600)
            report["first_search_after_start_ms"] = first_search_ms(client)
            # What is kept per generation is computed by the first reader, or ahead in the background: either
            # way not by the searches measured next.
            t = time.perf_counter()
            client.get("/").raise_for_status()
            report["home_first_after_start_ms"] = round(1000 * (time.perf_counter() - t), 1)
            report["search"], answers = searches(client, server.pid, queries)
            report["pages"] = pages(client, server.pid, page_urls(args.data / "archive.db"))
    finally:
        server.terminate()
        server.wait(30)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    report["read_ahead"] = read_ahead_line(log)
    if args.answers:
        args.answers.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        earlier = json.loads(args.compare.read_text(encoding="utf-8"))
        report["answers_differing"] = sum(a != b for a, b in zip(map(without_ingest_time, answers),
                                                                 map(without_ingest_time, earlier), strict=True))
    print(json.dumps(report, ensure_ascii=False, indent=2))


def without_ingest_time(answer: object) -> object:
    """An answer with each page's `ingested_at` left out: two ingests of the same files differ only there."""
    if isinstance(answer, dict):
        return {k: without_ingest_time(v) for k, v in answer.items() if k != "ingested_at"}
    if isinstance(answer, list):
        return [without_ingest_time(v) for v in answer]
    return answer


if __name__ == "__main__":
    main()
