"""Writing segments: documents in, one Whoosh segment and its postings file out.

``BulkWriter`` is a Whoosh ``SegmentWriter`` (same locking, deletions, TOC commit and merge
policies; the hooks into it are in app.search.whoosh_internals) that keeps only the per-document
columns in Whoosh's files (``meta``, ``facets``, ``sig``). The n-gram postings go to the segment's
own postings file (app.search.postings): documents are cut a batch at a time into unit ids and
bigrams by array operations (app.search.tokens), every field's postings are sorted by term (in
runs of bounded size, app.search.runs, so a writer's memory does not grow with its segment), and
encoded term by term in numpy. No Python code runs per posting.

Merging an old segment in (Whoosh's merge policies call ``add_reader``) reads its postings file
back into arrays, drops deleted documents, renumbers the rest and the segment's own word ids, and
sorts them in with the new documents'.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import numpy as np
from whoosh.codec.whoosh3 import W3Codec

from .model import IndexDoc
from .postings import (FieldPieces, FieldPostings, SegmentPostings, expand_positions, group_counts,
                       group_positions, write_file)
from .runs import Arrays, Largest, PostingRuns, stable_order
from .schema import META, META_DTYPE, TEXT_FIELDS, encode_facets
from .tokens import UNIT_BITS, WORD_BASE, Tokens, Vocabulary, cut, cut_apart
from .whoosh_internals import BulkSegmentWriter, column_values, segment_path

POSTINGS_EXT = ".zzp"
BATCH_DOCS = 500  # documents cut into arrays at once (their temporary arrays: about 45 MB)
SIG_TITLE = 12  # "more like this" terms: the title's first bigrams,
SIG_TERMS = 32  # then the body's most repeated ones, up to this many in all
_SEP = "\x00"  # between the parts of a field: each part starts a new run
_DOC_SHIFT = 44  # a bigram key (two 22-bit units) below its document's number, for sorting by both


def field_texts(doc: IndexDoc) -> dict[str, str]:
    """The text of every field of a document, its parts joined by a run break."""
    title = _SEP.join(filter(None, (doc.title, doc.kicker, doc.subtitle)))
    places = list(doc.places)
    for p in (doc.city, doc.county, doc.town):
        if p and p not in places:
            places.append(p)
    authors, people, place_text = _SEP.join(doc.authors), _SEP.join(doc.people), _SEP.join(places)
    return {
        "all": _SEP.join(filter(None, (title, doc.body, authors, place_text))),
        "title": title, "author": authors, "person": people, "place": place_text,
        "city": doc.city or "", "county": doc.county or "", "town": doc.town or "",
    }


class BulkWriter(BulkSegmentWriter):
    """Writes IndexDocs as one new segment of the index (see the module)."""

    def __init__(self, ix, *, lock: bool = True, timeout: float = 30.0) -> None:
        super().__init__(ix, lock=lock, timeout=timeout, codec=W3Codec())
        self.vocab = Vocabulary()
        # Per field: keys, docs, and positions of bigrams or counts of unigrams (field name + "1"),
        # in docnum order; beyond a budget, sorted runs in a temporary file beside the segment.
        self.runs = PostingRuns(self.storage.folder)
        self._meta_col = self.schema["meta"].column_type
        self._facets_col = self.schema["facets"].column_type
        self._sig_col = self.schema["sig"].column_type

    # -- adding documents ---------------------------------------------------

    def add_docs(self, docs: Iterable[IndexDoc]) -> int:
        n = 0
        batch: list[IndexDoc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= BATCH_DOCS:
                n += self._add_batch(batch)
                batch = []
        if batch:
            n += self._add_batch(batch)
        return n

    def add_doc(self, doc: IndexDoc) -> None:
        self._add_batch([doc])

    def _add_batch(self, docs: list[IndexDoc]) -> int:
        self.check_open()
        base = self.docnum
        texts = [field_texts(d) for d in docs]
        lengths: dict[str, np.ndarray] = {}
        toks: dict[str, Tokens] = {}
        # The whole text first, then the short fields in one cut: the words get their ids in the same order.
        cuts = [cut([t[TEXT_FIELDS[0]] for t in texts], self.vocab),
                *cut_apart([[t[name] for t in texts] for name in TEXT_FIELDS[1:]], self.vocab)]
        # The whole text's bigrams sorted by key once: its postings are held so, and its documents' most
        # repeated bigrams are counted from the same order.
        body = by_key(cuts[0])
        for name, tok in zip(TEXT_FIELDS, cuts):
            toks[name] = tok
            lengths[name] = tok.n_bigrams
            self._keep(name, tok, base, body if name == TEXT_FIELDS[0] else None)
        sigs = _signatures(toks["title"], body, len(docs))
        pdw = self.perdocwriter
        lens = zip(lengths["all"].tolist(), lengths["title"].tolist(), lengths["place"].tolist())
        for i, (doc, (n_all, n_title, n_place)) in enumerate(zip(docs, lens)):
            pdw.start_doc(base + i)
            pdw.add_column_value("meta", self._meta_col, META.pack(doc.id, doc.order, n_all, n_title, n_place))
            pdw.add_column_value("facets", self._facets_col, encode_facets(
                doc.city, doc.county, doc.town, doc.kind, doc.authors, doc.people))
            pdw.add_column_value("sig", self._sig_col, sigs[i])
            pdw.finish_doc()
        self.docnum = base + len(docs)
        self.mark_added()
        return len(docs)

    def _keep(self, name: str, tok: Tokens, base: int, bigrams: Arrays | None = None) -> None:
        """Hold a batch's postings of field `name` until the segment is written; `bigrams`: its bigram
        postings sorted by key (`by_key`), when the caller has them."""
        if len(tok.bi_key):
            keys, docs, positions = (tok.bi_key, tok.bi_doc, tok.bi_pos) if bigrams is None else bigrams
            self._hold(name, keys, (docs + base).astype(np.int32), positions.astype(np.uint16),
                       by_key=bigrams is not None)
        if len(tok.uni_id):
            units, docs, counts = unit_counts(tok)
            self._hold(name + "1", units, (docs + base).astype(np.int32), counts.astype(np.int32), by_key=True)

    def _hold(self, fname: str, keys: np.ndarray, docs: np.ndarray, extra: np.ndarray, *, by_key: bool = False) -> None:
        self.runs.hold(fname, keys, docs, extra, by_key=by_key)

    # -- merging old segments in (called by Whoosh's merge policies) --------

    def add_reader(self, reader) -> None:
        self.check_open()
        basedoc = self.docnum
        docmap = self.write_per_doc(set(self.schema.names()), reader)  # copies the columns
        n_old = reader.doc_count_all()
        newnum = np.arange(n_old, dtype=np.int64) + basedoc
        if docmap is not None:  # deleted documents are left out
            newnum[:] = -1
            old = np.fromiter(docmap.keys(), dtype=np.int64, count=len(docmap))
            newnum[old] = np.fromiter(docmap.values(), dtype=np.int64, count=len(docmap))
        old_post = SegmentPostings(segment_path(reader, POSTINGS_EXT))
        try:
            words = np.array([self.vocab.add(w) for w in old_post.vocab.words] or [0], dtype=np.int64)
            for name in TEXT_FIELDS:
                for fname in (name, name + "1"):
                    fp = old_post.field(fname)
                    if fp is not None and len(fp.keys):
                        self._merge_field(fname, fp, newnum, words, bigrams=fname == name)
        finally:
            old_post.close()
        self.mark_added()

    def _merge_field(self, fname: str, fp: FieldPostings, newnum: np.ndarray, words: np.ndarray,
                     bigrams: bool) -> None:
        def renumber(units: np.ndarray) -> np.ndarray:
            return np.where(units >= WORD_BASE, words[np.maximum(units - WORD_BASE, 0)], units)

        if bigrams:
            keys, docs, extra = expand_positions(fp)
            keys = (renumber(keys >> UNIT_BITS) << UNIT_BITS) | renumber(keys & ((1 << UNIT_BITS) - 1))
        else:
            keys, docs, extra = renumber(np.repeat(fp.keys, fp.counts)), fp.docs, fp.freqs
        docs = newnum[docs]
        live = docs >= 0
        self._hold(fname, keys[live], docs[live].astype(np.int32),
                   extra[live].astype(np.uint16 if bigrams else np.int32))

    # -- deleting by article id ----------------------------------------------

    def delete_ids(self, ids: Iterable[int]) -> int:
        """Delete the documents of these article ids from the index's segments."""
        wanted = np.fromiter(set(map(int, ids)), dtype=np.int64)
        if not len(wanted):
            return 0
        deleted = 0
        offset = 0
        for metas in column_values(self, "meta", META.size):
            aids = np.frombuffer(metas, dtype=META_DTYPE)["aid"]
            for d in np.flatnonzero(np.isin(aids, wanted)).tolist():
                self.delete_document(offset + d)
                deleted += 1
            offset += len(aids)
        return deleted

    # -- writing the segment ------------------------------------------------

    def cancel(self) -> None:
        self.runs.close()
        super().cancel()

    def write_postings(self) -> None:
        path = os.path.join(self.storage.folder, self.get_segment().make_filename(POSTINGS_EXT))
        try:
            write_file(path, self._sorted_fields(), self.vocab.words)
        finally:
            self.runs.close()

    def _sorted_fields(self) -> Iterator[tuple[str, FieldPieces]]:
        """Each field's postings, sorted and grouped, a range of terms at a time (memory)."""
        for fname, largest, pieces in self.runs.fields():
            positions = fname in TEXT_FIELDS
            group = group_positions if positions else group_counts
            yield fname, FieldPieces(positions, _top(largest, positions), (group(*p) for p in pieces))


def _top(largest: Largest, positions: bool) -> int:
    """The largest value a field's postings store: a docnum, a frequency − 1 (a bigram's
    frequency is its positions in one document) or a position."""
    if positions:
        return max(largest.doc, largest.repeats - 1, largest.value)
    return max(largest.doc, largest.value - 1)


def unit_counts(tok: Tokens) -> Arrays:
    """Each (unit, document) of a batch once, with its count, sorted by unit, then document: one sort of the
    two packed into a number, 32 bits wide where they fit (a batch's few hundred documents and the units'
    22 bits mostly do), which numpy sorts in about half the time of 64."""
    bits = max(int(tok.uni_doc.max()), 1).bit_length()
    packed = (tok.uni_id << bits) | tok.uni_doc
    if int(tok.uni_id.max()) < 1 << (32 - bits):
        packed = packed.astype(np.uint32)
    packed = np.sort(packed)
    first = np.ones(len(packed), dtype=bool)
    first[1:] = packed[1:] != packed[:-1]
    at = np.flatnonzero(first)
    pairs = packed[at].astype(np.int64)
    return pairs >> bits, pairs & ((1 << bits) - 1), np.diff(np.append(at, len(packed)))


def by_key(tok: Tokens) -> Arrays:
    """A batch's bigram postings (keys, documents, positions) sorted by key, equal keys in document and
    position order."""
    order = stable_order(tok.bi_key)
    return tok.bi_key[order], tok.bi_doc[order], tok.bi_pos[order]


def _signatures(title: Tokens, body: Arrays, n: int) -> list[bytes]:
    """Each document's "more like this" terms as int64 bigram keys: its title's first bigrams, then
    its most repeated ones (equal counts in key order), up to SIG_TERMS; every document's at once.
    `body`: the whole text's bigram postings sorted by key (`by_key`)."""
    # The title's first distinct bigrams, at most SIG_TITLE a document, in the order printed.
    tkeys = title.bi_doc.astype(np.int64) << _DOC_SHIFT | title.bi_key
    head = tkeys[np.sort(np.unique(tkeys, return_index=True)[1])]
    head = head[_rank_in_doc(head >> _DOC_SHIFT, n) < SIG_TITLE]
    # The body's, most repeated first: as many as could fill SIG_TERMS beside the title's, those already
    # taken from the title left out. Each document's distinct bigrams and their counts come in key order
    # (the postings' order: no sort of their own), then go by document and count.
    keys, docs = body[0], body[1].astype(np.int64)
    first = np.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    at = np.flatnonzero(first)
    counts = np.diff(np.append(at, len(keys)))
    pairs = docs[at] << _DOC_SHIFT | keys[at]
    pairs = pairs[_by_doc_then_count(pairs >> _DOC_SHIFT, counts.astype(np.int64))]
    doc = pairs >> _DOC_SHIFT
    pairs = pairs[_rank_in_doc(doc, n) < SIG_TERMS + np.bincount(head >> _DOC_SHIFT, minlength=n)[doc]]
    pairs = pairs[~np.isin(pairs, head)]
    # Each document's title terms, then its body terms, cut at SIG_TERMS.
    terms = np.concatenate([head, pairs])
    terms = terms[_stable_order_small(terms >> _DOC_SHIFT)]
    docs = terms >> _DOC_SHIFT
    kept = _rank_in_doc(docs, n) < SIG_TERMS
    blob = (terms[kept] & ((1 << _DOC_SHIFT) - 1)).astype("<i8").tobytes()
    bounds = (8 * np.searchsorted(docs[kept], np.arange(n + 1))).tolist()
    return [blob[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def _rank_in_doc(doc: np.ndarray, n: int) -> np.ndarray:
    """Each entry's place among its document's (`doc` ascending)."""
    return np.arange(len(doc)) - np.searchsorted(doc, np.arange(n + 1))[doc]


def _by_doc_then_count(doc: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """The order by document, then count, largest first, ties as they come (a stable lexsort), as two
    stable sorts of small numbers (numpy sorts 16-bit ones by radix, in one pass each) where they fit."""
    if len(doc) and int(counts.max()) >= 1 << 16:
        return np.lexsort((-counts, doc))
    by_count = _stable_order_small(int(counts.max(initial=0)) - counts)
    return by_count[_stable_order_small(doc[by_count])]


def _stable_order_small(values: np.ndarray) -> np.ndarray:
    """np.argsort(values, kind="stable") of non-negative integers, by radix where they fit 16 bits (a batch's
    document numbers, counts of a bigram in a document)."""
    if len(values) and int(values.max()) < 1 << 16:
        values = values.astype(np.uint16)
    return np.argsort(values, kind="stable")
