"""Query evaluation: set-at-a-time over whole posting lists, in numpy.

Whoosh evaluates a query document-at-a-time through a tree of matcher
objects: several Python calls per posting per query node. Here each term's
posting list is read whole into numpy arrays (app.search.postings), and a
query node's result is a pair of arrays: the matching docnums (sorted) and
their scores. Intersections use per-document boolean masks, a phrase's
positions are compared as sorted ``docnum·2¹⁶ + position − offset`` keys by
binary search, BM25F is array arithmetic, facets are ``bincount``s. Total
counts and facets need every hit anyway, so nothing is lost by not stopping
early; the cost of a query is a few array passes over its postings.

What is evaluated is kept small too: filters are applied first and the
query is matched only within their documents; the operands of an AND run
rarest first (by their terms' document frequencies), each only within the
hits so far. So that this changes no score, an atom's df is always its
terms' (a phrase's: its rarest bigram's, an upper bound), never the number
of documents it happened to be matched in, and AND scores are summed in the
query's order.

A :class:`Snapshot` is one opened state of the index plus the per-document
arrays (article id, page order, BM25 length norms, facet codes) the search
needs, loaded once per segment and reused while the segment lives.
"""

from __future__ import annotations

import io
import math
import os
import threading
from collections import OrderedDict
from contextlib import nullcontext
from typing import NamedTuple

import numpy as np
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.reading import MultiReader

from .analysis import bigrams
from .postings import PosList, ragged, read_postings
from .querylang import AllDocs, And, Atom, Node, Not, Or
from .schema import META, decode_facets

K1 = 1.2
B = 0.75
# BM25F field weights: a hit in the headline or in a place name counts more.
FIELD_WEIGHTS = {"all": 1.0, "title": 3.0, "place": 2.0}
EXACT_BONUS = 1e6  # whole query as one phrase: ranked above scattered parts
# Decoded posting lists kept per snapshot (bytes of their arrays).
POSTINGS_CACHE_BYTES = 192 * 2**20
FACET_KEYS = ("city", "county", "town", "kind")
# The meta column: article id, page order, lengths of all/title/place.
_META_DTYPE = np.dtype([("aid", "<i8"), ("order", "<i8"), ("all", "<u4"), ("title", "<u4"), ("place", "<u4")])
assert _META_DTYPE.itemsize == META.size


class Term(NamedTuple):
    """A term's live postings over the whole snapshot (global docnums)."""

    docs: np.ndarray  # int64, increasing
    weights: np.ndarray  # float32 frequencies
    positions: PosList | None

    @property
    def nbytes(self) -> int:
        return self.docs.nbytes + self.weights.nbytes + (self.positions.nbytes if self.positions else 0)


class Scored(NamedTuple):
    """The documents a query node matches (sorted docnums) and their scores."""

    docs: np.ndarray  # int64, increasing
    scores: np.ndarray  # float64, same length


_NO_DOCS = np.zeros(0, dtype=np.int64)
EMPTY = Scored(_NO_DOCS, np.zeros(0, dtype=np.float64))


class SegmentData:
    """Per-document arrays of one segment (immutable, so cached by id)."""

    __slots__ = ("aid", "order", "lens", "facets")

    def __init__(self, segreader) -> None:
        n = segreader.doc_count_all()
        metas = _fixed_column(segreader, "meta", META.size, n)
        rec = np.frombuffer(metas, dtype=_META_DTYPE, count=n) if metas else np.zeros(n, dtype=_META_DTYPE)
        self.aid = rec["aid"].astype(np.int64)
        self.order = rec["order"].astype(np.int64)
        self.lens = {f: rec[f].astype(np.float64) for f in ("all", "title", "place")}
        # (city, county, town, kind, authors) per document
        self.facets = [decode_facets(b) if b else ("", "", "", "", ()) for b in _var_column(segreader, "facets", n)]


def _fixed_column(segreader, name: str, size: int, n: int) -> bytes:
    if not segreader.has_column(name):
        return b""
    cr = segreader.column_reader(name, translate=False)
    try:  # read the whole column at once instead of one get() per document
        count = cr._count
        data = cr._dbfile.get(cr._basepos, count * size)
        if count < n:
            data += cr._defaultbytes * (n - count)
        return bytes(data)
    except AttributeError:
        return b"".join(cr[i] for i in range(n))


def _var_column(segreader, name: str, n: int) -> list[bytes]:
    if not segreader.has_column(name):
        return [b""] * n
    cr = segreader.column_reader(name, translate=False)
    try:
        lengths = cr._lengths
        offsets = cr._offsets
        total = (offsets[-1] + lengths[-1]) if n else 0
        data = bytes(cr._dbfile.get(cr._basepos, total))
        return [data[o:o + ln] for o, ln in zip(offsets, lengths)]
    except AttributeError:
        return [cr[i] for i in range(n)]


class _Column:
    """One facet as small integer codes per document, and the values."""

    __slots__ = ("codes", "values", "index")

    def __init__(self, per_doc) -> None:
        self.index: dict[str, int] = {}
        setdefault = self.index.setdefault
        self.codes = np.fromiter((setdefault(v, len(self.index)) for v in per_doc), dtype=np.int32)
        self.values = list(self.index)


class Snapshot:
    """An open reader over one state of the index, with its arrays."""

    def __init__(self, ix, token: object, seg_cache: dict[str, SegmentData]) -> None:
        self.token = token
        self.reader = ix.reader()
        if isinstance(self.reader, MultiReader):
            leaves = self.reader.leaf_readers()
        else:
            leaves = [(self.reader, 0)]
        # Whoosh reads a file with seek() then read(), so two threads sharing
        # a reader could read each other's bytes. Term lookups and postings
        # go through the terms and postings files' get(): with those made
        # pread() (one positioned, atomic system call), searches share the
        # snapshot without a lock. Everything else a search touches is built
        # here and never changed.
        safe = all(_pread_get(f) for segreader, _o in leaves
                   for f in (segreader._terms._dbfile, segreader._terms._postfile))
        self.lock = nullcontext() if safe else threading.Lock()
        self.column_lock = threading.Lock()  # column readers still seek+read
        self._pcache: OrderedDict[tuple, Term] = OrderedDict()
        self._psize = 0
        self._plock = threading.Lock()
        self.segments: list[tuple[object, int, bool]] = []  # reader, first docnum, has deletions
        datas: list[SegmentData] = []
        live_parts: list[np.ndarray] = []
        new_cache: dict[str, SegmentData] = {}
        for segreader, offset in leaves:
            segid = segreader.segment().segment_id()
            data = seg_cache.get(segid) or SegmentData(segreader)
            new_cache[segid] = data
            deleted = segreader.has_deletions()
            self.segments.append((segreader, offset, deleted))
            assert sum(len(d.aid) for d in datas) == offset
            datas.append(data)
            alive = np.ones(len(data.aid), dtype=bool)
            if deleted:
                alive[np.fromiter(segreader.deleted_docs_set, dtype=np.int64)] = False
            live_parts.append(alive)
        self.seg_cache = new_cache
        self.n = sum(len(d.aid) for d in datas)  # docnums, deleted ones included

        def joined(parts: list[np.ndarray], dtype) -> np.ndarray:
            return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)

        self.aid = joined([d.aid for d in datas], np.int64)
        self.order = joined([d.order for d in datas], np.int64)
        self.live = joined(live_parts, bool)
        self.live_docs = np.flatnonzero(self.live)
        self.doc_count = len(self.live_docs)
        facets = [f for d in datas for f in d.facets]
        self.columns = {key: _Column(f[i] for f in facets) for i, key in enumerate(FACET_KEYS)}
        # Authors: one (docnum, author code) pair per author of a document.
        author_index: dict[str, int] = {}
        pairs = [(d, author_index.setdefault(a, len(author_index)))
                 for d, f in enumerate(facets) for a in f[4]]
        self.author_doc = np.array([p[0] for p in pairs], dtype=np.int64)
        self.author_code = np.array([p[1] for p in pairs], dtype=np.int64)
        self.author_index = author_index
        self.author_values = list(author_index)
        # article id -> docnum (live documents only)
        self.by_id = dict(zip(self.aid[self.live_docs].tolist(), self.live_docs.tolist()))
        # BM25 length normalisation per document and field, computed once.
        self.norm: dict[str, np.ndarray] = {}
        for f in ("all", "title", "place"):
            lens = joined([d.lens[f] for d in datas], np.float64)
            avg = float(lens[self.live].mean()) if self.doc_count else 1.0
            avg = avg or 1.0
            self.norm[f] = 1.0 / (1 - B + B * lens / avg)

    def mask(self, docs: np.ndarray) -> np.ndarray:
        """A per-docnum boolean mask with `docs` set."""
        m = np.zeros(self.n, dtype=bool)
        m[docs] = True
        return m

    def facet_mask(self, key: str, value: str) -> np.ndarray:
        """Documents (deleted ones too) whose facet `key` is (for authors:
        includes) `value`."""
        if key == "author":
            code = self.author_index.get(value)
            if code is None:
                return np.zeros(self.n, dtype=bool)
            return self.mask(self.author_doc[self.author_code == code])
        col = self.columns.get(key)
        if col is None:
            raise KeyError(key)
        code = col.index.get(value)
        if code is None:
            return np.zeros(self.n, dtype=bool)
        return col.codes == code

    def close(self) -> None:
        try:
            self.reader.close()
        except Exception:  # closing twice or after the files went away
            pass

    # -- postings -----------------------------------------------------------

    def postings(self, field: str, term: str, values: bool) -> Term:
        """A term's live postings, global docnums, from a per-snapshot LRU:
        common bigrams (工作, 发展) recur across queries, and reading and
        decoding their blocks is the largest part of a slow query. The
        arrays are never changed by their users, so threads share them."""
        key = (field, term, values)
        with self._plock:
            p = self._pcache.get(key)
            if p is None and not values:
                p = self._pcache.get((field, term, True))
            if p is not None:
                self._pcache.move_to_end(key if key in self._pcache else (field, term, True))
                return p
        p = self._read_postings(field, term, values)
        size = p.nbytes + 200
        if size <= POSTINGS_CACHE_BYTES // 8:
            with self._plock:
                if key not in self._pcache:
                    self._pcache[key] = p
                    self._psize += size
                    while self._psize > POSTINGS_CACHE_BYTES:
                        _old, gone = self._pcache.popitem(last=False)
                        self._psize -= gone.nbytes + 200
        return p

    def _read_postings(self, field: str, term: str, values: bool) -> Term:
        """A term's live postings over all segments, global docnums."""
        btext = term.encode("utf-8")
        docs: list[np.ndarray] = []
        weights: list[np.ndarray] = []
        positions: list[PosList] = []
        for segreader, offset, deleted in self.segments:
            p = read_postings(segreader, field, btext, values)
            if p is None:
                continue
            ids, ws, pl = p.ids, p.weights, p.values
            if deleted:
                keep = np.flatnonzero(self.live[ids + offset])
                if len(keep) < len(ids):
                    ids, ws = ids[keep], ws[keep]
                    pl = pl.take(keep) if pl is not None else None
            docs.append(ids + offset if offset else ids)
            weights.append(ws)
            if pl is not None:
                positions.append(pl)
        if not docs:
            return Term(_NO_DOCS, np.zeros(0, dtype=np.float32), None)
        pos = PosList.concat(positions) if values and positions and len(positions) == len(docs) else None
        if len(docs) == 1:
            return Term(docs[0], weights[0], pos)
        return Term(np.concatenate(docs), np.concatenate(weights), pos)


def _pread_get(structfile) -> bool:
    """Make `structfile.get` thread-safe; False if it cannot be."""
    if isinstance(structfile, BufferFile):
        return True  # slices an in-memory buffer
    raw = getattr(structfile, "file", None)
    if type(structfile) is not StructFile or not isinstance(raw, (io.BufferedReader, io.FileIO)):
        return False  # e.g. a sub-file of a compound segment
    fd = raw.fileno()
    structfile.get = lambda position, length: os.pread(fd, length, position)
    return True


def present(sorted_values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """The elements of `wanted` that occur in `sorted_values` (in the order
    of `wanted`), by binary search."""
    if not len(sorted_values) or not len(wanted):
        return wanted[:0]
    i = np.searchsorted(sorted_values, wanted)
    np.minimum(i, len(sorted_values) - 1, out=i)
    return wanted[sorted_values[i] == wanted]


def _distinct_sorted(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of a sorted array and how often each occurs."""
    if not len(a):
        return a, np.zeros(0, dtype=np.int64)
    first = np.empty(len(a), dtype=bool)
    first[0] = True
    np.not_equal(a[1:], a[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(a)))
    return a[starts], counts


class Evaluator:
    """Evaluates one parsed query against a Snapshot."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self._cache: dict[tuple[str, str, bool], Term] = {}

    def _postings(self, field: str, term: str, values: bool) -> Term:
        key = (field, term, values)
        p = self._cache.get(key)
        if p is None and not values:
            p = self._cache.get((field, term, True))
        if p is None:
            p = self._cache[key] = self.snap.postings(field, term, values)
        return p

    # -- atoms ----------------------------------------------------------------

    def match_run(self, field: str, run: tuple[str, ...], within: np.ndarray | None = None) -> Scored:
        """Documents holding one run of units in `field` (within the mask
        `within`, if given), with the number of occurrences."""
        if len(run) == 1:
            t = self._postings(field + "1", run[0], False)
        else:
            bgs = bigrams(run)
            if len(bgs) > 1:
                return self._phrase(field, bgs, within)
            t = self._postings(field, bgs[0], False)
        if within is None:
            return Scored(t.docs, t.weights.astype(np.float64))
        keep = within[t.docs]
        return Scored(t.docs[keep], t.weights[keep].astype(np.float64))

    def _phrase(self, field: str, bgs: list[str], within: np.ndarray | None) -> Scored:
        terms: dict[str, Term] = {}
        for bg in dict.fromkeys(bgs):
            t = self._postings(field, bg, True)
            if not len(t.docs) or t.positions is None:
                return EMPTY
            terms[bg] = t
        # Candidates: documents holding every bigram, rarest list first.
        lists = sorted(terms.values(), key=lambda t: len(t.docs))
        cand = lists[0].docs if within is None else lists[0].docs[within[lists[0].docs]]
        for t in lists[1:]:
            cand = present(t.docs, cand)
            if not len(cand):
                return EMPTY
        # Positions of a covering subset of bigrams (offsets 0, 2, 4.. and
        # the last) must line up: run breaks leave a gap position, so they
        # can only line up inside one unbroken run. Each position becomes
        # the key docnum·2¹⁶ + position − offset; keys in every bigram's set
        # are phrase starts. Positions stay below 65,000 and query offsets
        # below 500, so keys of different documents never collide. Keys come
        # out sorted (docnums and positions increase), so they intersect by
        # binary search, and documents that lose all starts drop out early.
        m = len(bgs) - 1
        starts: np.ndarray | None = None
        per_doc = cand
        for k in sorted(set(range(0, m + 1, 2)) | {m}):
            t = terms[bgs[k]]
            gather, counts = ragged(t.positions.ends, np.searchsorted(t.docs, cand))
            keys = (np.repeat(cand << 16, counts) - k) + t.positions.pos[gather]
            starts = keys if starts is None else present(keys, starts)
            if not len(starts):
                return EMPTY
            cand, per_doc = _distinct_sorted(starts >> 16)
        return Scored(cand, per_doc.astype(np.float64))

    def _df_bound(self, atom: Atom) -> int:
        """Upper bound of an atom's document frequency from its terms' (exact
        for one unigram or one bigram). Positions are read along when the
        run is a phrase, since matching it will need them anyway."""
        dfs = []
        for run in atom.runs:
            if len(run) == 1:
                dfs.append(len(self._postings(atom.field + "1", run[0], False).docs))
            else:
                bgs = bigrams(run)
                phrase = len(bgs) > 1
                dfs.append(min(len(self._postings(atom.field, bg, phrase).docs) for bg in bgs))
        return min(dfs) if dfs else 0

    def _cost(self, node: Node) -> int:
        """Upper bound of a node's hits, to evaluate AND operands rarest first."""
        if isinstance(node, Atom):
            return self._df_bound(node)
        if isinstance(node, And):
            pos = [c for c in node.children if not isinstance(c, Not)]
            return min(map(self._cost, pos)) if pos else self.snap.doc_count
        if isinstance(node, Or):
            return sum(map(self._cost, node.children))
        return self.snap.doc_count

    def match_atom(self, atom: Atom, within: np.ndarray | None = None) -> Scored:
        """Documents matching an atom, with occurrences; a word with
        punctuation inside is several runs, all required (each run's count
        is summed)."""
        result: Scored | None = None
        for run in atom.runs:
            if result is None:
                result = self.match_run(atom.field, run, within)
            else:
                m = self.match_run(atom.field, run, self.snap.mask(result.docs))
                before = result.scores[np.searchsorted(result.docs, m.docs)]
                result = Scored(m.docs, before + m.scores)
            if not len(result.docs):
                return EMPTY
        return result or EMPTY

    def score_atom(self, atom: Atom, within: np.ndarray | None = None) -> Scored:
        """BM25F score of the documents matching one atom, within `within`.
        The df is its terms' (a phrase's: its rarest bigram's), never the
        count of documents matched: an atom is often matched only within
        other operands' hits or a filter, and a document's score must not
        depend on which, nor on the order AND operands are evaluated in."""
        docs, tf = self.match_atom(atom, within)
        if not len(docs):
            return EMPTY
        snap = self.snap
        n = snap.doc_count or 1
        df = max(1, self._df_bound(atom))
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        if atom.field == "all":
            x = tf * snap.norm["all"][docs]
            # Boosted fields: only documents that already match can gain.
            matched = snap.mask(docs)
            for f in ("title", "place"):
                fdocs, ftf = self.match_atom(Atom(f, atom.text, atom.runs), within=matched)
                if len(fdocs):
                    x[np.searchsorted(docs, fdocs)] += ftf * FIELD_WEIGHTS[f] * snap.norm[f][fdocs]
        else:
            norm = snap.norm.get(atom.field)
            x = tf * norm[docs] if norm is not None else tf.copy()
            w = FIELD_WEIGHTS.get(atom.field, 1.0)
            if w != 1.0:
                x *= w
        return Scored(docs, x / (x + K1) * (idf * (K1 + 1)))

    # -- boolean structure ----------------------------------------------------

    def evaluate(self, node: Node, within: np.ndarray | None = None) -> Scored:
        """The documents matching `node` (only those in the mask `within`,
        if given), with their scores."""
        if isinstance(node, Atom):
            return self.score_atom(node, within)
        if isinstance(node, AllDocs):
            live = self.snap.live_docs
            docs = live if within is None else live[within[live]]
            return Scored(docs, np.zeros(len(docs)))
        if isinstance(node, And):
            return self._evaluate_and(node, within)
        if isinstance(node, Or):
            total = np.zeros(self.snap.n)
            hit = np.zeros(self.snap.n, dtype=bool)
            for c in node.children:
                r = self.evaluate(c, within)
                total[r.docs] += r.scores
                hit[r.docs] = True
            docs = np.flatnonzero(hit)
            return Scored(docs, total[docs])
        if isinstance(node, Not):
            return self.evaluate(And([node]), within)
        raise TypeError(f"unknown query node {node!r}")

    def _evaluate_and(self, node: And, within: np.ndarray | None) -> Scored:
        pos = [c for c in node.children if not isinstance(c, Not)]
        neg = [c.child for c in node.children if isinstance(c, Not)]
        result = self._intersect(pos, within) if pos else self.evaluate(AllDocs(), within)
        for c in neg:
            if not len(result.docs):
                break
            excluded = self.evaluate(c, within=self.snap.mask(result.docs))
            if len(excluded.docs):
                keep = ~self.snap.mask(excluded.docs)[result.docs]
                result = Scored(result.docs[keep], result.scores[keep])
        return result

    def _intersect(self, pos: list[Node], within: np.ndarray | None) -> Scored:
        """Documents matching every node of `pos`, summed scores. The rarest
        operand is evaluated first and each next one only within the hits so
        far; scores are then summed in the query's order, so the floating
        point result is the same whatever order the operands ran in."""
        order = sorted(range(len(pos)), key=lambda i: self._cost(pos[i]))
        parts: list[Scored] = [EMPTY] * len(pos)
        hits = within
        r = EMPTY
        for i in order:
            r = self.evaluate(pos[i], hits)
            if not len(r.docs):
                return EMPTY
            parts[i] = r
            hits = self.snap.mask(r.docs)  # later results are subsets of this
        docs = r.docs
        total = None
        for p in parts:
            s = p.scores if len(p.docs) == len(docs) else p.scores[np.searchsorted(p.docs, docs)]
            total = s if total is None else total + s
        return Scored(docs, total)

    def exact_docs(self, phrase_runs: tuple[tuple[str, ...], ...], within: np.ndarray | None) -> np.ndarray:
        """Documents holding the whole query text as one phrase."""
        return self.match_atom(Atom("all", "", phrase_runs), within=within).docs


def facet_counts(snap: Snapshot, docs: np.ndarray, limit: int = 50) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet value over `docs` (live docnums), most common
    first, equal counts by value."""
    out: dict[str, list[tuple[str, int]]] = {}
    for key in FACET_KEYS:
        col = snap.columns[key]
        out[key] = _most_common(np.bincount(col.codes[docs], minlength=len(col.values)), col.values, limit)
    in_docs = snap.mask(docs)[snap.author_doc]
    per_author = np.bincount(snap.author_code[in_docs], minlength=len(snap.author_values))
    out["author"] = _most_common(per_author, snap.author_values, limit)
    return out


def _most_common(counts: np.ndarray, values: list[str], limit: int) -> list[tuple[str, int]]:
    """The `limit` most common values (none empty); ties by value, so the
    list does not depend on the order the hits came in."""
    codes = np.flatnonzero(counts)
    if len(codes) > limit:
        floor = np.partition(counts[codes], len(codes) - limit)[len(codes) - limit]
        codes = codes[counts[codes] >= floor]
    items = [(values[c], int(counts[c])) for c in codes.tolist() if values[c]]
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items[:limit]


def filter_mask(snap: Snapshot, filters: dict[str, str]) -> np.ndarray:
    """Live documents with every facet value in `filters` (none: all)."""
    mask = snap.live.copy()  # the facet masks include deleted documents
    for key, value in filters.items():
        if value is None or value == "":
            continue
        mask &= snap.facet_mask(key, value)
    return mask


def rank(snap: Snapshot, result: Scored, k: int, sort: str) -> np.ndarray:
    """Indices into `result` of its first k documents: by score then page
    order (newest first), or by page order alone; docnum breaks ties."""
    docs, scores = result
    if not len(docs) or k <= 0:
        return np.zeros(0, dtype=np.int64)
    order = snap.order[docs]
    if sort == "order":
        primary = -order
    elif sort == "order_asc":
        primary = order
    else:
        primary = -scores
    cand = np.arange(len(docs))
    if len(docs) > k:
        # Everything at least as good as the k-th best, then sorted exactly.
        kth = np.partition(primary, k - 1)[k - 1]
        cand = np.flatnonzero(primary <= kth)
    if sort == "relevance":
        by = np.lexsort((docs[cand], -order[cand], primary[cand]))
    else:
        by = np.lexsort((docs[cand], primary[cand]))
    return cand[by][:k]
