"""The engine's tail: the 200 queries of `bench/scale_bench.py` through `ArchiveIndex.search`, in process.

    .venv/bin/python bench/engine_tail.py --data /work/bench-data/scale/data-1000000 --n 1000000
    PYTHONPATH=/tmp/before .venv/bin/python bench/engine_tail.py --data DIR --n N   # other code, same way

Opens the index of an existing data folder in a fresh process (as a server that just started: the
postings cache empty, the result cache off) and asks each query once, as `bench/scale_bench.py` does
through HTTP, but without HTTP, the database and snippets: the CPU milliseconds of each search (mean,
p50, p95, the slowest), and how many of them went to reading postings (the reads the postings cache
did not answer). With --warm the queries are asked once more with every posting list kept, and only
that pass is timed: the evaluation alone. Prints one JSON report.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from search_bench import QUERY_SAMPLE, iter_docs, make_queries  # noqa: E402

from app.search import ArchiveIndex  # noqa: E402
from app.search import snapshot  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="a data folder (its index/)")
    ap.add_argument("--n", type=int, default=100_000, help="the N the archive was generated with (the queries)")
    ap.add_argument("--warm", action="store_true", help="time a second pass with every posting list kept")
    args = ap.parse_args()
    queries = make_queries(list(islice(iter_docs(args.n), QUERY_SAMPLE)))
    if args.warm:
        snapshot.POSTINGS_CACHE_BYTES = 1 << 40
    index = ArchiveIndex(args.data / "index", cache_size=0)
    started = time.process_time()
    index.doc_count()  # the snapshot opens here, not in the first search
    report: dict = {"data": str(args.data), "load_before": [round(x, 2) for x in os.getloadavg()],
                    "open_cpu_s": round(time.process_time() - started, 2)}
    reads = {"count": 0, "cpu_s": 0.0}
    read_postings = snapshot.Snapshot._read_postings

    def timed_read(self, *a):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return read_postings(self, *a)
        finally:
            reads["count"] += 1
            reads["cpu_s"] += time.process_time() - t

    snapshot.Snapshot._read_postings = timed_read  # type: ignore[method-assign]
    if args.warm:
        for _cat, q, filters in queries:
            index.search(q, filters=filters, per_page=20)
        reads.update(count=0, cpu_s=0.0)
    per_query = []
    for cat, q, filters in queries:
        t = time.process_time()
        total = index.search(q, filters=filters, per_page=20).total
        per_query.append((1000 * (time.process_time() - t), cat, q, total))
    cpu = sorted(ms for ms, *_ in per_query)
    report.update({
        "cpu_ms": {"mean": round(sum(cpu) / len(cpu), 2), "p50": round(cpu[len(cpu) // 2], 2),
                   "p95": round(cpu[int(len(cpu) * 0.95)], 2), "max": round(cpu[-1], 2)},
        "postings_reads": reads["count"], "postings_read_cpu_ms_per_query": round(1000 * reads["cpu_s"] / len(cpu), 2),
        "slowest": [[round(ms, 1), cat, q, total] for ms, cat, q, total in sorted(per_query, reverse=True)[:10]],
        "load_after": [round(x, 2) for x in os.getloadavg()],
    })
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
