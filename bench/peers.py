"""Our engine beside its peers, in process: tantivy (bench/tantivy_peer.py) and SQLite FTS5
(bench/fts5_peer.py) on the same articles and the same 200 queries (`bench/search_bench.py` without
--e2e runs this).

The corpus is generated once into the articles table (the text our engine reads its snippets from);
then for each engine in turn — ours, tantivy, FTS5 — its index is built from those rows (as a reindex
reads the database), and the queries run in a fresh process that only opens that engine (its peak RSS
is the engine's serving memory). Each query of ours: count, facets over all hits (county, town, kind,
author), the first 20 ranked and a highlighted snippet per hit, cold (result cache cleared); again
from the cache; again without snippets. tantivy: count and the first 20. FTS5: count, facets, the
first 20 and their snippets. Wall and CPU time per query; counts compared with ours.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import resource
import shutil
import sqlite3
import sys
import time
from pathlib import Path
from collections.abc import Iterable

import fts5_peer
from corpus import LIST_LIMIT, QUERY_SAMPLE, iter_docs, make_queries
from measure import _cpu_s, _dir_size, _ms, _pctl, _peak_rss_mb

from app.search import ArchiveIndex, IndexDoc


def query_ours(index_dir: str, db: str, queries: list, result: dict) -> None:
    """Our engine: each query with snippets (cold), again from the result cache, and without snippets."""
    con = sqlite3.connect(db, check_same_thread=False)

    def text_for(ids: list[int]) -> dict[int, tuple[str | None, str]]:
        rows = con.execute(f"SELECT id, title, body FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        return {i: (title or None, body) for i, title, body in rows.fetchall()}

    ix = ArchiveIndex(index_dir)
    t0 = time.perf_counter()
    ix.search("镇")  # opens the index: loads per-document arrays
    open_s = time.perf_counter() - t0
    ix._cache.clear()
    ours, bare, warm, cpu_ours, cpu_bare, totals = [], [], [], [], [], []
    for cat, q, filters in queries:
        ix._cache.clear()  # measure evaluation, not the result cache
        t, c = time.perf_counter(), time.process_time()
        r = ix.search(q, filters=filters, text_for=text_for)
        ours.append((cat, time.perf_counter() - t))
        cpu_ours.append((cat, time.process_time() - c))  # CPU time: steadier on a shared machine
        totals.append(r.total)
        t = time.perf_counter()
        ix.search(q, filters=filters, text_for=text_for)  # again: from the result cache
        warm.append(time.perf_counter() - t)
        ix._cache.clear()
        t, c = time.perf_counter(), time.process_time()
        ix.search(q, filters=filters)  # count, facets and the first 20, no snippets
        bare.append((cat, time.perf_counter() - t))
        cpu_bare.append((cat, time.process_time() - c))
    result.update(ours=ours, bare=bare, warm=warm, cpu_ours=cpu_ours, cpu_bare=cpu_bare, totals=totals,
                  open_s=open_s, rss_mb=_peak_rss_mb())


def query_tantivy(tantivy_dir: str, queries: list, result: dict) -> None:
    """tantivy: count and the first 20 ids of each query."""
    from tantivy_peer import Peer

    t0 = time.perf_counter()
    peer = Peer(Path(tantivy_dir))
    open_s = time.perf_counter() - t0
    tan, cpu, totals = [], [], []
    for cat, q, filters in queries:
        t, c = time.perf_counter(), time.process_time()
        total, _ids = peer.search(q, filters)
        tan.append((cat, time.perf_counter() - t))
        cpu.append((cat, time.process_time() - c))
        totals.append(total)
    result.update(tantivy=tan, cpu_tantivy=cpu, totals=totals, open_s=open_s, rss_mb=_peak_rss_mb())


def query_fts5(db: str, queries: list, timed: set[int], result: dict) -> None:
    """FTS5: count, facets, the first 20 and their snippets; the scans not in `timed` are left out
    (their total is None)."""
    con = sqlite3.connect(db)
    fts, cpu, totals, scans = [], [], [], []
    for i, (cat, q, filters) in enumerate(queries):
        scan = fts5_peer.is_scan(q, filters)
        if scan and i not in timed:
            totals.append(None)
            continue
        t, c = time.perf_counter(), time.process_time()
        total, _ids = fts5_peer.search(con, q, filters)
        fts.append((cat, time.perf_counter() - t))
        cpu.append((cat, time.process_time() - c))
        totals.append(total)
        scans.append(scan)
    result.update(fts=fts, cpu_fts=cpu, totals=totals, scans=scans, rss_mb=_peak_rss_mb())


def in_fresh_process(target, *args) -> dict:  # type: ignore[no-untyped-def]
    """What `target(*args, result)` put in `result`, run in a spawned process of its own."""
    ctx = mp.get_context("spawn")
    with ctx.Manager() as m:
        res = m.dict()
        p = ctx.Process(target=target, args=(*args, res))
        p.start()
        p.join()
        if p.exitcode:
            raise RuntimeError(f"{target.__name__} failed with exit code {p.exitcode}")
        return dict(res)


def _tantivy_build(path: Path, docs: Iterable[IndexDoc], threads: int, builds: dict, cut_procs: int) -> dict | None:
    try:
        import tantivy_peer
    except ImportError:
        print("tantivy is not installed (pip install -e '.[bench]'): no tantivy peer", file=sys.stderr)
        return None
    c = _cpu_s()
    took = tantivy_peer.build(path, docs, threads, cut_procs)
    builds["tantivy"] = {"s": took["total_s"], "cpu_s": _cpu_s() - c}
    return took


def _say(what: str) -> None:
    """A progress line on stderr: a long run's log shows how far it got."""
    print(time.strftime("%H:%M:%S"), what, file=sys.stderr, flush=True)


def _timed(build) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of `build()` (its worker processes included once they have ended)."""
    t, c = time.perf_counter(), _cpu_s()
    build()
    return time.perf_counter() - t, _cpu_s() - c


def run(n: int, out: Path, procs: int, optimize: bool, reuse: bool = False, fts5: bool = True,
        scan_sample: int | None = None, lean: bool = False, tantivy_cut_procs: int = 1,
        earlier: Path | None = None) -> dict:
    """Generate N articles into the articles table, then for each engine in turn — ours, tantivy, FTS5 — build
    its index from those rows (as a reindex reads the database) and run the 200 queries in a fresh process. With
    `lean` each index is deleted as soon as its queries are measured (the database at the end): at a million
    articles the three do not fit on a small disk at once. `scan_sample`: time only that many of FTS5's scans
    (see fts5_peer). `tantivy_cut_procs`: processes that cut the text for tantivy (our analysis, in Python;
    tantivy's own writer threads are `procs`). `earlier`: the report of a run with the same N that measured ours
    and tantivy and not FTS5; only FTS5 is built and queried, on the same queries, and the report completed."""
    if earlier is not None:
        return add_fts5(n, out, earlier, scan_sample, lean)
    out.mkdir(parents=True, exist_ok=True)
    index_dir, db, tantivy_dir = out / "index", out / "articles.db", out / "tantivy"
    # --reuse: query an index and database an earlier run with the same N
    # left in `out`, to compare query code without building again.
    reused = reuse and (index_dir / "live").exists() and db.exists()
    gen_s = float("nan")
    if not reused:
        t = time.perf_counter()
        fts5_peer.build_articles(db, iter_docs(n))
        gen_s = time.perf_counter() - t
        _say(f"{n} articles generated into {db} in {gen_s:.0f} s")
    builds: dict[str, dict] = {}
    res: dict = {}
    tan: dict = {}
    fts: dict = {}
    timed: set[int] = set()
    tantivy_build = None
    sizes: dict[str, float | None] = {}
    queries: list = []
    avg_chars = float("nan")

    def so_far() -> dict:
        """The report of what is measured so far, also kept as a file: a run stopped midway keeps it."""
        done = report(n, procs, optimize, reused, gen_s, avg_chars, queries, builds, tantivy_build, sizes,
                      res, tan, fts, timed)
        (out / f"search_bench_{n}.so_far.json").write_text(json.dumps(done, ensure_ascii=False, indent=2))
        return done

    if not reused:
        shutil.rmtree(index_dir, ignore_errors=True)
        ix = ArchiveIndex(index_dir, procs=procs)
        wall, cpu = _timed(lambda: ix.rebuild(fts5_peer.stored_docs(db), generation=1, optimize=optimize))
        builds["ours"] = {"s": wall, "cpu_s": cpu, "peak_rss_mb": {
            "parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}}
    sizes["ours"] = _dir_size(index_dir.resolve() / "live") / 2**20
    # Drawn after the build, in a process of their own: the build's peak memory is the build's alone.
    drawn = in_fresh_process(queries_of, str(db), n)
    queries, avg_chars = drawn["queries"], drawn["avg_chars"]
    _say(f"ours built: {builds.get('ours')}; querying")
    res = in_fresh_process(query_ours, str(index_dir), str(db), queries)
    so_far()
    if lean:
        shutil.rmtree(index_dir, ignore_errors=True)
    _say("ours queried; tantivy")
    if not reused or not tantivy_dir.exists():
        tantivy_build = _tantivy_build(tantivy_dir, fts5_peer.stored_docs(db), procs, builds, tantivy_cut_procs)
    sizes["tantivy"] = _dir_size(tantivy_dir) / 2**20 if tantivy_dir.exists() else None
    _say(f"tantivy built: {builds.get('tantivy')}; querying")
    tan = in_fresh_process(query_tantivy, str(tantivy_dir), queries) if sizes["tantivy"] is not None else {}
    so_far()
    _say("tantivy queried")
    if lean:
        shutil.rmtree(tantivy_dir, ignore_errors=True)
    if fts5:
        fts, timed = _measure_fts5(db, queries, scan_sample, builds, sizes)
    else:
        sizes["articles_db"] = sizes["db_with_fts5"] = db.stat().st_size / 2**20
    if lean:
        db.unlink()
    return so_far()


def _measure_fts5(db: Path, queries: list, scan_sample: int | None, builds: dict, sizes: dict) -> tuple[dict, set[int]]:
    """FTS5 built over the articles table at `db` (unless it is there) and asked `queries` in a fresh
    process: what that process found, and which scans it timed. Its build and sizes go in `builds` and
    `sizes`."""
    sizes["articles_db"] = db.stat().st_size / 2**20
    if not fts5_peer.has_fts5(db):
        wall, cpu = _timed(lambda: fts5_peer.build_fts5(db))
        builds["fts5"] = {"s": wall, "cpu_s": cpu}
    timed = fts5_peer.scan_sample(queries, scan_sample)
    _say(f"FTS5 built: {builds.get('fts5')}; querying ({len(timed)} scans timed)")
    fts = in_fresh_process(query_fts5, str(db), queries, timed)
    sizes["db_with_fts5"] = db.stat().st_size / 2**20
    return fts, timed


def add_fts5(n: int, out: Path, earlier: Path, scan_sample: int | None, lean: bool) -> dict:
    """The earlier report at `earlier` (ours and tantivy measured, the same N) completed with FTS5:
    the articles generated again (the corpus is seeded, so they are the same: the counts compared
    with ours show it), FTS5 built and asked the same queries."""
    was = json.loads(earlier.read_text())
    if was["n"] != n:
        raise SystemExit(f"{earlier} measured {was['n']} articles, not {n}")
    rows = was["per_query"]
    queries = [(r["cat"], r["q"], r["filters"]) for r in rows]

    def timings(engine: str, key: str) -> dict:
        picked = [r for r in rows if engine in r and "ms" in r[engine]]
        return {key: [(r["cat"], r[engine]["ms"] / 1000) for r in picked],
                "cpu_" + key: [(r["cat"], r[engine]["cpu_ms"] / 1000) for r in picked]}

    ours = {**timings("ours", "ours"), **timings("engine", "bare"), "totals": [r["ours"]["total"] for r in rows],
            "warm_ms": was["warm_cached_ms"], "open_s": was["open_s"]["ours"],
            "rss_mb": was["query_process_rss_mb"]["ours"]}
    tan = {**timings("tantivy", "tantivy"), "totals": [r.get("tantivy", {}).get("total") for r in rows],
           "open_s": was["open_s"]["tantivy"], "rss_mb": was["query_process_rss_mb"]["tantivy"]} \
        if was["query_process_rss_mb"].get("tantivy") else {}
    builds = {k: {"s": b["s"], "cpu_s": b["cpu_s"]} for k, b in was["build"].items() if b}
    if was.get("build_peak_rss_mb"):
        builds["ours"]["peak_rss_mb"] = was["build_peak_rss_mb"]
    tantivy_build = {"cut_s": was["tantivy_of_which_cutting_text_in_python_s"], "cut_procs": was["tantivy_cut_procs"]} \
        if was.get("tantivy_cut_procs") else None
    sizes = {k: v for k, v in was["index_mb"].items() if k in ("ours", "tantivy")}
    out.mkdir(parents=True, exist_ok=True)
    db = out / "articles.db"
    t = time.perf_counter()
    fts5_peer.build_articles(db, iter_docs(n))
    gen_s = time.perf_counter() - t
    _say(f"{n} articles generated into {db} in {gen_s:.0f} s; FTS5")
    fts, timed = _measure_fts5(db, queries, scan_sample, builds, sizes)
    if lean:
        db.unlink()
    done = report(n, was["procs"], was["optimize"], False, gen_s, was["avg_body_chars"], queries, builds,
                  tantivy_build, sizes, ours, tan, fts, timed)
    (out / f"search_bench_{n}.json").write_text(json.dumps(done, ensure_ascii=False, indent=2))
    return done


def queries_of(db: str, n: int, result: dict) -> None:
    """The 200 queries, drawn from the stored articles (the first QUERY_SAMPLE above LIST_LIMIT), and
    the articles' mean body length."""
    sample = list(fts5_peer.stored_docs(Path(db), None if n <= LIST_LIMIT else QUERY_SAMPLE))
    result.update(queries=make_queries(sample), avg_chars=sum(len(d.body) for d in sample) / len(sample))


def report(n, procs, optimize, reused, gen_s, avg_chars, queries, builds, tantivy_build, sizes,  # type: ignore[no-untyped-def]
           ours, tan, fts, timed) -> dict:
    """The JSON report of one run: `ours`, `tan`, `fts` are what each engine's query process found."""
    cats = sorted({c for c, _ in ours["ours"]})
    scans = fts.get("scans", [])

    def secs(xs: list) -> list[float]:
        return [s for _c, s in xs]

    def overall(xs: list) -> dict | None:
        return {"p50": _ms(_pctl(secs(xs), 50)), "p95": _ms(_pctl(secs(xs), 95)), "max": _ms(max(secs(xs))),
                "n": len(xs)} if xs else None

    def kinds(xs: list) -> dict:
        return {c: {"p50": _ms(_pctl([s for k, s in xs if k == c], 50)),
                    "p95": _ms(_pctl([s for k, s in xs if k == c], 95))}
                for c in cats if any(k == c for k, _ in xs)}

    def fts_part(key: str, scan: bool) -> dict | None:
        return overall([x for x, is_scan in zip(fts.get(key, []), scans) if is_scan == scan])

    def build(name: str) -> dict | None:
        b = builds.get(name)
        if not b:
            return None
        return {"s": round(b["s"], 1), "cpu_s": round(b["cpu_s"], 1), "articles_per_s": round(n / b["s"])}

    def differing(other: dict) -> list:
        return [(q, f, a, b) for (_c, q, f), a, b in zip(queries, ours["totals"], other.get("totals", []))
                if b is not None and a != b]

    def p95_ratio(a: list, b: list) -> float | None:
        return round(_pctl(secs(a), 95) / max(_pctl(secs(b), 95), 1e-9), 2) if a and b else None

    fts_differ, tan_differ = differing(fts), differing(tan)
    return {
        "n": n, "avg_body_chars": round(avg_chars), "procs": procs, "optimize": optimize,
        "generate_into_articles_table_s": round(gen_s, 1), "reused_index": reused,
        "build": {"ours": build("ours"), "tantivy": build("tantivy"), "fts5": build("fts5")},
        "build_peak_rss_mb": builds.get("ours", {}).get("peak_rss_mb"),
        "tantivy_of_which_cutting_text_in_python_s": round(tantivy_build["cut_s"], 1) if tantivy_build else None,
        "tantivy_cut_procs": tantivy_build["cut_procs"] if tantivy_build else None,
        "index_mb": {k: round(v, 1) if v is not None else None for k, v in sizes.items()},
        "query_process_rss_mb": {"ours": round(ours["rss_mb"]), "tantivy": round(tan["rss_mb"]) if tan else None,
                                 "fts5": round(fts["rss_mb"]) if fts else None},
        "open_s": {"ours": round(ours["open_s"], 2), "tantivy": round(tan["open_s"], 2) if tan else None},
        "ms": {"ours": overall(ours["ours"]), "ours_without_snippets": overall(ours["bare"]),
               "tantivy": overall(tan.get("tantivy", [])), "fts5": overall(fts.get("fts", [])),
               "fts5_match": fts_part("fts", False), "fts5_scans": fts_part("fts", True)},
        "cpu_ms": {"ours": overall(ours["cpu_ours"]), "ours_without_snippets": overall(ours["cpu_bare"]),
                   "tantivy": overall(tan.get("cpu_tantivy", [])), "fts5": overall(fts.get("cpu_fts", [])),
                   "fts5_match": fts_part("cpu_fts", False), "fts5_scans": fts_part("cpu_fts", True)},
        "fts5_scans": {"of_200": sum(fts5_peer.is_scan(q, f) for _c, q, f in queries), "timed": sum(scans)},
        "warm_cached_ms": ours.get("warm_ms") or {"p50": _ms(_pctl(ours["warm"], 50)),
                                                  "p95": _ms(_pctl(ours["warm"], 95))},
        "p95_ratio_ours_to_tantivy": p95_ratio(ours["ours"], tan.get("tantivy", [])),
        "p95_ratio_ours_without_snippets_to_tantivy": p95_ratio(ours["bare"], tan.get("tantivy", [])),
        "cpu_p95_ratio_ours_without_snippets_to_tantivy": p95_ratio(ours["cpu_bare"], tan.get("cpu_tantivy", [])),
        "p95_ratio_ours_to_fts5": p95_ratio(ours["ours"], fts.get("fts", [])),
        "count_mismatches": {"tantivy": len(tan_differ) if tan else None, "fts5": len(fts_differ) if fts else None,
                             "fts5_compared": sum(t is not None for t in fts.get("totals", [])),
                             "examples": (tan_differ + fts_differ)[:10]},
        "by_kind_ms": {"ours": kinds(ours["ours"]), "ours_without_snippets": kinds(ours["bare"]),
                       "tantivy": kinds(tan.get("tantivy", [])), "fts5": kinds(fts.get("fts", []))},
        "by_kind_cpu_ms": {"ours": kinds(ours["cpu_ours"]), "ours_without_snippets": kinds(ours["cpu_bare"]),
                           "tantivy": kinds(tan.get("cpu_tantivy", [])), "fts5": kinds(fts.get("cpu_fts", []))},
        "per_query": per_query(queries, ours, tan, fts),
    }


def per_query(queries: list, ours: dict, tan: dict, fts: dict) -> list[dict]:
    """Each query with each engine's count and wall / CPU milliseconds (None where not run)."""
    fts_at = iter(zip(fts.get("fts", []), fts.get("cpu_fts", [])))
    rows = []
    for i, (cat, q, f) in enumerate(queries):
        row = {"cat": cat, "q": q, "filters": f, "fts5_scan": fts5_peer.is_scan(q, f)}
        for name, d, key in (("ours", ours, "ours"), ("engine", ours, "bare"), ("tantivy", tan, "tantivy")):
            if d.get(key):
                row[name] = {"ms": _ms(d[key][i][1]), "cpu_ms": _ms(d["cpu_" + key][i][1])}
        for name, d in (("ours", ours), ("tantivy", tan), ("fts5", fts)):
            if d.get("totals") and d["totals"][i] is not None:
                row.setdefault(name, {})["total"] = d["totals"][i]
                if name == "fts5":
                    (_cat, wall), (_cat2, cpu) = next(fts_at)
                    row[name].update(ms=_ms(wall), cpu_ms=_ms(cpu))
        rows.append(row)
    return rows
