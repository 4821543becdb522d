"""A segment's postings file: every field's terms and posting lists, written and read in numpy.

One file per segment (``<segment id>.zzp``, beside Whoosh's own files, so Whoosh's commits
delete it with its segment). For each field a sorted array of term keys (app.search.tokens)
points into one blob where each term's postings are stored as

    varint(docnum gaps) · varint(frequency − 1) · varint(position gaps)   (zlib'd when long)

— docnums delta-coded within the term, positions (bigram fields only) delta-coded within each
posting. Writing encodes every term of a field at once with array operations; reading a term is
one slice of a memory map, at most one ``zlib.decompress`` and a few array operations. The whole
file is laid out by a JSON footer (its last 8 bytes give its length).
"""

from __future__ import annotations

import json
import mmap
import zlib
from typing import NamedTuple

import numpy as np

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

    def take(self, idx: np.ndarray) -> "PosList":
        """The positions of postings `idx` (sorted), as a PosList of their own."""
        gather, counts = ragged(self.ends, idx)
        return PosList(self.pos[gather], np.cumsum(counts))

    @classmethod
    def concat(cls, lists: list["PosList"]) -> "PosList":
        """The postings of `lists` one after the other."""
        totals = np.array([p.ends[-1] if len(p.ends) else 0 for p in lists], dtype=np.int64)
        shift = np.repeat(np.cumsum(totals) - totals, [len(p.ends) for p in lists])
        return cls(np.concatenate([p.pos for p in lists]), np.concatenate([p.ends for p in lists]) + shift)


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


class Postings(NamedTuple):
    """A term's postings in one segment (segment-local docnums, deleted
    documents included: the caller filters them)."""

    ids: np.ndarray  # int64, increasing
    weights: np.ndarray  # float32 frequencies
    values: PosList | None  # positions, when asked for and the field has them


# -- varints ----------------------------------------------------------------


def varint_encode(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 bytes of non-negative `values` (< 2**35), and each value's byte count."""
    v = values.astype(np.uint64)
    nbytes = np.ones(len(v), dtype=np.int64)
    for shift in (7, 14, 21, 28):
        nbytes += v >= (1 << shift)
    out = np.empty(int(nbytes.sum()), dtype=np.uint8)
    start = np.cumsum(nbytes) - nbytes
    for k in range(int(nbytes.max()) if len(v) else 0):
        has = np.flatnonzero(nbytes > k)
        byte = ((v[has] >> np.uint64(7 * k)) & np.uint64(0x7F)).astype(np.uint8)
        byte[nbytes[has] > k + 1] |= 0x80
        out[start[has] + k] = byte
    return out, nbytes


def varint_decode(b: np.ndarray) -> np.ndarray:
    """The int64 values of LEB128 bytes."""
    if not len(b):
        return np.zeros(0, dtype=np.int64)
    last = b < 0x80
    if last.all():
        return b.astype(np.int64)
    starts = np.flatnonzero(np.concatenate(([True], last[:-1])))
    k = np.arange(len(b), dtype=np.int64) - np.repeat(starts, np.diff(np.append(starts, len(b))))
    return np.add.reduceat((b & 0x7F).astype(np.int64) << (7 * k), starts)


# -- grouping sorted postings ------------------------------------------------


class FieldPostings(NamedTuple):
    """One field's postings, grouped: distinct term keys, per term the number of postings, per
    posting its docnum and frequency, and (bigram fields) every position."""

    keys: np.ndarray  # int64, increasing
    counts: np.ndarray  # int64 postings per term
    docs: np.ndarray  # int64, increasing within each term
    freqs: np.ndarray  # int64
    pos: np.ndarray | None  # int64, per posting increasing, postings one after the other


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
    return FieldPostings(post_keys[term_starts], counts, docs.astype(np.int64), freqs.astype(np.int64),
                         None if pos is None else pos.astype(np.int64))


def expand_positions(fp: FieldPostings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(key, doc, position) triples of a field's postings, in order (for merging)."""
    post_keys = np.repeat(fp.keys, fp.counts)
    return np.repeat(post_keys, fp.freqs), np.repeat(fp.docs, fp.freqs), fp.pos


# -- encoding ----------------------------------------------------------------


def _encode_field(fp: FieldPostings) -> tuple[dict[str, np.ndarray], bytes]:
    """The dictionary arrays and the blob of one field."""
    counts = fp.counts
    t = len(counts)
    term_of_post = np.repeat(np.arange(t), counts)
    first_post = np.cumsum(counts) - counts
    gaps = fp.docs.copy()
    if len(gaps):
        gaps[1:] -= fp.docs[:-1]
        gaps[first_post] = fp.docs[first_post]
    npos = np.zeros(t, dtype=np.int64)
    if fp.pos is not None:
        npos = np.add.reduceat(fp.freqs, first_post) if t else npos
    size = 2 * counts + npos
    base = np.cumsum(size) - size
    values = np.empty(int(size.sum()), dtype=np.int64)
    local = np.arange(len(fp.docs)) - first_post[term_of_post]
    values[base[term_of_post] + local] = gaps
    values[base[term_of_post] + counts[term_of_post] + local] = fp.freqs - 1
    if fp.pos is not None and len(fp.pos):
        first_pos = np.cumsum(fp.freqs) - fp.freqs
        pgaps = fp.pos.copy()
        pgaps[1:] -= fp.pos[:-1]
        pgaps[first_pos] = fp.pos[first_pos]
        term_of_pos = np.repeat(term_of_post, fp.freqs)
        term_first_pos = np.cumsum(npos) - npos
        rel = np.arange(len(fp.pos)) - term_first_pos[term_of_pos]
        values[base[term_of_pos] + 2 * counts[term_of_pos] + rel] = pgaps
    raw, nbytes = varint_encode(values)
    lengths = np.add.reduceat(nbytes, base) if t else np.zeros(0, dtype=np.int64)
    raw_ends = np.cumsum(lengths)
    # Long posting lists are zlib'd one by one; runs of short ones are copied as they are.
    comp = np.zeros(t, dtype=np.uint8)
    stored = lengths.copy()
    pieces: list[bytes] = []
    done = 0
    buf = raw.tobytes()
    for i in np.flatnonzero(lengths >= COMPRESS_FROM).tolist():
        start = int(raw_ends[i] - lengths[i])
        packed = zlib.compress(buf[start:int(raw_ends[i])], 1)
        if len(packed) < lengths[i]:
            pieces.append(buf[done:start])
            pieces.append(packed)
            done = int(raw_ends[i])
            comp[i] = 1
            stored[i] = len(packed)
    pieces.append(buf[done:])
    offsets = np.zeros(t + 1, dtype=np.int64)
    np.cumsum(stored, out=offsets[1:])
    arrays = {"keys": fp.keys.astype(np.int64), "offsets": offsets, "counts": counts.astype(np.uint32), "comp": comp}
    return arrays, b"".join(pieces)


def write_file(path: str, fields: dict[str, FieldPostings], words: list[str]) -> None:
    """Write a segment's postings file at `path`."""
    layout: dict = {"words": words, "fields": {}}
    with open(path, "wb") as f:
        f.write(MAGIC)
        at = len(MAGIC)
        for name, fp in fields.items():
            arrays, blob = _encode_field(fp)
            entry = {"positions": fp.pos is not None, "terms": len(fp.keys)}
            for key, arr in arrays.items():
                pad = -at % 8
                f.write(b"\0" * pad)
                at += pad
                f.write(arr.tobytes())
                entry[key] = [at, str(arr.dtype), len(arr)]
                at += arr.nbytes
            f.write(blob)
            entry["blob"] = at
            at += len(blob)
            layout["fields"][name] = entry
        footer = json.dumps(layout, ensure_ascii=False).encode("utf-8")
        f.write(footer)
        f.write(len(footer).to_bytes(8, "little"))


# -- reading -----------------------------------------------------------------


class _Field:
    __slots__ = ("keys", "offsets", "counts", "comp", "blob", "positions")


class SegmentPostings:
    """A segment's postings file, memory-mapped (reads are thread-safe)."""

    def __init__(self, path: str) -> None:
        with open(path, "rb") as f:
            self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
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
            self.fields[name] = fd

    def key(self, units: tuple[str, ...]) -> int | None:
        """The term key of one unit or a bigram (two units), None if the segment lacks a unit."""
        ids = [self.vocab.get(u) for u in units]
        if None in ids:
            return None
        return ids[0] if len(ids) == 1 else (ids[0] << UNIT_BITS) | ids[1]

    def get(self, field: str, units: tuple[str, ...], values: bool) -> Postings | None:
        """The postings of one term (a unit, or a bigram of two), None when absent."""
        fd = self.fields.get(field)
        key = self.key(units)
        if fd is None or key is None or not len(fd.keys):
            return None
        i = int(np.searchsorted(fd.keys, key))
        if i >= len(fd.keys) or fd.keys[i] != key:
            return None
        raw = self._map[fd.blob + int(fd.offsets[i]):fd.blob + int(fd.offsets[i + 1])]
        if fd.comp[i]:
            raw = zlib.decompress(raw)
        vals = varint_decode(np.frombuffer(raw, dtype=np.uint8))
        n = int(fd.counts[i])
        docs = np.cumsum(vals[:n])
        freqs = vals[n:2 * n] + 1
        pl = None
        if values and fd.positions:
            ends = np.cumsum(freqs)
            pl = PosList(_undelta_runs(vals[2 * n:], ends).astype(POSITION_DTYPE), ends)
        return Postings(docs, freqs.astype(np.float32), pl)

    def field(self, name: str) -> FieldPostings | None:
        """Every posting of a field (for merging segments)."""
        fd = self.fields.get(name)
        if fd is None:
            return None
        t = len(fd.keys)
        raw = [self._map[fd.blob + int(fd.offsets[i]):fd.blob + int(fd.offsets[i + 1])] for i in range(t)]
        raw = [zlib.decompress(r) if c else r for r, c in zip(raw, fd.comp.tolist())]
        vals = varint_decode(np.frombuffer(b"".join(raw), dtype=np.uint8))
        counts = fd.counts.astype(np.int64)
        # Each term's values: gaps (count), freqs − 1 (count), position gaps (sum of its freqs).
        docs, freqs, pos = [], [], []
        at = 0
        for n in counts.tolist():
            f = vals[at + n:at + 2 * n] + 1
            docs.append(np.cumsum(vals[at:at + n]))
            freqs.append(f)
            at += 2 * n
            if fd.positions:
                m = int(f.sum())
                pos.append(_undelta_runs(vals[at:at + m], np.cumsum(f)))
                at += m
        cat = (lambda xs: np.concatenate(xs) if xs else np.zeros(0, dtype=np.int64))
        return FieldPostings(fd.keys.astype(np.int64), counts, cat(docs), cat(freqs),
                             cat(pos) if fd.positions else None)

    def close(self) -> None:
        try:
            self._map.close()
        except (BufferError, ValueError):
            pass  # arrays still point into it: the map goes with them


def _undelta_runs(gaps: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Values from gaps that restart (absolute) at every run start; `ends` are the runs' ends."""
    total = np.cumsum(gaps)
    if not len(total):
        return total
    starts = ends - np.diff(np.concatenate(([0], ends)))
    base = total[starts] - gaps[starts]
    return total - np.repeat(base, np.diff(np.concatenate(([0], ends))))
