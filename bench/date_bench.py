"""Date-filtered and date-sorted searches against the same searches unfiltered.

    .venv/bin/python bench/date_bench.py --n 100000 --out /tmp/zzdates100k          # build, then query
    .venv/bin/python bench/date_bench.py --n 100000 --out /tmp/zzdates100k --reuse  # queries only

The corpus is search_bench's: N articles, ten to a page, the pages spread over four newspapers and
twenty years (2006–2025), so each article's page order holds a real day and page id as in the archive.
The 200 fixed queries of search_bench run once unfiltered to warm the posting cache, then each query in
every mode in turn (the result cache cleared before each):
unfiltered (relevance), one year, five years, one month, one newspaper (its pages, a quarter of the
archive), newest first, oldest first, one year oldest first, and the timeline's hit days. Each search
computes the total, facets over all hits (with years, and months inside one year) and the first 20 hits.
Prints p50/p95/max per mode in ms and writes the report to OUT/date_bench_N.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.search import ArchiveIndex  # noqa: E402
from app.search.dates import Restriction  # noqa: E402
from search_bench import NEWSPAPERS, PAGE_ARTICLES, _ms, _pctl, generate, make_queries  # noqa: E402


def modes(n: int) -> dict[str, dict]:
    pages = -(-n // PAGE_ARTICLES)
    one_paper = tuple(page for page in range(1, pages + 1) if (page - 1) % len(NEWSPAPERS) == 0)
    return {
        "unfiltered": {},
        "year 2015": {"restrict": Restriction(20150101, 20151231)},
        "years 2010-2014": {"restrict": Restriction(20100101, 20141231)},
        "month 2015-06": {"restrict": Restriction(20150601, 20150630)},
        "one newspaper": {"restrict": Restriction(page_ids=one_paper)},
        "newest first": {"sort": "order"},
        "oldest first": {"sort": "oldest"},
        "year 2015, oldest first": {"restrict": Restriction(20150101, 20151231), "sort": "oldest"},
    }


def measure(ix: ArchiveIndex, queries: list, n: int) -> dict[str, dict]:
    """Each query once unfiltered to warm the posting cache (every mode then reads the same lists), then
    every mode in turn per query, so a busy moment of the machine falls on all modes alike."""
    for _category, q, filters in queries:
        ix.search(q, filters=filters)
    runs = [*modes(n).items(), ("timeline (hit days)", None)]
    times: dict[str, list[float]] = {name: [] for name, _ in runs}
    for _category, q, filters in queries:
        for name, options in runs:
            ix._cache.clear()  # measure evaluation, not the result cache
            started = time.perf_counter()
            if options is None:
                ix.hit_days(q, filters=filters)
            else:
                ix.search(q, filters=filters, **options)
            times[name].append(time.perf_counter() - started)
    report = {}
    for name, spent in times.items():
        report[name] = {"p50": _ms(_pctl(spent, 50)), "p95": _ms(_pctl(spent, 95)), "max": _ms(max(spent))}
        print(f"{name:26s} p50 {report[name]['p50']:7.1f} ms  p95 {report[name]['p95']:7.1f} ms  "
              f"max {report[name]['max']:7.1f} ms", flush=True)
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--procs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", type=Path, default=ROOT / "bench/out/dates")
    ap.add_argument("--reuse", action="store_true", help="query the index already in --out (same --n)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    index_dir = args.out / "index"
    docs = generate(args.n)
    queries = make_queries(docs)
    build_s = None
    if not (args.reuse and (index_dir / "live").exists()):
        shutil.rmtree(index_dir, ignore_errors=True)
        started = time.perf_counter()
        ArchiveIndex(index_dir, procs=args.procs).rebuild(docs, generation=1)
        build_s = round(time.perf_counter() - started, 1)
    del docs
    ix = ArchiveIndex(index_dir)
    ix.search("镇")  # open the index once: per-document arrays
    report = {"n": args.n, "build_s": build_s, "queries": len(queries), "modes": measure(ix, queries, args.n)}
    (args.out / f"date_bench_{args.n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
