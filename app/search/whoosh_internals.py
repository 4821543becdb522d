"""Every use of Whoosh's private internals, in one place, and why.

The index keeps Whoosh's on-disk format (W3 segments, columns, the TOC and
its commit protocol), so Whoosh's own searcher, merges and deletions still
work on its files. Its public API, though, reads and writes one posting or
one column value per Python call, serialises file reads behind seek(), and
commits only segments it wrote itself. Four things here go around that, and
nothing else in the project touches a Whoosh attribute or method whose name
starts with an underscore:

* **Whole-term reads** (:func:`raw_postings`, :func:`term_keys`): a term's
  postings are fetched as one byte string from the segment's postings file
  (``TermsReader._postfile``) and decoded with numpy (app.search.postings)
  instead of through ``Matcher.next()`` — a microsecond per posting, and a
  common bigram has tens of thousands.
* **Whole-column reads** (:func:`fixed_column`, :func:`variable_column`):
  the per-document columns (meta, facets) are read from the column's file
  in one slice (``_dbfile``, ``_basepos``, ``_count``, ``_offsets``…)
  instead of one ``reader[i]`` per document. When an attribute is missing
  (another column type) they fall back to the public, slower path.
* **Thread-safe reads** (:func:`read_with_pread`): the terms and postings
  files are read with ``seek()`` then ``read()``; replacing their ``get``
  with ``os.pread`` lets concurrent searches share one reader.
* **Bulk writing** (:class:`BlockPostingsWriter`, :class:`BulkSegmentWriter`):
  postings never go through Whoosh's posting pool (one tuple per posting,
  sorted on disk); the writer hands each term's postings to the postings
  writer a whole block at a time, and the parallel rebuild uses the
  segment-level steps of ``SegmentWriter`` (finalize a segment in a worker,
  commit every worker's segment in one TOC in the parent), as Whoosh's own
  ``MpWriter`` does.

These were checked against whoosh-reloaded 2.7.5, the version pinned in
pyproject.toml; the tests compare every query's hits with Whoosh's own
searcher on the same files, so a change of version that breaks one of them
fails the suite.
"""

from __future__ import annotations

import io
import os
import pickle
import zlib
from array import array
from operator import sub
from typing import Iterator

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3PostingsWriter
from whoosh.filedb.structfile import BufferFile, StructFile
from whoosh.reading import TermNotFound
from whoosh.util.numeric import length_to_byte
from whoosh.writing import SegmentWriter

# -- reading ----------------------------------------------------------------


def raw_postings(segreader, fieldname: str, btext: bytes):
    """One term's postings in one segment: None when the term is absent,
    ``(ids, weights, values)`` when they are inlined in the term info, else
    the bytes of the term's W3 blocks (header magic first)."""
    terms = segreader._terms
    try:
        ti = terms.term_info(fieldname, btext)
    except (TermNotFound, KeyError):
        return None
    if ti.is_inlined():
        return ti.inlined_postings()
    offset, length = ti.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it a 1-tuple
        length = length[0]
    return terms._postfile.get(offset, length)


def term_keys(reader) -> Iterator[tuple[str, bytes]]:
    """Every (field name, term bytes) of a segment reader, in order."""
    for key, _terminfo in reader._terms.items():
        yield key


def fixed_column(segreader, name: str, size: int, n: int) -> bytes:
    """The `n` values of a fixed-size column, joined (b"" if absent)."""
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


def variable_column(segreader, name: str, n: int) -> list[bytes]:
    """The `n` values of a variable-size column (b"" each if absent)."""
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


def read_with_pread(segreader) -> bool:
    """Make the term lookups and postings reads of a segment thread-safe
    (positioned reads); False if a file cannot be (the caller then locks)."""
    terms = segreader._terms
    return all([_pread_get(terms._dbfile), _pread_get(terms._postfile)])


def _pread_get(structfile) -> bool:
    if isinstance(structfile, BufferFile):
        return True  # slices an in-memory buffer
    raw = getattr(structfile, "file", None)
    if type(structfile) is not StructFile or not isinstance(raw, (io.BufferedReader, io.FileIO)):
        return False  # e.g. a sub-file of a compound segment
    fd = raw.fileno()
    structfile.get = lambda position, length: os.pread(fd, length, position)
    return True


def segment_ids(ix) -> list[str]:
    """The ids of the segments the index's table of contents lists (their files start with the id)."""
    return [segment.segment_id() for segment in ix._segments()]


def segment_count(ix) -> int:
    """How many segments the index's current TOC lists."""
    return len(ix._segments())


# -- writing ----------------------------------------------------------------


class BlockPostingsWriter(W3PostingsWriter):
    """W3PostingsWriter fed whole blocks (:meth:`set_block`), whose blocks
    unpickle fast: ids and weights as arrays, values as the caller packed
    them (app.search.postings.PackedValues)."""

    @property
    def block_limit(self) -> int:
        return self._blocklimit

    def set_block(self, ids, weights, values, lengths: list[int] | None) -> None:
        """Make (`ids`, `weights`, `values`) the current block; `lengths` are
        the documents' field lengths (None when the field is not scored)."""
        self._ids = ids
        self._weights = weights
        self._values = values
        self._maxweight = max(weights)
        if lengths is not None:
            self._minlength = min(lengths) or None
            self._maxlength = max(lengths)
        else:
            self._minlength, self._maxlength = None, 0

    def write_block(self) -> None:
        """Write the current block (the term's last one is written by
        ``FieldWriter.finish_term()``)."""
        self._write_block()

    def _mini_ids(self):
        ids = self._ids
        if not ids:
            return array("I")
        return array("I", (ids[0], *map(sub, ids[1:], ids[:-1])))

    def _mini_weights(self):
        w = self._weights
        n = len(w)
        # Frequencies arrive as ints; Whoosh's readers expect floats.
        if w.count(1) == n:
            return None
        if w.count(w[0]) == n:
            return float(w[0])
        return array("f", w)

    def _mini_values(self):
        if not isinstance(self._values, (list, tuple)):
            return self._values  # packed by the caller
        return super()._mini_values()

    def _write_block(self, last: bool = False) -> None:
        # Whoosh's own _write_block, but the data tuple is pickled with
        # protocol 5: protocol 2 writes an array as a list of ints and bytes
        # as a latin-1 string, which made unpickling a block ~30 µs.
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        data = (self._mini_ids(), self._mini_weights(), self._mini_values())
        databytes = pickle.dumps(data, 5)
        comp = self._compression if len(databytes) >= 64 else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = pickle.dumps((len(ids), ids[-1], self._maxweight, comp,
                                  length_to_byte(self._minlength), length_to_byte(self._maxlength)), 2)
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


class _NoPool:
    """Stands in for Whoosh's PostingPool, which a bulk writer never fills."""

    def add(self, item) -> None:  # pragma: no cover - never called
        raise RuntimeError("BulkSegmentWriter does not pool postings")

    def iter_postings(self):
        return iter(())

    def cleanup(self) -> None:
        pass


class _NoStorage:
    def destroy(self) -> None:
        pass


class BulkSegmentWriter(SegmentWriter):
    """A SegmentWriter (same locking, deletions, TOC commit and merge
    policies) whose subclass writes the postings itself, in
    :meth:`write_postings`, through :meth:`start_field`."""

    def __init__(self, ix, *, lock: bool, timeout: float, codec) -> None:
        super().__init__(ix, _lk=lock, timeout=timeout, delay=0.05, limitmb=1, compound=False, codec=codec)
        self.pool.cleanup()
        self.pool = _NoPool()
        if not lock:
            # Whoosh gives every writer of an index the same temp folder and
            # deletes it when a writer finishes; parallel (unlocked) writers
            # leave that to the parent's locked writer.
            self._tempstorage = _NoStorage()

    def check_open(self) -> None:
        """Raise if the writer was committed or cancelled."""
        self._check_state()

    def mark_added(self) -> None:
        """Note that documents were added (so commit writes a segment)."""
        self._added = True

    def start_field(self, fname: str, fobj, *, block_limit: int, compression: int) -> BlockPostingsWriter:
        """Start field `fname` of the segment; its terms go through the
        returned postings writer (``fieldwriter.start_term``…)."""
        fw = self.fieldwriter
        fw.start_field(fname, fobj)
        pw = BlockPostingsWriter(fw._postfile, blocklimit=block_limit, compression=compression)
        fw._postwriter = pw
        return pw

    def write_postings(self) -> None:
        """Write every term of the segment (the subclass's job)."""
        raise NotImplementedError

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        self.write_postings()
        self.fieldwriter.close()

    # -- the segment-level steps of a parallel build -------------------------

    def finish_segment(self):
        """Worker side: close this writer's new segment without committing
        it and return it (None when no document was added)."""
        if not self._added:
            self._close_segment()
            self._finish()
            return None
        segment = self._finalize_segment()
        self._finish()
        return segment

    def commit_segments(self, segments: list) -> None:
        """Parent side: commit the index's segments and `segments` (written
        by workers into the same folder) in one TOC, then release the lock."""
        self._close_segment()
        self._commit_toc(list(self.segments) + segments)
        self._finish()
