"""Query evaluation: set-at-a-time over whole posting lists.

Whoosh evaluates a query document-at-a-time through a tree of matcher
objects: several Python calls per posting per query node. Here each term's
posting list is read whole (app.search.postings), docnums are intersected
with C-level set operations, positions are checked only for documents that
hold every bigram of a phrase, and BM25F is computed with ``map`` over
arrays. Total counts and facets need every hit anyway, so nothing is lost by
not stopping early.

A :class:`Snapshot` is one opened state of the index plus the per-document
arrays (article id, page order, field lengths, facet values) the search
needs, loaded once per segment and reused while the segment lives.
"""

from __future__ import annotations

import math
import threading
from array import array
from collections import Counter
from itertools import accumulate, chain, repeat
from operator import add, itemgetter, mul, sub, truediv
from typing import Iterable

from whoosh.reading import MultiReader

from .analysis import bigrams, unpack_positions
from .postings import read_postings
from .querylang import AllDocs, And, Atom, Node, Not, Or
from .schema import META, decode_facets

K1 = 1.2
B = 0.75
# BM25F field weights: a hit in the headline or in a place name counts more.
FIELD_WEIGHTS = {"all": 1.0, "title": 3.0, "place": 2.0}
EXACT_BONUS = 1e6  # whole query as one phrase: ranked above scattered parts


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
        self.lock = threading.Lock()  # Whoosh file objects seek+read: not thread-safe
        if isinstance(self.reader, MultiReader):
            leaves = self.reader.leaf_readers()
        else:
            leaves = [(self.reader, 0)]
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
        self.live = live
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

    def close(self) -> None:
        try:
            self.reader.close()
        except Exception:  # closing twice or after the files went away
            pass

    # -- postings -----------------------------------------------------------

    def postings(self, field: str, term: str, values: bool) -> tuple[list[int], list[float], list[bytes] | None]:
        """A term's live postings over all segments, global docnums."""
        btext = term.encode("utf-8")
        docs: list[int] = []
        weights: list[float] = []
        vals: list[bytes] | None = [] if values else None
        for segreader, offset, deleted in self.segments:
            p = read_postings(segreader, field, btext, values)
            if p is None:
                continue
            ids, ws, vs = p.ids, p.weights, p.values
            if deleted:
                keep = [i for i, d in enumerate(ids) if d not in deleted]
                ids = [ids[i] for i in keep]
                ws = [ws[i] for i in keep]
                vs = [vs[i] for i in keep] if vs is not None else None
            docs.extend(map(add, ids, repeat(offset)) if offset else ids)
            weights.extend(ws)
            if vals is not None and vs is not None:
                vals.extend(vs)
        return docs, weights, vals


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
            if within is not None:
                return {d: w for d, w in zip(docs, ws) if d in within}
            return dict(zip(docs, ws))
        bgs = bigrams(run)
        if len(bgs) == 1:
            docs, ws, _ = self._postings(field, bgs[0], False)
            if within is not None:
                return {d: w for d, w in zip(docs, ws) if d in within}
            return dict(zip(docs, ws))
        return self._phrase(field, bgs, within)

    def _phrase(self, field: str, bgs: list[str], within) -> dict[int, float]:
        lists = []
        for bg in dict.fromkeys(bgs):
            docs, _ws, vals = self._postings(field, bg, True)
            if not docs:
                return {}
            lists.append((bg, docs, vals))
        lists.sort(key=lambda t: len(t[1]))
        cand = set(lists[0][1])
        if within is not None:
            cand.intersection_update(within)
        for _bg, docs, _v in lists[1:]:
            if not cand:
                return {}
            cand.intersection_update(docs)
        if not cand:
            return {}
        # Check positions for a covering subset of bigrams: offsets 0, 2, 4..
        # and the last one. Run breaks leave a gap position, so bigrams at
        # these offsets can only line up inside one unbroken run.
        m = len(bgs) - 1
        offsets = sorted(set(range(0, m + 1, 2)) | {m})
        by_bg = {bg: (docs, vals) for bg, docs, vals in lists}
        pos_maps: list[tuple[int, dict[int, bytes]]] = []
        for k in offsets:
            docs, vals = by_bg[bgs[k]]
            if len(docs) > 4 * len(cand):
                pmap = {d: v for d, v in zip(docs, vals) if d in cand}
            else:
                pmap = dict(zip(docs, vals))
            pos_maps.append((k, pmap))
        # Start with the bigram that has the fewest positions overall.
        pos_maps.sort(key=lambda kp: sum(map(len, kp[1].values())) if len(kp[1]) < 64 else len(kp[1]))
        out: dict[int, float] = {}
        (k0, m0), rest = pos_maps[0], pos_maps[1:]
        for d in cand:
            starts = set(map(sub, unpack_positions(m0[d]), repeat(k0))) if k0 else set(unpack_positions(m0[d]))
            for k, pm in rest:
                starts.intersection_update(map(sub, unpack_positions(pm[d]), repeat(k)) if k else unpack_positions(pm[d]))
                if not starts:
                    break
            if starts:
                out[d] = float(len(starts))
        return out

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
        """BM25F score of the documents matching one atom."""
        tf = self.match_atom(atom, within)
        if not tf:
            return {}
        snap = self.snap
        n = snap.doc_count or 1
        df = len(tf)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        docs = list(tf)
        if atom.field == "all":
            x = dict(zip(docs, map(mul, tf.values(), map(snap.norm["all"].__getitem__, docs))))
            # Boosted fields: only documents that already match can gain.
            for f in ("title", "place"):
                sub_atom = Atom(f, atom.text, atom.runs)
                tf_f = self.match_atom(sub_atom, within=tf)
                if tf_f:
                    w = FIELD_WEIGHTS[f]
                    norm = snap.norm[f]
                    for d, c in tf_f.items():
                        x[d] += w * c * norm[d]
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
        if isinstance(node, Atom):
            return self.score_atom(node, within)
        if isinstance(node, AllDocs):
            live = self.snap.live if within is None else [d for d in self.snap.live if d in within]
            return dict.fromkeys(live, 0.0)
        if isinstance(node, And):
            pos = [c for c in node.children if not isinstance(c, Not)]
            neg = [c.child for c in node.children if isinstance(c, Not)]
            if not pos:
                result = self.evaluate(AllDocs(), within)
            else:
                # Cheapest first would need costs; atoms restrict the next.
                result = None
                for c in pos:
                    r = self.evaluate(c, within if result is None else result)
                    if result is None:
                        result = r
                    else:
                        result = {d: s + r[d] for d, s in result.items() if d in r}
                    if not result:
                        return {}
            for c in neg:
                if not result:
                    break
                excl = self.evaluate(c, within=result)
                if excl:
                    result = {d: s for d, s in result.items() if d not in excl}
            return result
        if isinstance(node, Or):
            result: dict[int, float] = {}
            for c in node.children:
                r = self.evaluate(c, within)
                for d, s in r.items():
                    result[d] = result.get(d, 0.0) + s
            return result
        if isinstance(node, Not):
            return self.evaluate(And([node]), within)
        raise TypeError(f"unknown query node {node!r}")

    def exact_docs(self, phrase_runs: tuple[tuple[str, ...], ...], within) -> set[int]:
        """Documents holding the whole query text as one phrase."""
        return set(self.match_atom(Atom("all", "", phrase_runs), within=within))


def facet_counts(snap: Snapshot, docs: Iterable[int], limit: int = 50) -> dict[str, list[tuple[str, int]]]:
    docs = docs if isinstance(docs, list) else list(docs)
    out: dict[str, list[tuple[str, int]]] = {}
    for name, col in (("city", snap.city), ("county", snap.county), ("town", snap.town), ("kind", snap.kind)):
        c = Counter(map(col.__getitem__, docs))
        c.pop("", None)
        out[name] = c.most_common(limit)
    ca = Counter(chain.from_iterable(map(snap.authors.__getitem__, docs)))
    out["author"] = ca.most_common(limit)
    return out


def filter_docs(snap: Snapshot, scores: dict[int, float], filters: dict[str, str]) -> dict[int, float]:
    for key, value in filters.items():
        if value is None or value == "":
            continue
        if key == "author":
            authors = snap.authors
            scores = {d: s for d, s in scores.items() if value in authors[d]}
        else:
            col = {"city": snap.city, "county": snap.county, "town": snap.town, "kind": snap.kind}.get(key)
            if col is None:
                raise KeyError(key)
            scores = {d: s for d, s in scores.items() if col[d] == value}
    return scores


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
    import heapq
    top = heapq.nlargest(k, scores.values())
    threshold = top[-1]
    best = [d for d, s in scores.items() if s >= threshold]
    best.sort(key=lambda d: (scores[d], order[d]), reverse=True)
    return best[:k]


def _nlargest_by(keys, k: int, key) -> list[int]:
    import heapq
    return heapq.nlargest(k, keys, key=key)
