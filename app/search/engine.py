"""Query evaluation: set-at-a-time over whole posting lists.

Whoosh evaluates a query document-at-a-time through a tree of matcher
objects: several Python calls per posting per query node. Here each term's
posting list is read whole (app.search.postings), docnums are intersected
with C-level set operations, positions are checked only for documents that
hold every bigram of a phrase, and BM25F is computed with ``map`` over
arrays. Total counts and facets need every hit anyway, so nothing is lost by
not stopping early.

What is evaluated is kept small instead: filters are applied first and the
query is matched only within their documents; the operands of an AND run
rarest first (by their terms' document frequencies), each only within the
hits so far, where few wanted documents are looked up in a long posting
list by binary search. So that this changes no score, an atom's df is
always its terms' (a phrase's: its rarest bigram's, an upper bound), never
the number of documents it happened to be matched in, and AND scores are
summed in the query's order.

A :class:`Snapshot` is one opened state of the index plus the per-document
arrays (article id, page order, field lengths, facet values) the search
needs, loaded once per segment and reused while the segment lives.
"""

from __future__ import annotations

import heapq
import io
import math
from bisect import bisect_left
import os
import threading
from contextlib import nullcontext
from collections import Counter, OrderedDict
from itertools import chain, compress, repeat
from operator import add, ge, mul, rshift, sub, truediv
from typing import Iterable

from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.reading import MultiReader

from .analysis import POSITION_TYPE, bigrams
from .postings import PosList, read_postings
from .querylang import AllDocs, And, Atom, Node, Not, Or
from .schema import META, decode_facets

K1 = 1.2
B = 0.75
# BM25F field weights: a hit in the headline or in a place name counts more.
FIELD_WEIGHTS = {"all": 1.0, "title": 3.0, "place": 2.0}
EXACT_BONUS = 1e6  # whole query as one phrase: ranked above scattered parts
# Decoded posting lists kept per snapshot (estimated Python object sizes).
POSTINGS_CACHE_BYTES = 160 * 2**20


class SegmentData:
    """Per-document arrays of one segment (immutable, so cached by id)."""

    __slots__ = ("aid", "order", "lens", "city", "county", "town", "kind", "authors", "sig_reader")

    def __init__(self, segreader) -> None:
        n = segreader.doc_count_all()
        metas = _fixed_column(segreader, "meta", META.size, n)
        rows = list(META.iter_unpack(metas)) if metas else [(0, 0, 0, 0, 0)] * n
        self.aid = [r[0] for r in rows]
        self.order = [r[1] for r in rows]
        self.lens = {
            "all": [r[2] for r in rows],
            "title": [r[3] for r in rows],
            "place": [r[4] for r in rows],
        }
        facets = [decode_facets(b) if b else ("", "", "", "", ()) for b in _var_column(segreader, "facets", n)]
        self.city = [f[0] for f in facets]
        self.county = [f[1] for f in facets]
        self.town = [f[2] for f in facets]
        self.kind = [f[3] for f in facets]
        self.authors = [f[4] for f in facets]


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
        self._pcache: OrderedDict[tuple, tuple] = OrderedDict()
        self._psizes: dict[tuple, int] = {}
        self._psize = 0
        self._plock = threading.Lock()
        self._facet_docs: dict[str, dict[str, frozenset[int]]] = {}
        self.segments: list[tuple[object, int, set[int] | None]] = []
        self.aid: list[int] = []
        self.order: list[int] = []
        self.lens: dict[str, list[int]] = {"all": [], "title": [], "place": []}
        self.city: list[str] = []
        self.county: list[str] = []
        self.town: list[str] = []
        self.kind: list[str] = []
        self.authors: list[tuple[str, ...]] = []
        live: list[int] = []
        new_cache: dict[str, SegmentData] = {}
        for segreader, offset in leaves:
            segid = segreader.segment().segment_id()
            data = seg_cache.get(segid) or SegmentData(segreader)
            new_cache[segid] = data
            deleted = set(segreader.deleted_docs_set) if segreader.has_deletions() else None
            self.segments.append((segreader, offset, deleted))
            n = segreader.doc_count_all()
            assert len(self.aid) == offset
            self.aid.extend(data.aid)
            self.order.extend(data.order)
            for f in self.lens:
                self.lens[f].extend(data.lens[f])
            self.city.extend(data.city)
            self.county.extend(data.county)
            self.town.extend(data.town)
            self.kind.extend(data.kind)
            self.authors.extend(data.authors)
            live.extend(d + offset for d in range(n) if not deleted or d not in deleted)
        self.seg_cache = new_cache
        # One small int per document for its (city, county, town, kind), so
        # facets over a large hit set take one Counter pass, not four.
        codes: dict[tuple[str, str, str, str], int] = {}
        self.combo = [codes.setdefault(t, len(codes)) for t in zip(self.city, self.county, self.town, self.kind)]
        self.combo_values = list(codes)
        self.live = live
        # Facets of a query that matches most of the archive are counted
        # over the documents it does not match (see facet_counts).
        self.live_set = set(live)
        self.combo_total = Counter(map(self.combo.__getitem__, live))
        self.author_total = Counter(chain.from_iterable(map(self.authors.__getitem__, live)))
        self.doc_count = len(live)
        # article id -> docnum (live documents only)
        self.by_id = {self.aid[d]: d for d in live}
        # BM25 length normalisation per document and field, computed once.
        self.norm: dict[str, list[float]] = {}
        for f, lens in self.lens.items():
            livelens = [lens[d] for d in live]
            avg = (sum(livelens) / len(livelens)) if livelens else 1.0
            avg = avg or 1.0
            self.norm[f] = [1.0 / (1 - B + B * ln / avg) for ln in lens]

    def facet_docs(self, key: str, value: str) -> frozenset[int]:
        """Live docnums whose facet `key` is (for authors: includes) `value`.
        The first filter on a key groups all documents by that key in one
        pass; later filters on any value of it are a lookup."""
        groups = self._facet_docs.get(key)
        if groups is None:
            groups = self._group_by(key)
            with self._plock:
                self._facet_docs[key] = groups
        return groups.get(value, frozenset())

    def _group_by(self, key: str) -> dict[str, frozenset[int]]:
        lists: dict[str, list[int]] = {}
        if key == "author":
            for d in self.live:
                for a in self.authors[d]:
                    lists.setdefault(a, []).append(d)
        else:
            col = {"city": self.city, "county": self.county, "town": self.town, "kind": self.kind}.get(key)
            if col is None:
                raise KeyError(key)
            for d in self.live:
                lists.setdefault(col[d], []).append(d)
        return {v: frozenset(ds) for v, ds in lists.items()}

    def close(self) -> None:
        try:
            self.reader.close()
        except Exception:  # closing twice or after the files went away
            pass

    # -- postings -----------------------------------------------------------

    def postings(self, field: str, term: str, values: bool) -> tuple[list[int], list[float], PosList | None]:
        """A term's live postings, global docnums, from a per-snapshot LRU:
        common bigrams (工作, 发展) recur across queries, and reading and
        decoding their blocks is the largest part of a slow query. The
        lists are never changed by their users, so threads share them."""
        key = (field, term, values)
        with self._plock:
            p = self._pcache.get(key)
            if p is None and not values:
                p = self._pcache.get((field, term, True))
            if p is not None:
                self._pcache.move_to_end(key if key in self._pcache else (field, term, True))
                return p
        p = self._read_postings(field, term, values)
        size = 100 * len(p[0]) + (len(p[2].blob) + 40 * len(p[2].ends) if p[2] is not None else 0)
        if size <= POSTINGS_CACHE_BYTES // 8:
            with self._plock:
                if key not in self._pcache:
                    self._pcache[key] = p
                    self._psize += size
                    self._psizes[key] = size
                    while self._psize > POSTINGS_CACHE_BYTES:
                        old, _ = self._pcache.popitem(last=False)
                        self._psize -= self._psizes.pop(old)
        return p

    def _read_postings(self, field: str, term: str, values: bool):
        """A term's live postings over all segments, global docnums."""
        btext = term.encode("utf-8")
        docs: list[int] = []
        weights: list[float] = []
        blobs: list[bytes] = []
        ends: list[int] = []
        total = 0
        for segreader, offset, deleted in self.segments:
            p = read_postings(segreader, field, btext, values)
            if p is None:
                continue
            ids, ws, pl = p.ids, p.weights, p.values
            if deleted:
                keep = [i for i, d in enumerate(ids) if d not in deleted]
                ids = [ids[i] for i in keep]
                ws = [ws[i] for i in keep]
                if pl is not None:
                    pl = PosList.from_values(pl.raw(i) for i in keep)
            docs.extend(map(add, ids, repeat(offset)) if offset else ids)
            weights.extend(ws)
            if values and pl is not None and pl.ends:
                blobs.append(pl.blob)
                ends.extend(map(add, pl.ends, repeat(total)) if total else pl.ends)
                total = ends[-1]
        return docs, weights, (PosList(b"".join(blobs), ends) if values else None)


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


# A binary search costs about as much as walking this many list items, so
# below len(list) / _BISECT_RATIO wanted documents it is the cheaper way.
_BISECT_RATIO = 16


def _present(docs: list[int], wanted: list[int]) -> list[int]:
    """The wanted docnums that occur in the sorted list `docs`."""
    n = len(docs)
    return [d for d, i in zip(wanted, map(bisect_left, repeat(docs), wanted)) if i < n and docs[i] == d]


def _restrict(docs: list[int], ws: list[float], within) -> dict[int, float]:
    """docnum -> weight of one posting list, limited to `within` (None: all).
    A later AND operand is limited to the few hits of the earlier ones:
    then looking those up beats filtering the whole list."""
    if within is None:
        return dict(zip(docs, ws))
    if len(within) * _BISECT_RATIO < len(docs):
        wanted = sorted(within)  # keep docnum order, as the full walk does
        n = len(docs)
        out = {}
        for d, i in zip(wanted, map(bisect_left, repeat(docs), wanted)):
            if i < n and docs[i] == d:
                out[d] = ws[i]
        return out
    # A mask computed in C (membership of each docnum) picks the postings.
    return dict(compress(zip(docs, ws), map(within.__contains__, docs)))


def _candidates(lists: list[list[int]], within) -> set[int]:
    """Docnums in every one of `lists` (rarest first) and in `within`."""
    if within is not None and len(within) * _BISECT_RATIO < len(lists[0]):
        cand = set(_present(lists[0], list(within)))
    else:
        cand = set(lists[0])
        if within is not None:
            cand.intersection_update(within)
    for docs in lists[1:]:
        if not cand:
            break
        if len(cand) * _BISECT_RATIO < len(docs):
            cand = set(_present(docs, list(cand)))
        else:
            cand.intersection_update(docs)
    return cand


def _add_scores(result: dict[int, float], r: dict[int, float]) -> None:
    """result += r, document by document, with dict operations in C: the
    branches of an OR can each match most of the archive."""
    both = list(r.keys() & result.keys())
    sums = list(map(add, map(result.__getitem__, both), map(r.__getitem__, both)))
    result.update(r)
    result.update(zip(both, sums))


class Evaluator:
    """Evaluates one parsed query against a Snapshot."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self._cache: dict[tuple[str, str, bool], tuple] = {}

    def _postings(self, field: str, term: str, values: bool):
        key = (field, term, values)
        p = self._cache.get(key)
        if p is None and not values:
            p = self._cache.get((field, term, True))
        if p is None:
            p = self._cache[key] = self.snap.postings(field, term, values)
        return p

    # -- atoms ----------------------------------------------------------------

    def match_run(self, field: str, run: tuple[str, ...], within: set[int] | dict | None = None) -> dict[int, float]:
        """docnum -> occurrences of one run of units in `field`."""
        if len(run) == 1:
            docs, ws, _ = self._postings(field + "1", run[0], False)
            return _restrict(docs, ws, within)
        bgs = bigrams(run)
        if len(bgs) == 1:
            docs, ws, _ = self._postings(field, bgs[0], False)
            return _restrict(docs, ws, within)
        return self._phrase(field, bgs, within)

    def _phrase(self, field: str, bgs: list[str], within) -> dict[int, float]:
        lists = []
        for bg in dict.fromkeys(bgs):
            docs, _ws, pl = self._postings(field, bg, True)
            if not docs or pl is None:
                return {}
            lists.append((bg, docs, pl))
        lists.sort(key=lambda t: len(t[1]))
        cand = _candidates([docs for _bg, docs, _pl in lists], within)
        if not cand:
            return {}
        # Check positions for a covering subset of bigrams: offsets 0, 2, 4..
        # and the last one. Run breaks leave a gap position, so bigrams at
        # these offsets can only line up inside one unbroken run.
        m = len(bgs) - 1
        offsets = sorted(set(range(0, m + 1, 2)) | {m})
        by_bg = {bg: (docs, pl) for bg, docs, pl in lists}
        cover = [(k, *by_bg[bgs[k]]) for k in offsets]
        # Per document, each candidate's positions are found by binary search
        # and compared directly; that was faster than the all-positions keys
        # unless bigrams hardly repeat within a document (measured at 100k:
        # 2.9 positions per candidate, 30 against 39 ms).
        n_positions = sum(pl.ends[-1] for _k, _d, pl in cover)
        if n_positions < 2 * len(cand):
            return self._phrase_keys(cover, cand)
        return self._phrase_per_doc(cover, cand)

    @staticmethod
    def _phrase_keys(cover, cand: set[int]) -> dict[int, float]:
        """Many candidates: every position of every cover bigram becomes the
        key docnum·2¹⁶ + position − offset, built with map() in C; keys in
        all sets are phrase starts. Positions stay below 65,000 and query
        offsets below 500, so keys of different documents never collide."""
        # Only the bigram with fewest positions becomes a set; the others'
        # keys stream through set.intersection(), which tests them one by one
        # in C instead of building (and growing) a set of each.
        cover = sorted(cover, key=lambda t: t[2].ends[-1])
        starts: set[int] | None = None
        for k, docs, pl in cover:
            base = map(add, map(mul, docs, repeat(1 << 16)), repeat(-k))
            if pl.ends[-1] == len(docs):  # once in every document: no repeats
                per_position = base
            else:
                per_position = chain.from_iterable(map(repeat, base, pl.counts()))
            keys = map(add, per_position, memoryview(pl.blob).cast(POSITION_TYPE))
            starts = set(keys) if starts is None else starts.intersection(keys)
            if not starts:
                return {}
        counts = Counter(map(rshift, starts, repeat(16)))
        return {d: float(c) for d, c in counts.items() if d in cand}

    @staticmethod
    def _phrase_per_doc(cover, cand: set[int]) -> dict[int, float]:
        """Few candidates: intersect position sets document by document
        (most bigrams occur once in a document: then it is one comparison)."""
        maps = []
        for k, docs, pl in cover:
            if len(docs) > 4 * len(cand):
                # Few candidates in a long list: find each by binary search
                # instead of walking the list (every candidate is present).
                idx = dict(zip(cand, map(bisect_left, repeat(docs), cand)))
            else:
                idx = dict(zip(docs, range(len(docs))))
            maps.append((k, idx, pl.ends, memoryview(pl.blob).cast(POSITION_TYPE)))
        maps.sort(key=lambda t: len(t[1]))
        out: dict[int, float] = {}
        for d in cand:
            starts: set[int] | int | None = None
            for k, idx, ends, pos in maps:
                i = idx[d]
                s, e = (ends[i - 1] if i else 0), ends[i]
                if e - s == 1:
                    p = pos[s] - k
                    if starts is None:
                        starts = p
                    elif isinstance(starts, int):
                        if starts != p:
                            starts = None
                            break
                    elif p in starts:
                        starts = p
                    else:
                        starts = None
                        break
                else:
                    ps = set(map(sub, pos[s:e], repeat(k)))
                    if starts is None:
                        starts = ps
                    elif isinstance(starts, int):
                        if starts not in ps:
                            starts = None
                            break
                    else:
                        starts &= ps
                        if not starts:
                            starts = None
                            break
            if starts is not None:
                out[d] = 1.0 if isinstance(starts, int) else float(len(starts))
        return out

    def _df_bound(self, atom: Atom) -> int:
        """Upper bound of an atom's document frequency from its terms' (exact
        for one unigram or one bigram). Positions are read along when the
        run is a phrase, since matching it will need them anyway."""
        dfs = []
        for run in atom.runs:
            if len(run) == 1:
                dfs.append(len(self._postings(atom.field + "1", run[0], False)[0]))
            else:
                bgs = bigrams(run)
                phrase = len(bgs) > 1
                dfs.append(min(len(self._postings(atom.field, bg, phrase)[0]) for bg in bgs))
        return min(dfs) if dfs else 0

    def _df_estimate(self, atom: Atom) -> int:
        return max(1, self._df_bound(atom))

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

    def match_atom(self, atom: Atom, within=None) -> dict[int, float]:
        """docnum -> occurrences; a word with punctuation inside is several
        runs, all required (each run's count is summed)."""
        result: dict[int, float] | None = None
        for run in atom.runs:
            m = self.match_run(atom.field, run, within if result is None else result)
            if result is None:
                result = m
            else:
                result = {d: result[d] + c for d, c in m.items() if d in result}
            if not result:
                return {}
        return result or {}

    def score_atom(self, atom: Atom, within=None) -> dict[int, float]:
        """BM25F score of the documents matching one atom, within `within`.
        The df is its terms' (a phrase's: its rarest bigram's), never the
        count of documents matched: an atom is often matched only within
        other operands' hits or a filter, and a document's score must not
        depend on which, nor on the order AND operands are evaluated in."""
        tf = self.match_atom(atom, within)
        if not tf:
            return {}
        snap = self.snap
        n = snap.doc_count or 1
        df = self._df_estimate(atom)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        docs = list(tf)
        if atom.field == "all":
            x = dict(zip(docs, map(mul, tf.values(), map(snap.norm["all"].__getitem__, docs))))
            # Boosted fields: only documents that already match can gain.
            for f in ("title", "place"):
                sub_atom = Atom(f, atom.text, atom.runs)
                tf_f = self.match_atom(sub_atom, within=tf)
                if tf_f:
                    keys = list(tf_f)
                    adds = map(mul, map(mul, tf_f.values(), repeat(FIELD_WEIGHTS[f])),
                               map(snap.norm[f].__getitem__, keys))
                    x.update(zip(keys, map(add, map(x.__getitem__, keys), adds)))
            xs = list(x.values())
        else:
            norm = snap.norm.get(atom.field)
            w = FIELD_WEIGHTS.get(atom.field, 1.0)
            if norm is not None:
                xs = list(map(mul, tf.values(), map(norm.__getitem__, docs)))
            else:
                xs = list(tf.values())
            if w != 1.0:
                xs = [v * w for v in xs]
        # idf * x * (k1 + 1) / (k1 + x), in C.
        c = idf * (K1 + 1)
        scores = map(mul, map(truediv, xs, map(add, xs, repeat(K1))), repeat(c))
        return dict(zip(docs, scores))

    # -- boolean structure ----------------------------------------------------

    def evaluate(self, node: Node, within=None) -> dict[int, float]:
        """docnum -> score of the documents matching `node` (only those in
        `within`, if given)."""
        if isinstance(node, Atom):
            return self.score_atom(node, within)
        if isinstance(node, AllDocs):
            live = self.snap.live if within is None else [d for d in self.snap.live if d in within]
            return dict.fromkeys(live, 0.0)
        if isinstance(node, And):
            return self._evaluate_and(node, within)
        if isinstance(node, Or):
            result: dict[int, float] = {}
            for c in node.children:
                _add_scores(result, self.evaluate(c, within))
            return result
        if isinstance(node, Not):
            return self.evaluate(And([node]), within)
        raise TypeError(f"unknown query node {node!r}")

    def _evaluate_and(self, node: And, within) -> dict[int, float]:
        pos = [c for c in node.children if not isinstance(c, Not)]
        neg = [c.child for c in node.children if isinstance(c, Not)]
        if not pos:
            result = self.evaluate(AllDocs(), within)
        else:
            result = self._intersect(pos, within)
        for c in neg:
            if not result:
                break
            excl = self.evaluate(c, within=result)
            if excl:
                result = {d: s for d, s in result.items() if d not in excl}
        return result

    def _intersect(self, pos: list[Node], within) -> dict[int, float]:
        """Documents matching every node of `pos`, summed scores. The rarest
        operand is evaluated first and each next one only within the hits so
        far; scores are then summed in the query's order, so the floating
        point result is the same whatever order the operands ran in."""
        order = sorted(range(len(pos)), key=lambda i: self._cost(pos[i]))
        parts: list[dict[int, float] | None] = [None] * len(pos)
        hits = within
        for i in order:
            r = self.evaluate(pos[i], hits)
            if not r:
                return {}
            parts[i] = r
            hits = r  # evaluation within `hits` returns a subset of it
        first = parts[0]
        result = {d: first[d] for d in hits}
        for r in parts[1:]:
            result = {d: s + r[d] for d, s in result.items()}
        return result

    def exact_docs(self, phrase_runs: tuple[tuple[str, ...], ...], within) -> set[int]:
        """Documents holding the whole query text as one phrase."""
        return set(self.match_atom(Atom("all", "", phrase_runs), within=within))


def facet_counts(snap: Snapshot, docs: Iterable[int], limit: int = 50) -> dict[str, list[tuple[str, int]]]:
    """Counts of each facet value over `docs` (live docnums), most common
    first, equal counts by value."""
    docs = docs if isinstance(docs, list) else list(docs)
    if len(docs) * 2 > snap.doc_count:
        # Most of the archive (a common character): count the documents
        # that do not match and subtract them from the archive's totals.
        rest = list(snap.live_set.difference(docs))
        per_combo = snap.combo_total - Counter(map(snap.combo.__getitem__, rest))
        per_author = snap.author_total - Counter(chain.from_iterable(map(snap.authors.__getitem__, rest)))
    else:
        per_combo = Counter(map(snap.combo.__getitem__, docs))
        per_author = Counter(chain.from_iterable(map(snap.authors.__getitem__, docs)))
    counters: list[Counter] = [Counter(), Counter(), Counter(), Counter()]
    values = snap.combo_values
    for code, n in per_combo.items():
        for c, v in zip(counters, values[code]):
            c[v] += n
    out: dict[str, list[tuple[str, int]]] = {}
    for name, c in zip(("city", "county", "town", "kind"), counters):
        c.pop("", None)
        out[name] = _most_common(c, limit)
    out["author"] = _most_common(per_author, limit)
    return out


def _most_common(c: Counter, limit: int) -> list[tuple[str, int]]:
    """The `limit` most common values; ties by value, so the list does not
    depend on the order the hits came in."""
    if len(c) > limit:
        floor = heapq.nlargest(limit, c.values())[-1]  # ints only: cheap
        items = [kv for kv in c.items() if kv[1] >= floor]
    else:
        items = list(c.items())
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items[:limit]


def filter_set(snap: Snapshot, filters: dict[str, str]) -> set[int]:
    """Live docnums with every facet value in `filters` (none: all)."""
    docs: set[int] | None = None
    for key, value in filters.items():
        if value is None or value == "":
            continue
        match = snap.facet_docs(key, value)
        docs = set(match) if docs is None else docs & match
    return set(snap.live_set) if docs is None else docs


def filter_docs(snap: Snapshot, scores: dict[int, float], filters: dict[str, str]) -> dict[int, float]:
    keep = filter_set(snap, filters)
    return {d: s for d, s in scores.items() if d in keep}


def rank(snap: Snapshot, scores: dict[int, float], k: int, sort: str) -> list[int]:
    """The first k docnums: by score then page order (newest first), or by
    page order alone."""
    order = snap.order
    if sort == "order":
        return sorted(scores, key=order.__getitem__, reverse=True)[:k] if len(scores) < 4 * k else \
            _nlargest_by(scores.keys(), k, order.__getitem__)
    if sort == "order_asc":
        return sorted(scores, key=order.__getitem__)[:k]
    if len(scores) <= k:
        return sorted(scores, key=lambda d: (scores[d], order[d]), reverse=True)
    # k-th best score, then everything at least that good, sorted exactly.
    top = heapq.nlargest(k, scores.values())
    threshold = top[-1]
    best = list(compress(scores.keys(), map(ge, scores.values(), repeat(threshold))))
    best.sort(key=lambda d: (scores[d], order[d]), reverse=True)
    return best[:k]


def _nlargest_by(keys, k: int, key) -> list[int]:
    return heapq.nlargest(k, keys, key=key)
