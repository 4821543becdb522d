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
import fts5_peer  # noqa: E402

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


# -- query phases: each engine in a fresh process (its peak RSS is that engine's serving memory) ----


def _pctl(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


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


def _tantivy_build(path: Path, docs: Iterable[IndexDoc], threads: int, builds: dict) -> dict | None:
    try:
        import tantivy_peer
    except ImportError:
        print("tantivy is not installed (pip install -e '.[bench]'): no tantivy peer", file=sys.stderr)
        return None
    c = _cpu_s()
    took = tantivy_peer.build(path, docs, threads)
    builds["tantivy"] = {"s": took["total_s"], "cpu_s": _cpu_s() - c}
    return took


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


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _say(what: str) -> None:
    """A progress line on stderr: a long run's log shows how far it got."""
    print(time.strftime("%H:%M:%S"), what, file=sys.stderr, flush=True)


def _timed(build) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Wall and CPU seconds of `build()` (its worker processes included once they have ended)."""
    t, c = time.perf_counter(), _cpu_s()
    build()
    return time.perf_counter() - t, _cpu_s() - c


def run(n: int, out: Path, procs: int, optimize: bool, reuse: bool = False, fts5: bool = True,
        scan_sample: int | None = None, lean: bool = False) -> dict:
    """Generate N articles into the articles table, then for each engine in turn — ours, tantivy,
    FTS5 — build its index from those rows (as a reindex reads the database) and run the 200 queries
    in a fresh process. With `lean` each index is deleted once measured (tantivy's and ours before
    FTS5 is built, the database at the end): at a million articles the three do not fit on disk at
    once. `scan_sample`: time only that many of FTS5's scans (see fts5_peer)."""
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
    sample = list(fts5_peer.stored_docs(db, None if n <= LIST_LIMIT else QUERY_SAMPLE))
    avg_chars = sum(len(d.body) for d in sample) / len(sample)
    queries = make_queries(sample)
    del sample
    builds: dict[str, dict] = {}
    if not reused:
        shutil.rmtree(index_dir, ignore_errors=True)
        ix = ArchiveIndex(index_dir, procs=procs)
        wall, cpu = _timed(lambda: ix.rebuild(fts5_peer.stored_docs(db), generation=1, optimize=optimize))
        builds["ours"] = {"s": wall, "cpu_s": cpu, "peak_rss_mb": {
            "parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)}}
    index_mb = _dir_size(index_dir.resolve() / "live") / 2**20
    _say(f"ours built: {builds.get('ours')}; querying")
    res = in_fresh_process(query_ours, str(index_dir), str(db), queries)
    _say("ours queried; tantivy")
    tantivy_build = None
    if not reused or not tantivy_dir.exists():
        tantivy_build = _tantivy_build(tantivy_dir, fts5_peer.stored_docs(db), procs, builds)
    tantivy_mb = _dir_size(tantivy_dir) / 2**20 if tantivy_dir.exists() else None
    _say(f"tantivy built: {builds.get('tantivy')}; querying")
    tan = in_fresh_process(query_tantivy, str(tantivy_dir), queries) if tantivy_mb is not None else {}
    _say("tantivy queried")
    if lean:
        shutil.rmtree(tantivy_dir, ignore_errors=True)
        shutil.rmtree(index_dir, ignore_errors=True)
    fts: dict = {}
    timed: set[int] = set()
    db_mb = db.stat().st_size / 2**20
    if fts5:
        if not fts5_peer.has_fts5(db):
            wall, cpu = _timed(lambda: fts5_peer.build_fts5(db))
            builds["fts5"] = {"s": wall, "cpu_s": cpu}
        timed = fts5_peer.scan_sample(queries, scan_sample)
        _say(f"FTS5 built: {builds.get('fts5')}; querying ({len(timed)} scans timed)")
        fts = in_fresh_process(query_fts5, str(db), queries, timed)
    db_fts_mb = db.stat().st_size / 2**20
    if lean:
        db.unlink()
    return report(n, procs, optimize, reused, gen_s, avg_chars, queries, builds, tantivy_build,
                  {"ours": index_mb, "tantivy": tantivy_mb, "articles_db": db_mb, "db_with_fts5": db_fts_mb},
                  res, tan, fts, timed)


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
        return {c: {"p50": _ms(_pctl([s for k, s in xs if k == c], 50)), "p95": _ms(_pctl([s for k, s in xs if k == c], 95))}
                for c in cats if any(k == c for k, _ in xs)}

    def fts_part(key: str, scan: bool) -> dict | None:
        return overall([x for x, is_scan in zip(fts.get(key, []), scans) if is_scan == scan])

    def build(name: str) -> dict | None:
        b = builds.get(name)
        return {"s": round(b["s"], 1), "cpu_s": round(b["cpu_s"], 1), "articles_per_s": round(n / b["s"])} if b else None

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
        "warm_cached_ms": {"p50": _ms(_pctl(ours["warm"], 50)), "p95": _ms(_pctl(ours["warm"], 95))},
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
        "per_query": [{"cat": c, "q": q, "filters": f, "total": t, "fts5_scan": fts5_peer.is_scan(q, f)}
                      for (c, q, f), t in zip(queries, ours["totals"])],
    }


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
                    help="leave SQLite FTS5 out")
    ap.add_argument("--fts5-scan-sample", type=int, metavar="K",
                    help="time only K of FTS5's scans (queries with no word of 3 characters or more, answered by "
                         "LIKE over every article: minutes each at a million), spread evenly over them; the "
                         "report gives their figures apart from the MATCH queries'")
    ap.add_argument("--lean", action="store_true",
                    help="delete each engine's index once its queries are measured, the database last "
                         "(the three indexes of a million articles at once need some 16 GB of disk)")
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
    report = run(args.n, args.out, args.procs, args.optimize, args.reuse, args.fts5, args.fts5_scan_sample, args.lean)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    (args.out / f"search_bench_{args.n}.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
