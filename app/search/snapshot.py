"""A snapshot: one opened state of the index, with the arrays a search needs.

Opening a snapshot reads, once per segment and reused while the segment
lives, the per-document arrays every query needs — article id, page order
(and the page's day and id it holds, app.search.dates), BM25 length norms per
field, facet codes — and joins the segments' arrays
into one docnum space (deleted documents included, masked by ``live``).
A term's postings are read whole (app.search.postings) over every segment,
deleted documents dropped, and kept in an LRU: common bigrams recur across
queries. Nothing a search touches is changed after it is built, so searches
in several threads share one snapshot (see ``lock``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from contextlib import nullcontext
from typing import NamedTuple

import numpy as np
from whoosh.reading import EmptyReader, MultiReader

from .dates import Restriction, day_of, page_of
from .postings import PosList, SegmentPostings, Stored, decode
from .schema import EMPTY_FACETS, META, META_DTYPE, MULTI_FACETS, decode_facets, decode_sig
from .scoring import SCORED_FIELDS, length_norms
from .tally import Tallies
from .tokens import UNIT_BITS, WORD_BASE
from .whoosh_internals import fixed_column, segment_path, variable_column
from .writer import POSTINGS_EXT

# Decoded posting lists kept per snapshot (bytes of their arrays).
POSTINGS_CACHE_BYTES = 192 * 2**20
FACET_KEYS = ("city", "county", "town", "kind")
assert META_DTYPE.itemsize == META.size
NO_DOCS = np.zeros(0, dtype=np.int64)



def _unit(i: int, words: list[str]) -> str:
    """One unit of a stored bigram: a character below WORD_BASE, else a word of its segment's vocabulary."""
    return chr(i) if i < WORD_BASE else words[i - WORD_BASE]

class Term(NamedTuple):
    """A term's live postings over the whole snapshot (global docnums)."""

    docs: np.ndarray  # int64, increasing
    weights: np.ndarray  # float32 frequencies
    positions: PosList | None

    @property
    def nbytes(self) -> int:
        return self.docs.nbytes + self.weights.nbytes + (self.positions.nbytes if self.positions else 0)


class SegmentData:
    """Per-document arrays of one segment (immutable, so cached by id)."""

    __slots__ = ("aid", "order", "lens", "columns", "multi", "postings")

    def __init__(self, segreader) -> None:
        n = segreader.doc_count_all()
        self.postings = SegmentPostings(segment_path(segreader, POSTINGS_EXT))
        metas = fixed_column(segreader, "meta", META.size, n)
        rec = np.frombuffer(metas, dtype=META_DTYPE, count=n) if metas else np.zeros(n, dtype=META_DTYPE)
        self.aid = rec["aid"].astype(np.int64)
        self.order = rec["order"].astype(np.int64)
        self.lens = {f: rec[f].astype(np.float64) for f in SCORED_FIELDS}
        # (city, county, town, kind, authors, people) per document, decoded once and kept as value codes:
        # a tuple of strings per document would be most of a large archive's memory.
        per_doc = [decode_facets(b) if b else EMPTY_FACETS for b in variable_column(segreader, "facets", n)]
        self.columns = {key: _value_codes(f[i] for f in per_doc) for i, key in enumerate(FACET_KEYS)}
        self.multi = {key: _value_pairs(f[i] for f in per_doc)
                      for i, key in enumerate(MULTI_FACETS, start=len(FACET_KEYS))}


def _value_codes(per_doc) -> tuple[np.ndarray, list[str]]:
    """A facet as a code per document and the values, numbered as first met."""
    index: dict[str, int] = {}
    setdefault = index.setdefault
    codes = np.fromiter((setdefault(v, len(index)) for v in per_doc), dtype=np.int32)
    return codes, list(index)


def _value_pairs(per_doc) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """A facet with several values per document as (docnum, value code) pairs in docnum order, and the values."""
    index: dict[str, int] = {}
    pairs = [(d, index.setdefault(v, len(index))) for d, values in enumerate(per_doc) for v in values]
    return (np.array([p[0] for p in pairs], dtype=np.int64), np.array([p[1] for p in pairs], dtype=np.int64),
            list(index))


def _renumber(index: dict[str, int], values: list[str]) -> np.ndarray:
    """A segment's value codes as codes of the whole snapshot (values numbered as first met across segments)."""
    return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int64)


class _Column:
    """One facet as small integer codes per document, and the values."""

    __slots__ = ("codes", "values", "index", "rank")

    def __init__(self, parts: list[tuple[np.ndarray, list[str]]]) -> None:
        self.index: dict[str, int] = {}
        codes = [_renumber(self.index, values)[local].astype(np.int32) for local, values in parts]
        self.codes = np.concatenate(codes) if codes else np.zeros(0, dtype=np.int32)
        self.values = list(self.index)
        self.rank = value_ranks(self.values)


def value_ranks(values: list[str]) -> np.ndarray:
    """Each value's place in the values' sorted order (to order equal counts by value in numpy)."""
    rank = np.empty(len(values), dtype=np.int64)
    rank[sorted(range(len(values)), key=values.__getitem__)] = np.arange(len(values))
    return rank


class _Multi:
    """A facet with several values per document (authors, people): one pair of (docnum, value code)
    per value of a document, and the values."""

    __slots__ = ("doc", "code", "index", "values", "rank", "start")

    def __init__(self, parts: list[tuple[np.ndarray, np.ndarray, list[str]]], offsets: list[int], n: int) -> None:
        self.index: dict[str, int] = {}
        docs, codes = [NO_DOCS], [NO_DOCS]
        for (doc, local, values), offset in zip(parts, offsets, strict=True):
            docs.append(doc + offset)
            codes.append(_renumber(self.index, values)[local])
        self.doc = np.concatenate(docs)
        self.code = np.concatenate(codes)
        self.values = list(self.index)
        self.rank = value_ranks(self.values)
        # The pairs of document d are start[d]:start[d + 1] (they come in docnum order).
        self.start = np.searchsorted(self.doc, np.arange(n + 1))


class Snapshot:
    """An open reader over one state of the index, with its arrays."""

    def __init__(self, ix, token: object, seg_cache: dict[str, SegmentData]) -> None:
        self.token = token
        self.reader = ix.reader()
        if isinstance(self.reader, MultiReader):
            leaves = self.reader.leaf_readers()
        else:  # one segment, or none (an empty archive's index)
            leaves = [] if isinstance(self.reader, EmptyReader) else [(self.reader, 0)]
        # Postings are read from memory maps and everything else a search
        # touches is built here and never changed: searches share the
        # snapshot without a lock.
        self.lock = nullcontext()
        self.column_lock = threading.Lock()  # column readers still seek+read
        self._pcache: OrderedDict[tuple, Term] = OrderedDict()
        self._psize = 0
        self._plock = threading.Lock()
        # postings file, first docnum, has deletions
        self.segments: list[tuple[SegmentPostings, int, bool]] = []
        self.readers: list = []
        datas: list[SegmentData] = []
        live_parts: list[np.ndarray] = []
        new_cache: dict[str, SegmentData] = {}
        for segreader, offset in leaves:
            segid = segreader.segment().segment_id()
            data = seg_cache.get(segid) or SegmentData(segreader)
            new_cache[segid] = data
            deleted = segreader.has_deletions()
            self.segments.append((data.postings, offset, deleted))
            self.readers.append(segreader)
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
        self.days = day_of(self.order)  # YYYYMMDD of each document's page, 0 when undated
        self.pages = page_of(self.order)
        self.live = joined(live_parts, bool)
        self.live_docs = np.flatnonzero(self.live)
        self.doc_count = len(self.live_docs)
        self.columns = {key: _Column([d.columns[key] for d in datas]) for key in FACET_KEYS}
        offsets = np.cumsum([0] + [len(d.aid) for d in datas])[:-1].tolist()
        self.multi = {key: _Multi([d.multi[key] for d in datas], offsets, self.n) for key in MULTI_FACETS}
        self.tallies = Tallies({key: (c.codes, len(c.values)) for key, c in self.columns.items()}, self.days,
                               {key: (m.code, m.start, len(m.values)) for key, m in self.multi.items()})
        # Live documents by article id, as sorted arrays (a dict would cost a hundred bytes a document).
        by_id = np.argsort(self.aid[self.live_docs], kind="stable")
        self._sorted_ids = self.aid[self.live_docs][by_id]
        self._sorted_docnums = self.live_docs[by_id]
        # BM25 length normalisation per document and field, computed once.
        self.norm: dict[str, np.ndarray] = {}
        for f in SCORED_FIELDS:
            self.norm[f] = length_norms(joined([d.lens[f] for d in datas], np.float64), self.live, self.doc_count)

    def mask(self, docs: np.ndarray) -> np.ndarray:
        """A per-docnum boolean mask with `docs` set."""
        m = np.zeros(self.n, dtype=bool)
        m[docs] = True
        return m

    def docnum_of(self, article_id: int) -> int | None:
        """The live document of an article, None when the index does not hold it."""
        i = int(np.searchsorted(self._sorted_ids, article_id))
        if i < len(self._sorted_ids) and self._sorted_ids[i] == article_id:
            return int(self._sorted_docnums[i])
        return None

    def article_ids(self) -> set[int]:
        return set(self._sorted_ids.tolist())

    def facet_mask(self, key: str, value: str) -> np.ndarray:
        """Documents (deleted ones too) whose facet `key` is (for authors and
        people: includes) `value`."""
        multi = self.multi.get(key)
        if multi is not None:
            code = multi.index.get(value)
            if code is None:
                return np.zeros(self.n, dtype=bool)
            return self.mask(multi.doc[multi.code == code])
        col = self.columns.get(key)
        if col is None:
            raise KeyError(key)
        code = col.index.get(value)
        if code is None:
            return np.zeros(self.n, dtype=bool)
        return col.codes == code

    def restriction_mask(self, restriction: Restriction) -> np.ndarray:
        """Documents (deleted ones too) inside a day range and/or among a set of pages."""
        mask = np.ones(self.n, dtype=bool)
        if restriction.first_day is not None:
            mask &= self.days >= restriction.first_day
        if restriction.last_day is not None:
            mask &= (self.days <= restriction.last_day) & (self.days > 0)
        if restriction.page_ids is not None:
            mask &= np.isin(self.pages, np.asarray(restriction.page_ids, dtype=np.int64))
        return mask

    def close(self) -> None:
        try:
            self.reader.close()
        except Exception:  # closing twice or after the files went away
            pass

    # -- postings -----------------------------------------------------------

    def postings(self, field: str, term: tuple[str, ...], values: bool) -> Term:
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

    def _read_postings(self, field: str, term: tuple[str, ...], values: bool) -> Term:
        """A term's (one unit, or a bigram of two) live postings over all segments, global docnums."""
        parts: list[Stored] = []
        offsets: list[int] = []
        deletions = False
        for seg, offset, deleted in self.segments:
            found = seg.stored(field, term, values)
            if found is not None:
                parts.append(found)
                offsets.append(offset)
                deletions |= deleted
        if not parts:
            return Term(NO_DOCS, np.zeros(0, dtype=np.float32), None)
        docs, freqs, pos = decode(parts, offsets)
        if deletions:
            keep = np.flatnonzero(self.live[docs])
            if len(keep) < len(docs):
                docs, freqs = docs[keep], freqs[keep]
                pos = pos.take(keep) if pos is not None else None
        return Term(docs, freqs.astype(np.float32), pos)

    def doc_frequency(self, field: str, term: tuple[str, ...]) -> int:
        """About how many documents hold a term: deleted ones still count until their segment is merged,
        which is close enough to weigh terms and costs no postings read."""
        return sum(seg.doc_frequency(field, term) for seg, _offset, _deleted in self.segments)

    def sig_terms(self, docnum: int) -> list[tuple[str, str]]:
        """The "more like this" bigrams stored for a document."""
        for (seg, offset, _deleted), segreader in zip(reversed(self.segments), reversed(self.readers)):
            if docnum >= offset:
                if not segreader.has_column("sig"):
                    return []
                with self.column_lock:  # column readers still seek+read
                    keys = decode_sig(segreader.column_reader("sig", translate=False)[docnum - offset])
                words = seg.vocab.words
                return [(_unit(k >> UNIT_BITS, words), _unit(k & ((1 << UNIT_BITS) - 1), words)) for k in keys.tolist()]
        return []
