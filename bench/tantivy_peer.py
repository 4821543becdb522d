"""tantivy (Rust, through its Python binding) as a peer of our index in the search benchmark.

The same unigram + bigram scheme as ours: each text is folded and cut into runs of units by our
own analysis (app.search.analysis), then handed to tantivy as pre-tokenised text that its
``whitespace`` tokenizer splits — ``all``/``title`` hold the bigrams (positions, a separator token
between runs so that bigrams of different runs are never adjacent), ``all1``/``title1`` the
unigrams (frequencies only). A query is our parsed query tree (app.search.querylang) turned into
tantivy queries: a one-unit run is a term of the unigram field, a longer run a phrase of bigrams,
AND/OR/NOT boolean queries, a county filter a term of a raw field. So both engines answer the same
question and must count the same hits; tantivy ranks by its own BM25 over ``all`` (no title or
place boost), and reads the article id of each of the first 20 hits from a fast field.

Only the benchmark imports tantivy (the ``bench`` extra of pyproject.toml).
"""

from __future__ import annotations

import multiprocessing as mp
import shutil
import sys
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import count, islice
from pathlib import Path
from collections.abc import Iterator

import tantivy

from app.search.analysis import text_runs
from app.search.querylang import AllDocs, And, Atom, Not, Or, parse
from app.text import bigrams

_BREAK = "\u2016"  # a token between runs: never a query bigram
HEAP_BYTES = 512 * 2**20


def schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    for name in ("all", "title"):
        sb.add_text_field(name, tokenizer_name="whitespace", index_option="position")
        sb.add_text_field(name + "1", tokenizer_name="whitespace", index_option="freq")
    sb.add_text_field("county", tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("id", indexed=False, fast=True)
    return sb.build()


def _bigram_text(runs: list[list[str]]) -> str:
    out: list[str] = []
    for run in runs:
        if len(run) > 1:
            if out:
                out.append(_BREAK)
            out.extend(map(str.__add__, run, run[1:]))
    return " ".join(out)


def _unigram_text(runs: list[list[str]]) -> str:
    return " ".join(u for run in runs for u in run)


def fields(d) -> dict:  # type: ignore[no-untyped-def]
    """The tantivy fields of one IndexDoc: its text cut by our analysis."""
    title = text_runs(d.title, d.kicker, d.subtitle)
    places = [p for p in d.places]
    for p in (d.city, d.county, d.town):
        if p and p not in places:
            places.append(p)
    every = title + text_runs(d.body) + text_runs(*d.authors) + text_runs(*places)
    return {"all": _bigram_text(every), "all1": _unigram_text(every), "title": _bigram_text(title),
            "title1": _unigram_text(title), "county": d.county or "", "id": d.id}


def _fields_of(batch: list) -> list[dict]:
    return [fields(d) for d in batch]


CUT_BATCH = 1000


def _cut(docs, cut_procs: int) -> Iterator[dict]:  # type: ignore[no-untyped-def]
    """The fields of `docs` in order: cut here, or by `cut_procs` spawned processes a batch at a time
    (a few batches in flight, so memory stays bounded)."""
    if cut_procs <= 1:
        yield from map(fields, docs)
        return
    it = iter(docs)
    with ProcessPoolExecutor(cut_procs, mp_context=mp.get_context("spawn")) as pool:
        pending: deque = deque()
        while True:
            batch = list(islice(it, CUT_BATCH))
            if batch:
                pending.append(pool.submit(_fields_of, batch))
            if pending and (len(pending) > 2 * cut_procs or not batch):
                yield from pending.popleft().result()
            if not batch and not pending:
                return


def build(path: Path, docs, threads: int, cut_procs: int = 1) -> dict:  # type: ignore[no-untyped-def]
    """Index `docs` (IndexDoc) at `path` with `threads` writer threads, the text cut in this process
    or in `cut_procs` processes: seconds spent cutting (waiting for the cut text) and in tantivy's
    writer (adding and committing)."""
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    index = tantivy.Index(schema(), path=str(path))
    writer = index.writer(HEAP_BYTES, threads)
    cut_s = 0.0
    t0 = time.perf_counter()
    cut = _cut(docs, cut_procs)
    for k in count(1):
        t = time.perf_counter()
        doc = next(cut, None)
        if doc is None:
            break
        doc = tantivy.Document(**doc)
        cut_s += time.perf_counter() - t
        writer.add_document(doc)
        if k % 100_000 == 0:  # a long build's log shows how far it got
            print(time.strftime("%H:%M:%S"), f"tantivy: {k} articles added", file=sys.stderr, flush=True)
    writer.commit()
    writer.wait_merging_threads()
    total = time.perf_counter() - t0
    return {"total_s": total, "cut_s": cut_s, "writer_s": total - cut_s, "cut_procs": cut_procs}


class Peer:
    """An open tantivy index answering the benchmark's queries."""

    def __init__(self, path: Path) -> None:
        self.index = tantivy.Index.open(str(path))
        self.schema = self.index.schema
        self.index.reload()
        self.searcher = self.index.searcher()

    def query(self, q: str, filters: dict) -> tantivy.Query:
        node = self._node(parse(q).node)
        musts = [(tantivy.Occur.Must, node)]
        for key, value in filters.items():
            if key != "county":
                raise ValueError(f"tantivy peer: no filter {key}")
            musts.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "county", value)))
        return tantivy.Query.boolean_query(musts) if len(musts) > 1 else node

    def _node(self, node) -> tantivy.Query:
        if isinstance(node, Atom):
            parts = [self._run(node.field, run) for run in node.runs]
            return parts[0] if len(parts) == 1 else tantivy.Query.boolean_query(
                [(tantivy.Occur.Must, p) for p in parts])
        if isinstance(node, And):
            return tantivy.Query.boolean_query(
                [(tantivy.Occur.MustNot, self._node(c.child)) if isinstance(c, Not) else
                 (tantivy.Occur.Must, self._node(c)) for c in node.children])
        if isinstance(node, Or):
            return tantivy.Query.boolean_query([(tantivy.Occur.Should, self._node(c)) for c in node.children])
        if isinstance(node, AllDocs):
            return tantivy.Query.all_query()
        raise ValueError(f"tantivy peer: cannot translate {node!r}")

    def _run(self, field: str, run: tuple[str, ...]) -> tantivy.Query:
        if field not in ("all", "title"):
            raise ValueError(f"tantivy peer: no field {field}")
        if len(run) == 1:
            return tantivy.Query.term_query(self.schema, field + "1", run[0])
        bgs = bigrams(run)
        if len(bgs) == 1:
            return tantivy.Query.term_query(self.schema, field, bgs[0])
        return tantivy.Query.phrase_query(self.schema, field, bgs)

    def search(self, q: str, filters: dict, k: int = 20) -> tuple[int, list[int]]:
        """Total count and the article ids of the first k hits by BM25."""
        result = self.searcher.search(self.query(q, filters), k, count=True)
        return result.count, self.searcher.fast_field_values("id", [a for _s, a in result.hits])
