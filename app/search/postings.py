"""A segment's postings file: every field's terms and posting lists, written and read in numpy.

One file per segment (``<segment id>.zzp``, beside Whoosh's own files, so Whoosh's commits
delete it with its segment). For each field a sorted array of term keys (app.search.tokens)
points into one blob where each term's postings are stored as one array

    docnum gaps · frequencies − 1 · positions      (zlib'd when 64 bytes or more)

— docnums delta-coded within the term, positions (bigram fields only) as they are (reading them
is a view; gaps would save 4% of the space and cost a third of the decoding) — of uint16 (uint32
in a field where some value needs it: a segment of more than 65,536 documents). Writing lays out
many terms' values at once with array operations; reading a term is, in each segment, one
positioned read and at most one inflate (by zlib-ng, which reads the same streams faster than zlib;
stopped after the frequencies when the positions are not wanted), then one decoding of all the
segments' values together (``decode``). The whole file is laid out by a JSON footer (its last 8
bytes give its length).
"""

from __future__ import annotations

import json
import mmap
import os
import zlib
from bisect import bisect_left
from collections.abc import Iterable
from typing import NamedTuple

import deflate
import numpy as np
from zlib_ng import zlib_ng

from .tokens import UNIT_BITS, Vocabulary

MAGIC = b"ZZPOSTS1"
POSITION_DTYPE = np.dtype(np.uint16)
COMPRESS_FROM = 64  # bytes: shorter posting lists are stored as they are
_LOW = np.int64((1 << UNIT_BITS) - 1)


class PosList:
    """The positions of a term's postings: one uint16 array of every
    posting's positions concatenated, and cumulative ends per posting."""

    __slots__ = ("pos", "ends")

    def __init__(self, pos: np.ndarray, ends: np.ndarray) -> None:
        self.pos = pos  # POSITION_DTYPE
        self.ends = ends  # int64; ends[i]: positions in postings 0..i

    @property
    def nbytes(self) -> int:
        return self.pos.nbytes + self.ends.nbytes

    def take(self, idx: np.ndarray) -> PosList:
        """The positions of postings `idx` (sorted), as a PosList of their own."""
        gather, counts = ragged(self.ends, idx)
        return PosList(self.pos[gather], np.cumsum(counts))


def ragged(ends: np.ndarray, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Indices into the concatenated positions of the postings `idx` (given
    cumulative `ends`), in order, and each posting's count of positions."""
    idx = np.asarray(idx, dtype=np.int64)
    stop = ends[idx]
    start = np.where(idx > 0, ends[idx - 1], 0) if len(idx) else stop
    counts = stop - start
    out_start = np.cumsum(counts) - counts
    gather = np.arange(int(counts.sum()), dtype=np.int64) + np.repeat(start - out_start, counts)
    return gather, counts


# -- grouping sorted postings ------------------------------------------------


class FieldPostings(NamedTuple):
    """One field's postings, grouped: distinct term keys, per term the number of postings, per
    posting its docnum and frequency, and (bigram fields) every position."""

    keys: np.ndarray  # int64, increasing
    counts: np.ndarray  # int64 postings per term
    docs: np.ndarray  # increasing within each term
    freqs: np.ndarray
    pos: np.ndarray | None  # per posting increasing, postings one after the other


def group_positions(keys: np.ndarray, docs: np.ndarray, pos: np.ndarray) -> FieldPostings:
    """Postings of (key, doc, position) triples sorted by key, doc and position."""
    n = len(keys)
    new_post = np.ones(n, dtype=bool)
    if n:
        new_post[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    starts = np.flatnonzero(new_post)
    freqs = np.diff(np.append(starts, n))
    return _grouped(keys[starts], docs[starts], freqs, pos)


def group_counts(keys: np.ndarray, docs: np.ndarray, freqs: np.ndarray) -> FieldPostings:
    """Postings of distinct (key, doc) pairs sorted by key and doc, with their frequencies."""
    return _grouped(keys, docs, freqs, None)


def _grouped(post_keys, docs, freqs, pos) -> FieldPostings:
    n = len(post_keys)
    new_term = np.ones(n, dtype=bool)
    if n:
        new_term[1:] = post_keys[1:] != post_keys[:-1]
    term_starts = np.flatnonzero(new_term)
    counts = np.diff(np.append(term_starts, n))
    return FieldPostings(post_keys[term_starts], counts, docs, freqs, pos)


def expand_positions(fp: FieldPostings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key, doc, position) triples of a field's postings, in order (for merging)."""
    post_keys = np.repeat(fp.keys, fp.counts)
    return np.repeat(post_keys, fp.freqs), np.repeat(fp.docs, fp.freqs), fp.pos


# -- encoding ----------------------------------------------------------------

CHUNK_VALUES = 1 << 21  # values encoded at once: bounds the writer's temporary arrays


class FieldPieces(NamedTuple):
    """A field's postings in pieces of whole terms, in key order, and the largest value any of them
    stores (docnum, frequency − 1 or position): it decides the field's value type before the first
    piece is written."""

    positions: bool
    top: int
    pieces: Iterable[FieldPostings]


def whole(fp: FieldPostings) -> FieldPieces:
    """A field's postings in one piece."""
    top = max(int(fp.docs.max(initial=0)), int(fp.freqs.max(initial=1)) - 1,
              int(fp.pos.max(initial=0)) if fp.pos is not None else 0)
    return FieldPieces(fp.pos is not None, top, (fp,))


def _encode_piece(fp: FieldPostings, dtype: np.dtype) -> tuple[np.ndarray, np.ndarray, list[bytes]]:
    """Stored byte lengths, compression flags and the blob pieces of a piece's terms. Each term's
    values are [docnum gaps | frequencies − 1 | positions]."""
    counts = fp.counts
    t = len(counts)
    first_post = np.cumsum(counts) - counts
    npos = np.zeros(t, dtype=np.int64)
    if fp.pos is not None and t:
        npos = np.add.reduceat(fp.freqs.astype(np.int64), first_post)
    size = 2 * counts + npos
    lengths = size * dtype.itemsize
    comp = np.zeros(t, dtype=np.uint8)
    stored = lengths.copy()
    pieces: list[bytes] = []
    # Terms in chunks of about CHUNK_VALUES values (a term longer than that is a chunk of its own).
    ends = np.cumsum(size)
    cuts = np.unique(np.searchsorted(ends, np.arange(CHUNK_VALUES, int(ends[-1]) + CHUNK_VALUES, CHUNK_VALUES)
                                     if t else np.zeros(0, dtype=np.int64), side="left"))
    lo = 0
    for hi in [*(int(c) + 1 for c in cuts if c < t), t]:
        if hi <= lo:
            continue
        buf = memoryview(_values(fp, lo, hi, first_post, npos, dtype).tobytes())
        at = 0
        for i in range(lo, hi):
            n = int(lengths[i])
            if n >= COMPRESS_FROM:
                # libdeflate's level 1 deflates these arrays a little smaller than zlib-ng's level 2, in half the time
                packed = deflate.zlib_compress(buf[at:at + n], 1)
                if len(packed) < n:
                    pieces.append(packed)
                    comp[i] = 1
                    stored[i] = len(packed)
                    at += n
                    continue
            pieces.append(bytes(buf[at:at + n]))
            at += n
        lo = hi
    return stored, comp, pieces


def _values(fp: FieldPostings, lo: int, hi: int, first_post: np.ndarray, npos: np.ndarray, dtype) -> np.ndarray:
    """The values of terms lo..hi-1, one term after the other."""
    counts = fp.counts[lo:hi]
    p0, p1 = int(first_post[lo]), int(first_post[hi - 1] + counts[-1])
    docs = fp.docs[p0:p1].astype(np.int64)
    starts = first_post[lo:hi] - p0
    term_of_post = np.repeat(np.arange(hi - lo), counts)
    size = 2 * counts + npos[lo:hi]
    out = np.empty(int(size.sum()), dtype=dtype)
    gaps = docs.copy()
    gaps[1:] -= docs[:-1]
    gaps[starts] = docs[starts]
    at = (np.cumsum(size) - size)[term_of_post] + (np.arange(len(docs)) - starts[term_of_post])
    out[at] = gaps
    out[at + counts[term_of_post]] = fp.freqs[p0:p1] - 1
    if fp.pos is not None and len(docs):
        # The positions fill, in order, every slot that is neither a gap nor a frequency.
        free = np.ones(len(out), dtype=bool)
        free[at] = False
        free[at + counts[term_of_post]] = False
        q0 = int(npos[:lo].sum())
        out[free] = fp.pos[q0:q0 + len(out) - 2 * len(docs)]
    return out


def write_file(path: str, fields: Iterable[tuple[str, FieldPieces]], words: list[str]) -> None:
    """Write a segment's postings file at `path`: each field's blob as its pieces come, then its
    term dictionary (one piece in memory at a time)."""
    layout: dict = {"words": words, "fields": {}}
    with open(path, "wb") as f:
        f.write(MAGIC)
        at = len(MAGIC)
        for name, field in fields:
            dtype = np.dtype("<u2") if field.top < 1 << 16 else np.dtype("<u4")
            entry: dict = {"positions": field.positions, "dtype": dtype.str, "blob": at}
            keys, counts, stored, comp = [], [], [], []
            for fp in field.pieces:
                piece_stored, piece_comp, blob = _encode_piece(fp, dtype)
                f.writelines(blob)
                at += int(piece_stored.sum())
                keys.append(fp.keys.astype(np.int64))
                counts.append(fp.counts.astype(np.uint32))
                stored.append(piece_stored)
                comp.append(piece_comp)
            offsets = np.zeros(sum(map(len, keys)) + 1, dtype=np.int64)
            if keys:
                np.cumsum(np.concatenate(stored), out=offsets[1:])
            entry["terms"] = len(offsets) - 1
            arrays = {"keys": keys, "offsets": [offsets], "counts": counts, "comp": comp}
            for key, parts in arrays.items():
                arr = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8 if key == "comp" else np.int64)
                pad = -at % 8
                f.write(b"\0" * pad)
                at += pad
                f.write(arr.tobytes())
                entry[key] = [at, str(arr.dtype), len(arr)]
                at += arr.nbytes
            layout["fields"][name] = entry
        footer = json.dumps(layout, ensure_ascii=False).encode("utf-8")
        f.write(footer)
        f.write(len(footer).to_bytes(8, "little"))


# -- reading -----------------------------------------------------------------


class Stored(NamedTuple):
    """A term's values as one segment stores them, inflated: docnum gaps, frequencies − 1 and, when
    read, positions."""

    values: np.ndarray  # uint16 or uint32
    count: int  # postings
    positions: bool  # whether `values` holds the positions


def decode(parts: list[Stored], offsets: list[int]) -> tuple[np.ndarray, np.ndarray, PosList | None]:
    """One term's values from several segments (the segments' first docnums `offsets`, increasing) as
    one posting list: docnums, frequencies and, when every part holds them, positions. The parts are
    copied once into the lists and decoded there by whole-list array operations, not segment by
    segment: a common term of a large archive is in a hundred segments, and a long list is not copied
    again on the way (the server's peak memory)."""
    counts = np.array([p.count for p in parts], dtype=np.int64)
    firsts = np.cumsum(counts) - counts
    docs = np.empty(int(counts.sum()), dtype=np.int64)
    freqs = np.empty(len(docs), dtype=np.int64)
    for p, at in zip(parts, firsts.tolist()):
        docs[at:at + p.count] = p.values[:p.count]
        freqs[at:at + p.count] = p.values[p.count:2 * p.count]
    # docs holds each segment's docnum gaps, from its own docnum 0. The gap opening a segment also
    # carries the step from the last docnum of the segment before to the segment's first docnum, so
    # that one cumulative sum gives every docnum.
    last = np.asarray(offsets, dtype=np.int64) + np.add.reduceat(docs, firsts)
    docs[firsts[0]] += offsets[0]
    docs[firsts[1:]] += np.asarray(offsets[1:], dtype=np.int64) - last[:-1]
    np.cumsum(docs, out=docs)
    freqs += 1
    pl = None
    if all(p.positions for p in parts):
        pos = np.empty(int(freqs.sum()), dtype=POSITION_DTYPE)
        at = 0
        for p in parts:
            n = len(p.values) - 2 * p.count
            pos[at:at + n] = p.values[2 * p.count:]
            at += n
        pl = PosList(pos, np.cumsum(freqs))
    return docs, freqs, pl


class _Field:
    __slots__ = ("keys", "offsets", "counts", "comp", "blob", "positions", "dtype", "table")


class SegmentPostings:
    """A segment's postings file: its term dictionaries memory-mapped, posting lists read with
    ``os.pread`` (both thread-safe). Reading the lists keeps the file's pages in the system's cache,
    not in the process: a server's memory does not grow with the index."""

    def __init__(self, path: str) -> None:
        self._fd = os.open(path, os.O_RDONLY)
        self._map = mmap.mmap(self._fd, 0, access=mmap.ACCESS_READ)
        mm = self._map
        if mm[:len(MAGIC)] != MAGIC:
            raise ValueError(f"not a postings file: {path}")
        size = int.from_bytes(mm[-8:], "little")
        layout = json.loads(bytes(mm[-8 - size:-8]).decode("utf-8"))
        self.vocab = Vocabulary(layout["words"])
        self.fields: dict[str, _Field] = {}
        for name, entry in layout["fields"].items():
            fd = _Field()
            for key in ("keys", "offsets", "counts", "comp"):
                at, dtype, n = entry[key]
                setattr(fd, key, np.frombuffer(mm, dtype=dtype, count=n, offset=at))
            fd.blob = entry["blob"]
            fd.positions = entry["positions"]
            fd.dtype = np.dtype(entry["dtype"])
            # The same arrays read element by element as Python ints: a term is looked up in a hundred
            # segments, where a numpy call per lookup costs more than the binary search itself.
            fd.table = tuple(memoryview(getattr(fd, key)) for key in ("keys", "offsets", "counts", "comp"))
            self.fields[name] = fd

    def key(self, units: tuple[str, ...]) -> int | None:
        """The term key of one unit or a bigram (two units), None if the segment lacks a unit."""
        ids = [self.vocab.get(u) for u in units]
        if None in ids:
            return None
        return ids[0] if len(ids) == 1 else (ids[0] << UNIT_BITS) | ids[1]

    def _find(self, field: str, units: tuple[str, ...]) -> tuple[_Field, int] | None:
        """A term's field and its row in the field's term table, None when absent."""
        fd = self.fields.get(field)
        key = self.key(units)
        if fd is None or key is None:
            return None
        keys = fd.table[0]
        i = bisect_left(keys, key)
        return (fd, i) if i < len(keys) and keys[i] == key else None

    def doc_frequency(self, field: str, units: tuple[str, ...]) -> int:
        """How many of the segment's documents hold a term (deleted ones included), without reading its postings."""
        found = self._find(field, units)
        return int(found[0].counts[found[1]]) if found else 0

    def stored(self, field: str, units: tuple[str, ...], positions: bool) -> Stored | None:
        """The stored values of one term (a unit, or a bigram of two), None when absent. Without
        `positions` inflating stops after the frequencies: the positions are most of a list's bytes."""
        found = self._find(field, units)
        if found is None:
            return None
        fd, i = found
        _keys, offsets, counts, comp = fd.table
        start, n = offsets[i], counts[i]
        raw = os.pread(self._fd, offsets[i + 1] - start, fd.blob + start)
        with_positions = positions and fd.positions
        if comp[i]:  # zlib-ng inflates the same streams about 1.6 times as fast as zlib
            if with_positions or not fd.positions:
                raw = zlib_ng.decompress(raw)
            else:
                raw = zlib_ng.decompressobj().decompress(raw, 2 * n * fd.dtype.itemsize)
        return Stored(np.frombuffer(raw, dtype=fd.dtype), n, with_positions)

    def field(self, name: str) -> FieldPostings | None:
        """Every posting of a field (for merging segments)."""
        fd = self.fields.get(name)
        if fd is None:
            return None
        t = len(fd.keys)
        raw = [self._map[fd.blob + int(fd.offsets[i]):fd.blob + int(fd.offsets[i + 1])] for i in range(t)]
        raw = [zlib.decompress(r) if c else r for r, c in zip(raw, fd.comp.tolist())]
        vals = np.frombuffer(b"".join(raw), dtype=fd.dtype).astype(np.int64)
        counts = fd.counts.astype(np.int64)
        # Each term's values: gaps (count), freqs − 1 (count), positions (sum of its freqs).
        docs, freqs, pos = [], [], []
        at = 0
        for n in counts.tolist():
            f = vals[at + n:at + 2 * n] + 1
            docs.append(np.cumsum(vals[at:at + n]))
            freqs.append(f)
            at += 2 * n
            if fd.positions:
                m = int(f.sum())
                pos.append(vals[at:at + m])
                at += m
        docs, freqs, pos = (np.concatenate(xs) if xs else np.zeros(0, dtype=np.int64) for xs in (docs, freqs, pos))
        return FieldPostings(fd.keys.astype(np.int64), counts, docs, freqs, pos if fd.positions else None)

    def close(self) -> None:
        try:
            self._map.close()
        except (BufferError, ValueError):
            pass  # arrays still point into it: the map goes with them
        self._close_fd()

    def __del__(self) -> None:
        self._close_fd()

    def _close_fd(self) -> None:
        fd, self._fd = getattr(self, "_fd", -1), -1
        if fd >= 0:
            os.close(fd)
