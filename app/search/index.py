"""The full-text index of the archive: life cycle and search.

Design
======

What is indexed
    Chinese has no spaces and users search for any substring — a place
    name, half a slogan, a person's name — so the index holds character
    n-grams, not words. Every text is folded (NFKC width folding, OpenCC
    traditional→simplified, lower case; app.search.analysis) and cut into
    *units* (one Han character, or one Latin word or number). Each field is
    indexed twice: unigrams with frequencies (``F1``) answer one-unit
    queries, bigrams with positions (``F``) answer everything longer as a
    phrase of consecutive bigrams. That finds every substring that starts
    and ends on unit boundaries and nothing else (a dictionary segmenter
    such as jieba found 47% of random substrings). Fields: ``all`` (title,
    kicker, subtitle, body, authors, places), ``title`` (headline lines),
    ``author``, ``person`` (the people the article gives a post to),
    ``place`` and the primary ``city``/``county``/``town``.

What is stored
    Nothing textual. Per document the index keeps three columns: ``meta``
    (article id, page order, field lengths), ``facets`` (city, county, town,
    kind, authors, people) and ``sig`` (a few bigram keys for "more like
    this"). Snippets are cut from text the caller reads back from the
    database (``text_for``).

Writing (app.search.tokens, app.search.writer, app.search.postings, app.search.build)
    Whoosh's folder, segments, TOC, commit protocol, deletions and merge
    policies are used as they are, and it keeps the per-document columns.
    The postings of a segment are its own file: documents are cut a batch
    at a time into unit ids and bigrams by array operations (the same rules
    as app.search.analysis, tested equal), each field's postings are sorted
    once when the segment is written, and every term is stored as one
    zlib'd array of docnum gaps, frequencies and position gaps. A rebuild
    runs one writer process per core, each writing whole segments; the
    parent commits them together. Every hook into Whoosh's private
    internals is in app.search.whoosh_internals.

Reading (one module per stage: app.search.snapshot, evaluate, scoring,
facets, ranking, highlight)
    Queries are evaluated set-at-a-time in numpy: a term's posting list is
    read from a memory map and decoded into arrays (docnums, frequencies,
    positions), and a query node's result is two arrays, its sorted docnums
    and their scores. Intersections use per-document masks, a phrase's
    positions are compared as sorted keys by binary search, BM25F (title ×3
    and places ×2 on top of the body) is array arithmetic and facets are
    ``bincount``s ordered in numpy. Filters restrict the documents before
    the query is matched, and AND operands run rarest first; an atom's idf
    comes from its terms' document frequencies (a phrase's rarest bigram),
    so neither changes a score. Totals and facets count every hit. A whole query found as one phrase
    ranks above its words found apart; equal scores go newest page first. Decoded posting lists
    are kept per snapshot in an LRU, results (without snippets) per index state.

Life cycle and concurrency
    ``index_dir`` holds build directories and a symlink ``live`` to the one
    in use (app.search.folder). ``rebuild()`` fills a fresh build directory
    beside the live one and swaps the symlink with an atomic rename;
    searchers keep using the files they have open and move to the new build
    on their next query. The previous build is kept until the one after, so a
    reader that opened it just before a swap can finish; older builds and
    those of crashed writers are removed, builds in progress (held by an
    flock) are not. A ``live`` that is a real directory (a data folder
    copied without keeping symlinks) is exchanged for the link and becomes
    the previous build. ``update()`` adds, replaces and deletes documents in
    the live build under Whoosh's write lock. Each build carries a stamp
    file with the database generation it reflects and the index format
    version; a search compares the stamp's inode and mtime (one ``stat``) to
    notice another process's update or swap. A missing index or a format
    change (an index written by an earlier version) reads as ``generation is
    None``: the app then calls ``rebuild()``. Searches in one process share a
    snapshot without a lock: its arrays are never changed and the postings
    are read from memory maps.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import threading
from collections import OrderedDict
from pathlib import Path
from collections.abc import Callable, Iterable

from whoosh import index as windex

from . import folder, querylang
from .build import write_build
from .dates import Restriction
from .evaluate import Evaluator, Scored
from .facets import facet_counts, filter_mask
from .highlight import build_pattern, mark_all, snippet
from .model import Hit, IndexDoc, QueryError, SearchResult
from .querylang import Atom, Or
from .ranking import SORTS, rank, with_exact_bonus
from .schema import FACETS, make_schema
from .snapshot import Snapshot
from .writer import BulkWriter

FORMAT_VERSION = 3  # 2: the person field and facet; 3: postings in the segments' own files
STAMP = "zhenzhi-index.json"
LIVE = folder.LIVE
MAX_PER_PAGE = 100
MAX_PAGE = 1000


class ArchiveIndex:
    """The search index of the archive, kept in `index_dir`."""

    def __init__(self, index_dir: Path | str, *, procs: int | None = None, segment_docs: int = 25_000,
                 cache_size: int = 512) -> None:
        self.index_dir = Path(index_dir)
        self.procs = procs if procs is not None else max(1, min(4, os.cpu_count() or 1))
        self.segment_docs = segment_docs
        self._snap: Snapshot | None = None
        self._snap_lock = threading.Lock()
        self._cache: OrderedDict[tuple, tuple] = OrderedDict()
        self._cache_size = cache_size
        self._cache_lock = threading.Lock()
        self._claims: dict[str, int] = {}  # builds in progress -> lock fd
        self._verified: dict[tuple, bool] = {}  # (build, stamp time) -> its files are as written
        self._generation_seen: tuple[tuple, int | None] | None = None  # (stamp token, generation)
        self._claims_lock = threading.Lock()

    # -- state ------------------------------------------------------------

    @property
    def live_dir(self) -> Path:
        return self.index_dir / LIVE

    def _stamp(self, build: Path | None = None) -> dict | None:
        try:
            with open((build or self.live_dir) / STAMP, encoding="utf-8") as f:
                stamp = json.load(f)
        except (OSError, ValueError):
            return None
        if not isinstance(stamp, dict) or stamp.get("format") != FORMAT_VERSION:
            return None
        return stamp

    @property
    def generation(self) -> int | None:
        """Database generation the index reflects; None if missing/stale format. Asked on every request:
        kept per stamp (a new file at each update or swap), one `stat` while the stamp stays."""
        token, seen = self.state_token(), self._generation_seen
        if token is None or (seen is not None and seen[0] == token):
            return seen[1] if token is not None and seen is not None else None
        stamp = self._stamp() or {}
        g = stamp.get("generation") if stamp and self._whoosh_exists() and not self._damaged(self.live_dir) else None
        self._generation_seen = (token, g if isinstance(g, int) else None)  # a newer stamp: read again next time
        return self._generation_seen[1]

    def exists(self) -> bool:
        return self.generation is not None

    def _whoosh_exists(self) -> bool:
        try:
            return windex.exists_in(str(self.live_dir))
        except Exception:
            return False

    def readable(self) -> bool:
        """Whether searches can be answered: the live build, or an intact earlier one, opens."""
        return self._snapshot() is not None

    def article_ids(self) -> set[int]:
        snap = self._snapshot()
        return snap.article_ids() if snap else set()

    def doc_count(self) -> int:
        snap = self._snapshot()
        return snap.doc_count if snap else 0

    # -- writing ----------------------------------------------------------

    def update(self, docs: Iterable[IndexDoc], delete_ids: Iterable[int] = (), *, generation: int) -> None:
        """Add or replace `docs` and delete `delete_ids`, then stamp."""
        if not self._whoosh_exists():
            build = self._new_build()
            try:
                self._swap_in(build, generation)
            finally:
                self._release(build)
        ix = windex.open_dir(str(self.live_dir))
        docs = list({d.id: d for d in docs}.values())  # the last version of an id wins
        w = BulkWriter(ix)
        try:
            w.delete_ids({*map(int, delete_ids), *(d.id for d in docs)})
            w.add_docs(docs)
            w.commit()  # Whoosh's MERGE_SMALL policy folds small segments together
        except BaseException:
            w.cancel()
            raise
        self._write_stamp(self.live_dir.resolve(), generation)

    def rebuild(self, docs: Iterable[IndexDoc], *, generation: int,
                progress: Callable[[int], None] | None = None, optimize: bool = False) -> None:
        """Index `docs` from scratch in a new build, then swap it in."""
        build = self._new_build()
        try:
            write_build(build, docs, procs=self.procs, segment_docs=self.segment_docs,
                        progress=progress, optimize=optimize)
            self._swap_in(build, generation)
        except BaseException:
            if folder.live_target(self.index_dir) != build.name:
                shutil.rmtree(build, ignore_errors=True)
            raise
        finally:
            self._release(build)

    def _new_build(self) -> Path:
        """A fresh, empty build directory, claimed until _release()."""
        self.index_dir.mkdir(parents=True, exist_ok=True)
        name = folder.new_build_name()
        fd = folder.claim(self.index_dir, name)
        try:
            build = self.index_dir / name
            build.mkdir()
            windex.create_in(str(build), make_schema())
        except BaseException:
            folder.release(self.index_dir, name, fd)
            raise
        with self._claims_lock:
            self._claims[name] = fd
        return build

    def _release(self, build: Path) -> None:
        with self._claims_lock:
            fd = self._claims.pop(build.name, None)
        if fd is not None:
            folder.release(self.index_dir, build.name, fd)

    def _write_stamp(self, build: Path, generation: int) -> None:
        tmp = build / f".{STAMP}.{os.getpid()}.{threading.get_ident()}"
        stamp = {"generation": int(generation), "format": FORMAT_VERSION, "files": folder.manifest(build, STAMP)}
        tmp.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(tmp, build / STAMP)

    def _swap_in(self, build: Path, generation: int) -> None:
        self._write_stamp(build, generation)
        previous = folder.swap_in(self.index_dir, build)
        # Keep the build just replaced: a reader may have opened it a moment
        # ago. Anything older, and leftovers of crashed builds, go.
        folder.cleanup(self.index_dir, keep={build.name, previous})

    # -- reading ----------------------------------------------------------

    def state_token(self) -> tuple | None:
        """Changes whenever the live build is swapped or updated (one stat)."""
        try:
            st = os.stat(self.live_dir / STAMP)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    def _snapshot(self) -> Snapshot | None:
        token = self.state_token()
        snap = self._snap
        if token is None:
            return None
        if snap is not None and snap.token == token:
            return snap
        with self._snap_lock:
            snap = self._snap
            if snap is not None and snap.token == token:
                return snap
            ix = self._open_good(self.live_dir.resolve())
            if ix is None:  # damaged: the newest good earlier build answers while the live one is rebuilt
                live = folder.live_target(self.index_dir)
                earlier = [b for b in folder.builds_newest_first(self.index_dir) if b.name != live]
                ix = next(filter(None, map(self._open_good, earlier)), None)
                if ix is None:
                    return None
            new = Snapshot(ix, token, snap.seg_cache if snap else {})
            self._snap = new  # the old one is closed when its last user lets go
            with self._cache_lock:
                self._cache.clear()
            return new

    def _damaged(self, build: Path) -> bool:
        return not folder.intact(build, STAMP, self._verified)

    def _open_good(self, build: Path):  # type: ignore[no-untyped-def]
        if self._stamp(build) is None or self._damaged(build):
            return None
        try:
            return windex.open_dir(str(build))
        except Exception:
            return None

    def search(self, q: str, *, filters: dict[str, str] | None = None, page: int = 1, per_page: int = 20,
               sort: str = "relevance",
               text_for: Callable[[list[int]], dict[int, tuple[str | None, str]]] | None = None,
               restrict: Restriction | None = None) -> SearchResult:
        """A page of hits; `restrict` narrows them to a day range and/or a set of pages, and `sort`
        "oldest" puts the oldest dated page first (undated last)."""
        parsed = querylang.parse(q)
        filters = self._checked(filters)
        if sort not in SORTS:
            raise QueryError(f"Unknown sort “{sort}”.")
        page = max(1, min(int(page), MAX_PAGE))
        per_page = max(1, min(int(per_page), MAX_PER_PAGE))
        snap = self._snapshot()
        if snap is None:
            return SearchResult(0, [], {f: [] for f in FACETS}, page, per_page, parsed.text, parsed.notes)
        key = (snap.token, parsed.text, tuple(sorted(filters.items())), sort, page, per_page, restrict)
        with self._cache_lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        if cached is None:
            cached = self._run(snap, parsed, filters, sort, page, per_page, restrict)
            with self._cache_lock:
                self._cache[key] = cached
                while len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
        total, ranked, facets = cached
        ids = [aid for aid, _ in ranked]
        texts = text_for(ids) if (text_for and ids) else {}
        pattern = build_pattern(tuple(parsed.needles))
        hits = []
        for aid, score in ranked:
            title, body = texts.get(aid) or (None, "")
            hits.append(Hit(aid, score, snippet(body or "", pattern),
                            mark_all(title, pattern) if title else None))
        return SearchResult(total, hits, facets, page, per_page, parsed.text, parsed.notes, pattern)

    @staticmethod
    def _checked(filters: dict[str, str] | None) -> dict[str, str]:
        filters = {k: v for k, v in (filters or {}).items() if v not in (None, "")}
        for k in filters:
            if k not in FACETS:
                raise QueryError(f"Unknown filter “{k}”.")
        return filters

    @staticmethod
    def _within(snap: Snapshot, filters: dict[str, str], restrict: Restriction | None):
        """The documents the filters and restriction leave (None: all), matched before the query."""
        within = filter_mask(snap, filters) if filters else None
        if restrict is not None:
            within = (within if within is not None else snap.live) & snap.restriction_mask(restrict)
        return within

    def hit_days(self, q: str, *, filters: dict[str, str] | None = None,
                 restrict: Restriction | None = None) -> list[int]:
        """The day (YYYYMMDD, 0 when unknown) of every hit, for counting hits per period."""
        parsed = querylang.parse(q)
        filters = self._checked(filters)
        snap = self._snapshot()
        if snap is None:
            return []
        with snap.lock:
            result = Evaluator(snap).evaluate(parsed.node, self._within(snap, filters, restrict))
        return snap.days[result.docs].tolist()

    def _run(self, snap: Snapshot, parsed: querylang.ParsedQuery, filters, sort, page, per_page, restrict=None):
        with snap.lock:
            ev = Evaluator(snap)
            # Filters first: the query is then only matched in their documents.
            within = self._within(snap, filters, restrict)
            result = ev.evaluate(parsed.node, within)
            scores = result.scores  # as reported; the bonus only ranks
            if parsed.exact and sort == "relevance" and len(result.docs) > 1:
                exact = ev.exact_docs(parsed.exact, within=snap.mask(result.docs))
                if len(exact):
                    result = with_exact_bonus(snap, result, exact)
        total = len(result.docs)
        facets = facet_counts(snap, result.docs, restriction=restrict)
        start = (page - 1) * per_page
        top = rank(snap, result, page * per_page, sort)[start:]
        ranked = [(aid, round(score, 6))
                  for aid, score in zip(snap.aid[result.docs[top]].tolist(), scores[top].tolist())]
        return total, ranked, facets

    def more_like_this(self, doc_id: int, n: int = 5) -> list[int]:
        """Up to n other articles sharing the most distinctive terms."""
        snap = self._snapshot()
        docnum = snap.docnum_of(doc_id) if snap else None
        if docnum is None:
            return []
        terms = snap.sig_terms(docnum)
        if not terms:
            return []
        # Weighed by document frequency from the term tables: only the 16 rarest terms' postings are read.
        weighted = []
        for t in terms:
            df = snap.doc_frequency("all", t)
            if 2 <= df <= max(2.0, snap.doc_count * 0.3):  # shared, yet distinctive
                weighted.append((math.log(snap.doc_count / df), t))
        weighted.sort(reverse=True)
        atoms = [Atom("all", "".join(t), (t,)) for _w, t in weighted[:16]]
        if not atoms:
            return []
        with snap.lock:
            result = Evaluator(snap).evaluate(Or(atoms) if len(atoms) > 1 else atoms[0])
        others = result.docs != docnum
        result = Scored(result.docs[others], result.scores[others])
        return snap.aid[result.docs[rank(snap, result, n, "relevance")]].tolist()
