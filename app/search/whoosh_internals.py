"""Every use of Whoosh's private internals, in one place, and why.

The index keeps Whoosh's storage for everything but the postings: its folder, segments, TOC and
commit protocol, deletions, merge policies and the per-document columns. The n-gram postings of
a segment live in the segment's own file (app.search.postings), named after the segment so that
Whoosh deletes it with the segment. Whoosh's public API reads a column one value per Python
call and commits only segments it wrote itself; three things here go around that, and nothing
else in the project touches a Whoosh attribute or method whose name starts with an underscore:

* **Whole-column reads** (:func:`fixed_column`, :func:`variable_column`, :func:`column_values`):
  the per-document columns (meta, facets) are read from the column's file in one slice
  (``_dbfile``, ``_basepos``, ``_count``, ``_offsets``…) instead of one ``reader[i]`` per
  document. When an attribute is missing (another column type) they fall back to the public,
  slower path.
* **A segment's folder** (:func:`segment_path`): a segment reader's storage (``_storage``), to
  open the segment's postings file beside Whoosh's.
* **Bulk writing** (:class:`BulkSegmentWriter`): the writer writes the postings file itself when
  Whoosh flushes a segment, and the parallel rebuild uses the segment-level steps of
  ``SegmentWriter`` (finalize a segment in a worker, commit every worker's segment in one TOC in
  the parent), as Whoosh's own ``MpWriter`` does.

These were checked against whoosh-reloaded 2.7.5, the version pinned in pyproject.toml.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from whoosh.writing import SegmentWriter

# -- reading ----------------------------------------------------------------


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


def segment_path(segreader, ext: str) -> str:
    """The path of a segment's file with extension `ext` (beside Whoosh's own files)."""
    return os.path.join(segreader._storage.folder, segreader.segment().make_filename(ext))


def column_values(writer, name: str, size: int) -> Iterator[bytes]:
    """The values of a fixed-size column, joined, for each segment a writer holds, in order."""
    reader = writer.reader()
    try:
        leaves = reader.leaf_readers() if hasattr(reader, "leaf_readers") else [(reader, 0)]
        for segreader, _offset in leaves:
            yield fixed_column(segreader, name, size, segreader.doc_count_all())
    finally:
        reader.close()


def segment_ids(ix) -> list[str]:
    """The ids of the segments the index's table of contents lists (their files start with the id)."""
    return [segment.segment_id() for segment in ix._segments()]


def segment_count(ix) -> int:
    """How many segments the index's current TOC lists."""
    return len(ix._segments())


# -- writing ----------------------------------------------------------------


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
    :meth:`write_postings`."""

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
