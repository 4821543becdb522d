"""Search benchmark: our n-gram index beside tantivy and SQLite FTS5 (trigram).

    .venv/bin/python bench/search_bench.py            # 100,000 articles
    .venv/bin/python bench/search_bench.py --n 20000 --procs 2 --out bench/out
    .venv/bin/python bench/search_bench.py --n 20000 --out bench/out --reuse   # queries only
    .venv/bin/python bench/search_bench.py --n 1000000 --procs 2 --out OUT --lean --fts5-scan-sample 10 \\
        --tantivy-cut-procs 2
    .venv/bin/python bench/search_bench.py --n 1000000 --out OUT2 --lean --fts5-scan-sample 10 \\
        --add-fts5-to OUT/search_bench_1000000.so_far.json

What it does, in one run (bench/peers.py; the corpus and queries are bench/corpus.py's):

1. Generates N synthetic articles into an SQLite articles table (the text
   our engine reads its snippets from).
2. For each engine in turn — ours (ArchiveIndex.rebuild, one writer process
   per core), tantivy (bench/tantivy_peer.py, the same unigram + bigram
   scheme), SQLite FTS5 with the trigram tokenizer (bench/fts5_peer.py) —
   builds its index from those rows (wall and CPU seconds, size on disk),
   then runs the same 200 fixed queries (1–6 character substrings, two-word
   ANDs, quoted phrases, filtered queries, ORs and title: queries) in a fresh
   process that opens only that engine (its peak RSS is the engine's serving
   memory): ours and FTS5 with total count, facets over all hits (county,
   town, kind, author), the first 20 ranked and a snippet per hit; tantivy
   count and first 20. FTS5's trigrams cannot match 1–2 character words: it
   uses LIKE '%…%' for those, as an FTS5 user would, so a query with no
   longer word scans every article (--fts5-scan-sample bounds how many of
   those are timed). Reports p50/p95/max per engine and category, wall and
   CPU, ratios, and the queries whose counts differ from ours.

With ``--e2e`` it measures the app end to end instead (:func:`run_end_to_end`):
``zhenzhi ingest`` of the articles written as page files, then the same 200
queries over HTTP against ``zhenzhi serve``.

    .venv/bin/python bench/search_bench.py --e2e --n 100000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time
from itertools import islice
from pathlib import Path
from collections.abc import Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from app.search import IndexDoc  # noqa: E402
# The corpus and the measures, for the benchmarks that import them from here.
from corpus import (NEWSPAPERS, PAGE_ARTICLES, QUERY_SAMPLE, corpus, generate,  # noqa: E402,F401
                    iter_docs, make_queries, page_of_article)
from measure import _dir_size, _ms, _pctl, _vm_hwm_mb  # noqa: E402,F401
from peers import run  # noqa: E402

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


def run_end_to_end(n: int, out: Path, *, reuse: bool = False, query_budget_s: float = 600.0) -> dict:
    """End to end, through the app as a user runs it.

    1. Writes the N generated articles as page files (10 per page, with a
       date sidecar) and runs ``zhenzhi ingest FOLDER`` on a fresh data
       folder: parse, place tagging, SQLite and the search index (a fresh
       archive's index is built from the database after the pages are in).
    2. Starts ``zhenzhi serve`` on a free 127.0.0.1 port and sends the same
       200 queries to ``/api/search`` (per_page 20, snippets, facets) with
       httpx2, one at a time, each once (so the server's result cache does
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
    import httpx2

    deadline = time.monotonic() + seconds
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"server exited with {server.returncode}")
        try:
            if client.get(url).status_code == 200:
                return
        except httpx2.TransportError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"server did not answer within {seconds:.0f} s")
        time.sleep(0.2)


def serve_and_query(env: dict[str, str], queries: list, query_budget_s: float) -> dict:
    """Start `zhenzhi serve` on the archive of `env`, send the queries to
    /api/search one at a time, and measure latency and the server's memory."""
    import socket
    import subprocess

    import httpx2

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([str(ZHENZHI), "serve", "--host", "127.0.0.1", "--port", str(port)], env=env,
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    lat: list[tuple[str, float]] = []
    errors = 0
    try:
        base = f"http://127.0.0.1:{port}"
        with httpx2.Client(base_url=base, timeout=60, trust_env=False) as client:
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
                    help="leave SQLite FTS5 out")
    ap.add_argument("--fts5-scan-sample", type=int, metavar="K",
                    help="time only K of FTS5's scans (queries with no word of 3 characters or more, answered by "
                         "LIKE over every article: minutes each at a million), spread evenly over them; the "
                         "report gives their figures apart from the MATCH queries'")
    ap.add_argument("--tantivy-cut-procs", type=int, default=1, metavar="K",
                    help="cut the text for tantivy (our analysis, in Python) in K processes instead of the "
                         "building one: at a million articles one process is the tantivy build's bottleneck")
    ap.add_argument("--lean", action="store_true",
                    help="delete each engine's index once its queries are measured, the database last "
                         "(the three indexes of a million articles at once need some 16 GB of disk)")
    ap.add_argument("--add-fts5-to", type=Path, metavar="REPORT",
                    help="build and query only FTS5, and complete REPORT (a run with the same --n that measured "
                         "ours and tantivy, e.g. one stopped before FTS5) with it, written to --out")
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
    report = run(args.n, args.out, args.procs, args.optimize, args.reuse, args.fts5, args.fts5_scan_sample, args.lean,
                 args.tantivy_cut_procs, args.add_fts5_to)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    (args.out / f"search_bench_{args.n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
