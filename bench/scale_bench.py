"""Scale benchmark: build an archive of N generated articles and measure what its readers and keepers wait for.

    .venv/bin/python bench/scale_bench.py --n 100000 300000 1000000 --out /work/bench-data/scale
    .venv/bin/python bench/scale_bench.py --n 1000000 --out /work/bench-data/scale --reuse   # measure again
    .venv/bin/python bench/scale_bench.py --table /work/bench-data/scale                      # growth table

For each N (the search benchmark's generated articles: ten a page, four newspapers, twenty years):
1. `zhenzhi ingest` of the page files into a fresh data folder (wall, CPU per stage, peak memory of
   the command and its workers; `ingest_bench.ingest`). `--reuse` skips this and keeps the
   archive already in OUT/data-N.
2. `zhenzhi serve` on it, measured as `page_bench` does (response cache off, one reader): the
   home page once after the start, the search benchmark's 200 queries through `/api/search`
   (20 hits, snippets, facets), then the pages a reader opens — the place pages of the cities,
   counties and towns with the most articles and of some drawn at random, each newspaper's year
   and month calendars, the timeline, search result pages, article pages — each five times
   (first answer and median). Then the server's peak memory (VmHWM).
3. `zhenzhi reindex` (wall, CPU, peak memory).
The report is OUT/scale_N.json; `--table OUT` prints the growth from one N to the next.
`--cold` drops the archive's files from the page cache before the server starts (the first run after a
reboot; `page_bench.evict_archive`), `--wait-read-ahead` lets the server read them ahead before the first
request, `--checkout DIR` serves another checkout's code (a "before" run).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path

import httpx2
import ingest_bench
import page_bench
import search_bench
from load_bench import free_port, start_server

ROOT = Path(__file__).resolve().parent.parent
ZHENZHI = Path(sys.executable).with_name("zhenzhi")


def archive_env(data: Path) -> dict[str, str]:
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    return env


def page_urls(db: Path, seed: int = 11) -> list[tuple[str, str]]:
    """(kind, URL) of the pages a reader opens, drawn from the archive itself."""
    rnd = random.Random(seed)
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    urls: list[tuple[str, str]] = [("home", "/"), ("timeline", "/timeline"), ("timeline", "/timeline?q=社区"),
                                   ("search_page", "/search?q=镇"), ("search_page", "/search?q=社区 服务"),
                                   ("search_page", "/search?q=%E7%BB%8F%E6%B5%8E&sort=newest")]
    for level, busiest, drawn in (("city", 2, 1), ("county", 3, 3), ("town", 3, 5)):
        counts = con.execute(f"SELECT {level}_code, COUNT(*) FROM article WHERE {level}_code IS NOT NULL "
                             f"GROUP BY {level}_code ORDER BY 2 DESC").fetchall()
        codes = [c for c, _ in counts[:busiest]] + rnd.sample([c for c, _ in counts[busiest:]],
                                                              min(drawn, max(0, len(counts) - busiest)))
        urls += [(f"place_{level}", f"/places/{code}") for code in codes]
    for (paper,) in con.execute("SELECT DISTINCT canonical_newspaper FROM page WHERE canonical_newspaper IS NOT NULL"):
        year = rnd.randint(2006, 2025)
        urls += [("calendar_year", f"/newspapers/{paper}/{year}"),
                 ("calendar_month", f"/newspapers/{paper}/{year}-{rnd.randint(1, 12):02d}")]
    count = con.execute("SELECT COUNT(*) FROM article").fetchone()[0]
    for k in rnd.sample(range(count), min(10, count)):
        (article_id,) = con.execute("SELECT id FROM article LIMIT 1 OFFSET ?", (k,)).fetchone()
        urls.append(("article", f"/articles/{article_id}"))
    con.close()
    return urls


def serve(data: Path, queries: list, urls: list[tuple[str, str]], cold: bool = False, wait_read_ahead: bool = False,
          checkout: Path = ROOT) -> dict:
    """`page_bench`'s measures on the archive in `data`: searches, then each page five times."""
    os.environ["ZHENZHI_RESPONSE_CACHE_MB"] = "0"  # every answer computed, none replayed
    evicted = page_bench.evict_archive(data) if cold else None
    port = free_port()
    server = start_server(checkout, data, port, [])
    log = data.parent / f"load-server-{port}.log"
    try:
        with httpx2.Client(base_url=f"http://127.0.0.1:{port}", timeout=120, trust_env=False) as client:
            started = time.perf_counter()
            search_bench.wait_for_server(client, server, seconds=1800, url="/api")  # up, before any search
            ready_s = time.perf_counter() - started
            if wait_read_ahead:
                page_bench.read_ahead_line(log, wait_s=600)
            first_search_ms = page_bench.first_search_ms(client)
            started = time.perf_counter()
            client.get("/").raise_for_status()
            home_first_ms = 1000 * (time.perf_counter() - started)
            search, _answers = page_bench.searches(client, server.pid, queries)
            found = page_bench.pages(client, server.pid, [url for _kind, url in urls])
        rss = search_bench._vm_hwm_mb(server.pid)
    finally:
        server.terminate()
        server.wait(30)
    by_kind: dict[str, dict] = {}
    for kind in dict.fromkeys(k for k, _u in urls):
        mine = [found[u] for k, u in urls if k == kind]
        by_kind[kind] = {"urls": len(mine), "first_max_ms": max(m["first_ms"] for m in mine),
                         "median_max_ms": max(m["median_ms"] for m in mine),
                         "server_cpu_max_ms": max(m["server_cpu_ms"] for m in mine)}
    return {
        "evicted": evicted, "read_ahead": page_bench.read_ahead_line(log),
        "server_ready_s": round(ready_s, 1), "first_search_after_start_ms": first_search_ms,
        "home_first_after_start_ms": round(home_first_ms, 1),
        "search": search, "pages": by_kind,
        "slowest_pages": sorted(((u, m["first_ms"], m["median_ms"]) for u, m in found.items()),
                                key=lambda x: -x[2])[:5],
        "server_peak_rss_mb": round(rss) if rss else None,
        "load_after": [round(x, 2) for x in os.getloadavg()],
    }


def sizes(data: Path) -> dict:
    return {"database_mb": round((data / "archive.db").stat().st_size / 2**20),
            "index_mb": round(search_bench._dir_size((data / "index" / "live").resolve()) / 2**20)}  # the build served


def run(n: int, out: Path, reuse: bool, reindex: bool = True, **serving) -> dict:
    data = out / f"data-{n}"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=serving.get("checkout", ROOT),
                            capture_output=True, text=True).stdout.strip()
    report: dict = {"n": n, "commit": commit}
    if reuse:
        if not (data / "archive.db").exists():
            raise SystemExit(f"nothing to reuse: no archive in {data}")
        previous = out / f"scale_{n}.json"
        if previous.exists():  # the build's figures stay with the archive they describe
            before = json.loads(previous.read_text())
            report.update(ingest=before.get("ingest"), built_at_commit=before.get("built_at_commit", before["commit"]))
            if not reindex:
                report["reindex"] = before.get("reindex")
    else:
        pages = ingest_bench.pages_for(n, out)
        report["ingest"] = ingest_bench.ingest(ROOT, pages, data)
        report["built_at_commit"] = report["commit"]
        print(json.dumps(report["ingest"], ensure_ascii=False), flush=True)
    report.update(sizes(data))
    queries = search_bench.make_queries(list(islice(search_bench.iter_docs(n), search_bench.QUERY_SAMPLE)))
    report["serve"] = serve(data, queries, page_urls(data / "archive.db"), **serving)
    print(json.dumps(report["serve"], ensure_ascii=False), flush=True)
    if not reindex:
        return report
    rebuilt = ingest_bench.measure([str(ZHENZHI), "reindex"], archive_env(data), ROOT)
    if rebuilt.pop("returncode") != 0:
        raise RuntimeError(f"reindex failed: {rebuilt['err'][-2000:]}")
    rebuilt["summary"] = (rebuilt.pop("out").strip().splitlines() or [""])[-1]
    rebuilt.pop("err")
    report["reindex"] = rebuilt
    return report


def table(out: Path) -> str:
    runs = sorted((json.loads(p.read_text()) for p in out.glob("scale_*.json")), key=lambda r: r["n"])
    rows = [
        ("articles stored", lambda r: f"{r['ingest']['stored']:,}" if r.get("ingest") else "?"),
        ("`zhenzhi ingest`", lambda r: (f"{r['ingest']['wall_s']:,.0f} s ({r['ingest']['articles_per_s']:,}/s)"
                                        if r.get("ingest") else "?")),
        ("ingest peak memory, largest sum", lambda r: f"{r['ingest']['peak_rss_mb']['largest_sum']:,} MB"
         if r.get("ingest") else "?"),
        ("database / index", lambda r: f"{r['database_mb']:,} MB / {r['index_mb']:,} MB"),
        ("HTTP search p50 / p95 (server CPU a search)", lambda r: (
            f"{r['serve']['search']['p50_ms']} / {r['serve']['search']['p95_ms']} ms "
            f"({r['serve']['search']['server_cpu_ms_per_request']} ms)")),
        ("home, first answer after the server starts", lambda r: f"{r['serve']['home_first_after_start_ms']} ms"),
        *[(f"{kind}: first / median of 5 (server CPU), slowest URL", lambda r, kind=kind: (
            f"{r['serve']['pages'][kind]['first_max_ms']} / {r['serve']['pages'][kind]['median_max_ms']} ms "
            f"({r['serve']['pages'][kind]['server_cpu_max_ms']} ms)"
            if kind in r["serve"]["pages"] else "–"))
          for kind in dict.fromkeys(k for r in runs for k in r["serve"]["pages"])],
        ("server peak RSS", lambda r: f"{r['serve']['server_peak_rss_mb']:,} MB"),
        ("load average after serving", lambda r: f"{r['serve']['load_after'][0]}"),
        ("`zhenzhi reindex`", lambda r: (
            f"{r['reindex']['wall_s']:,.0f} s, peak {r['reindex']['peak_rss_mb']['largest_sum']:,} MB"
            if r.get("reindex")
            else f"not run; the ingest's index stage (the same build from the database): "
                 f"{r['ingest']['stages']['index']['wall_s']:,.0f} s" if r.get("ingest") else "?")),
    ]
    lines = ["| | " + " | ".join(f"N = {r['n']:,}" for r in runs) + " |", "|---" * (len(runs) + 1) + "|"]
    lines += ["| " + name + " | " + " | ".join(cell(r) for r in runs) + " |" for name, cell in rows]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, nargs="+", default=[100_000, 300_000, 1_000_000])
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/scale")
    ap.add_argument("--reuse", action="store_true", help="measure the archives already in OUT instead of building them")
    ap.add_argument("--no-reindex", dest="reindex", action="store_false",
                    help="with --reuse: keep the reindex figures of the last run")
    ap.add_argument("--cold", action="store_true", help="drop the archive's files from the page cache first")
    ap.add_argument("--wait-read-ahead", action="store_true", help="let the server read them ahead first")
    ap.add_argument("--checkout", type=Path, default=ROOT, help="the code to serve (a checkout of the repository)")
    ap.add_argument("--table", type=Path, metavar="OUT", help="print the growth table of the runs in OUT and stop")
    args = ap.parse_args()
    if args.table:
        print(table(args.table))
        return
    args.out.mkdir(parents=True, exist_ok=True)
    for n in args.n:
        report = run(n, args.out, args.reuse, args.reindex, cold=args.cold, wait_read_ahead=args.wait_read_ahead,
                     checkout=args.checkout)
        (args.out / f"scale_{n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
        print(json.dumps(report, ensure_ascii=False, indent=2), flush=True)


if __name__ == "__main__":
    main()
