"""Writing segments: documents in, one Whoosh segment out.

``BulkWriter`` is a Whoosh ``SegmentWriter`` (same locking, deletions, TOC
commit and merge policies; the hooks into it are in
app.search.whoosh_internals) whose postings never go through Whoosh's
posting pool. Whoosh pools one tuple per posting, sorts them on disk, and writes them
back one method call at a time; with character bigrams that is ~1,100
postings per article and it capped indexing at ~45 articles/s. Here each
document's postings go straight into per-term arrays (docnums arrive in
increasing order, so nothing needs sorting but the term list), and each term
is written as whole blocks by :func:`app.search.postings.write_term`.

Merging an old segment in (Whoosh's merge policies call ``add_reader``) reads
its postings a block at a time in the same way.
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from functools import partial
from itertools import repeat
from typing import Iterable

from whoosh.codec.whoosh3 import W3Codec

from .analysis import POSITION_TYPE, Analysed, text_runs, units_of
from .model import IndexDoc
from .postings import read_postings, write_term
from .schema import META, TEXT_FIELDS, PackedPositions, encode_facets, encode_sig
from .whoosh_internals import BulkSegmentWriter, term_keys

BLOCK_LIMIT = 256  # postings per block: fewer, larger pickles to load
COMPRESSION = 1  # zlib level for posting blocks (1: fast, still ~3x smaller)


def analyse(doc: IndexDoc) -> dict[str, Analysed]:
    """The Analysed value of every text field of a document."""
    title = text_runs(doc.title, doc.kicker, doc.subtitle)
    body = text_runs(doc.body)
    authors = [r for a in doc.authors for r in units_of(a)]
    place_names = list(doc.places)
    for p in (doc.city, doc.county, doc.town):
        if p and p not in place_names:
            place_names.append(p)
    places = [r for p in place_names for r in units_of(p)]
    return {
        "all": Analysed(title + body + authors + places),
        "title": Analysed(title),
        "author": Analysed(authors),
        "place": Analysed(places),
        "city": Analysed(text_runs(doc.city)),
        "county": Analysed(text_runs(doc.county)),
        "town": Analysed(text_runs(doc.town)),
    }


class BulkWriter(BulkSegmentWriter):
    """Writes IndexDocs as one new segment of the index (see the module)."""

    def __init__(self, ix, *, lock: bool = True, timeout: float = 30.0) -> None:
        super().__init__(ix, lock=lock, timeout=timeout,
                         codec=W3Codec(blocklimit=BLOCK_LIMIT, compression=COMPRESSION))
        # field -> [term -> docnums, term -> freqs, term -> positions (all
        # postings of the term concatenated) or None]
        self._tables: dict[str, _Table] = {}
        # Field lengths by docnum, for the block statistics Whoosh keeps.
        self._doclens: dict[str, array] = {}
        for name in TEXT_FIELDS:
            self._tables[name] = _Table(positions=True)
            self._tables[name + "1"] = _Table(positions=False)
            self._doclens[name] = array("I")
        self._tables["key"] = _Table(positions=False)
        self._meta_col = self.schema["meta"].column_type
        self._facets_col = self.schema["facets"].column_type
        self._sig_col = self.schema["sig"].column_type

    # -- adding documents ---------------------------------------------------

    def add_docs(self, docs: Iterable[IndexDoc]) -> int:
        n = 0
        for doc in docs:
            self.add_doc(doc)
            n += 1
        return n

    def add_doc(self, doc: IndexDoc) -> None:
        self.check_open()
        fields = analyse(doc)
        docnum = self.docnum
        pdw = self.perdocwriter
        schema = self.schema
        pdw.start_doc(docnum)
        for name, a in fields.items():
            length = a.n_bigrams
            self._doclens[name].append(length)
            if length:
                pdw.add_field(name, schema[name], None, length)
            self._add_postings(name, docnum, a)
        a_all = fields["all"]
        pdw.add_column_value("meta", self._meta_col, META.pack(
            doc.id, doc.order, a_all.n_bigrams, fields["title"].n_bigrams, fields["place"].n_bigrams))
        pdw.add_column_value("facets", self._facets_col, encode_facets(
            doc.city, doc.county, doc.town, doc.kind, doc.authors))
        pdw.add_column_value("sig", self._sig_col, encode_sig(fields["title"], a_all))
        pdw.finish_doc()
        key = self._tables["key"]
        key.docs[str(doc.id)].append(docnum)
        key.freqs[str(doc.id)].append(1)
        self.docnum += 1
        self.mark_added()

    def _add_postings(self, name: str, docnum: int, a: Analysed) -> None:
        # map() over bound C methods: no Python-level loop per posting.
        t = self._tables[name]
        keys = a.once.keys()
        _drain(map(array.append, map(t.docs.__getitem__, keys), repeat(docnum)))
        _drain(map(array.append, map(t.freqs.__getitem__, keys), repeat(1)))
        _drain(map(array.append, map(t.positions.__getitem__, keys), a.once.values()))
        if a.multi:
            keys = a.multi.keys()
            _drain(map(array.append, map(t.docs.__getitem__, keys), repeat(docnum)))
            _drain(map(array.append, map(t.freqs.__getitem__, keys), map(len, a.multi.values())))
            _drain(map(array.extend, map(t.positions.__getitem__, keys), a.multi.values()))
        t = self._tables[name + "1"]
        keys = a.uni.keys()
        _drain(map(array.append, map(t.docs.__getitem__, keys), repeat(docnum)))
        _drain(map(array.append, map(t.freqs.__getitem__, keys), a.uni.values()))

    # -- merging old segments in (called by Whoosh's merge policies) --------

    def add_reader(self, reader) -> None:
        self.check_open()
        basedoc = self.docnum
        fieldnames = set(self.schema.names())
        docmap = self.write_per_doc(fieldnames, reader)  # copies columns, lengths
        ndocs = self.docnum - basedoc
        for name in TEXT_FIELDS:
            lens = self._doclens[name]
            for old in range(reader.doc_count_all()):
                if docmap is None or old in docmap:
                    lens.append(reader.doc_field_length(old, name) or 0)
        assert all(len(v) == self.docnum for v in self._doclens.values()), ndocs
        for fname, btext in term_keys(reader):
            if fname not in self._tables:
                continue
            field = self.schema[fname]
            p = read_postings(reader, fname, btext, values=isinstance(field.format, PackedPositions))
            if p is None:
                continue
            term = btext.decode("utf-8")
            self._merge_postings(fname, term, p, basedoc, docmap)
        self.mark_added()

    def _merge_postings(self, fname, term, p, basedoc, docmap) -> None:
        t = self._tables[fname]
        ids = p.ids.tolist()
        if docmap is None:
            keep = None
            newids = [d + basedoc for d in ids]
        else:
            keep = [i for i, d in enumerate(ids) if d in docmap]  # others were deleted
            if not keep:
                return
            newids = [docmap[ids[i]] for i in keep]
        weights = p.weights if keep is None else p.weights[keep]
        t.docs[term].extend(newids)
        t.freqs[term].extend(weights.astype(int).tolist())
        if t.positions is not None and p.values is not None:
            values = p.values if keep is None else p.values.take(keep)
            t.positions[term].frombytes(values.pos.tobytes())

    # -- writing the segment ------------------------------------------------

    def write_postings(self) -> None:
        fw = self.fieldwriter
        for fname in sorted(self._tables):
            t = self._tables[fname]
            if not t.docs:
                continue
            fobj = self.schema[fname]
            pw = self.start_field(fname, fobj, block_limit=BLOCK_LIMIT, compression=COMPRESSION)
            doclens = self._doclens.get(fname)
            fixed = fobj.format.fixed_value_size()
            # UTF-8 byte order is code point order, so str sort == bytes sort.
            for term in sorted(t.docs):
                ids = t.docs[term]
                freqs = t.freqs[term]
                fw.start_term(term.encode("utf-8"))
                if t.positions is not None:
                    write_term(pw, ids, freqs, t.positions[term].tobytes(), doclens)
                elif fixed and fixed > 0:
                    # Frequency format: Whoosh's fixed-size values, joined per block.
                    write_term(pw, ids, freqs, None, doclens, freq_values=True)
                else:
                    write_term(pw, ids, freqs, None, doclens)
                fw.finish_term()
            fw.finish_field()
        self._tables.clear()


class _Table:
    """Postings of one field while a segment is being written."""

    __slots__ = ("docs", "freqs", "positions")

    def __init__(self, positions: bool) -> None:
        self.docs: defaultdict[str, array] = defaultdict(_new_uint_array)
        self.freqs: defaultdict[str, array] = defaultdict(_new_uint_array)
        self.positions: defaultdict[str, array] | None = defaultdict(_new_pos_array) if positions else None


_new_uint_array = partial(array, "I")
_new_pos_array = partial(array, POSITION_TYPE)


def _drain(it) -> None:
    """Run an iterator of side effects in C."""
    deque(it, maxlen=0)
