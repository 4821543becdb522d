"""Whole-term posting lists in and out of Whoosh's W3 segment files.

Whoosh reads and writes postings one at a time through Python method calls
(``Matcher.next()``, ``PostingsWriter.add_posting()``), about a microsecond
per posting. A common bigram has tens of thousands of postings, so both ends
here work a *block* at a time instead: a W3 block is a pickled tuple
``(delta-coded ids, weights, values)`` (optionally zlib-compressed) whose
parts unpickle as buffers; the blocks of a term are joined and decoded into
numpy arrays (docnums, frequencies, positions) in a few array operations.

The on-disk format is Whoosh's own (a ``W3Codec`` segment), so Whoosh's
searcher, merges and deletion handling still work on these files.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from itertools import accumulate
from typing import NamedTuple

import numpy as np
from whoosh.system import pack_uint

from .analysis import POSITION_SIZE, POSITION_TYPE
from .whoosh_internals import BlockPostingsWriter, raw_postings

POSITION_DTYPE = np.dtype(POSITION_TYPE)  # the same uint16 as the arrays written

_BLOCK_LEN = struct.Struct("!i")
_MAGIC_LEN = 4  # W3 postings start with a 4-byte header tag


class PackedValues:
    """A block's per-posting values as one bytes blob and end offsets.

    Whoosh pickles a block's values as a tuple of bytes, one object per
    posting to rebuild on every read; this unpickles as two objects (the
    offsets are an array) and still answers ``values[i]`` for Whoosh's own
    matchers. Offsets count positions, not bytes."""

    __slots__ = ("blob", "ends")

    def __init__(self, blob: bytes, ends: array) -> None:
        self.blob = blob
        self.ends = ends

    def __reduce__(self):
        return (PackedValues, (self.blob, self.ends))

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i: int) -> bytes:
        if i < 0:
            i += len(self.ends)
        start = self.ends[i - 1] if i else 0
        return self.blob[start * POSITION_SIZE:self.ends[i] * POSITION_SIZE]

    def __iter__(self):
        return (self[i] for i in range(len(self.ends)))


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
        return cls(np.concatenate([p.pos for p in lists]), _join_ends([p.ends for p in lists]))

    @classmethod
    def from_values(cls, values) -> "PosList":
        vs = list(values)
        pos = np.frombuffer(b"".join(vs), dtype=POSITION_DTYPE)
        return cls(pos, np.cumsum([len(v) // POSITION_SIZE for v in vs], dtype=np.int64))


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
    weights: np.ndarray  # float32: frequency for our fields (no boosts at index time)
    values: PosList | None  # positions, when asked for and the field has them


def read_postings(segreader, fieldname: str, btext: bytes, values: bool = True) -> Postings | None:
    """All postings of one term in one segment, or None if absent."""
    raw = raw_postings(segreader, fieldname, btext)
    if raw is None:
        return None
    if isinstance(raw, tuple):  # inlined in the term info
        ids, weights, vals = raw
        return Postings(np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float32),
                        PosList.from_values(vals) if values and vals else None)
    return _parse_blocks(raw, values)


def _parse_blocks(buf: bytes, want_values: bool) -> Postings:
    """Decode W3 blocks: each block is unpickled (arrays come out as
    buffers), then ids, weights and positions of all blocks are joined and
    decoded with numpy, not one posting at a time."""
    id_parts: list = []
    weight_parts: list = []
    blobs: list[bytes] = []
    end_parts: list = []
    has_values = False
    mv = memoryview(buf)
    pos = _MAGIC_LEN
    end = len(buf)
    while pos < end:
        (blen,) = _BLOCK_LEN.unpack_from(buf, pos)
        pos += 4
        blen = -blen if blen < 0 else blen
        # The block info tuple is pickled in front of the data; loads()
        # ignores trailing bytes, and re-dumping gives its exact length.
        info = pickle.loads(mv[pos:pos + blen])
        data = mv[pos + len(pickle.dumps(info, 2)):pos + blen]
        pos += blen
        n, comp = info[0], info[3]
        raw = zlib.decompress(data) if comp else data
        mids, mweights, mvalues = pickle.loads(raw)
        id_parts.append(np.asarray(mids, dtype=np.uint32))
        if mweights is None:
            weight_parts.append(np.ones(n, dtype=np.float32))
        elif isinstance(mweights, (float, int)):
            weight_parts.append(np.full(n, mweights, dtype=np.float32))
        else:
            weight_parts.append(np.asarray(mweights, dtype=np.float32))
        if want_values and mvalues is not None and not isinstance(mvalues, bytes):
            has_values = True
            if isinstance(mvalues, PackedValues):
                blobs.append(mvalues.blob)
                end_parts.append(np.asarray(mvalues.ends, dtype=np.int64))
            else:  # tuple of bytes, as Whoosh's own writer leaves it
                blobs.append(b"".join(mvalues))
                end_parts.append(np.cumsum([len(v) // POSITION_SIZE for v in mvalues], dtype=np.int64))
    ids = _undelta(id_parts)
    weights = np.concatenate(weight_parts) if weight_parts else np.zeros(0, dtype=np.float32)
    if not has_values:
        return Postings(ids, weights, None)
    pos = np.frombuffer(b"".join(blobs), dtype=POSITION_DTYPE)
    return Postings(ids, weights, PosList(pos, _join_ends(end_parts)))


def _join_ends(parts: list[np.ndarray]) -> np.ndarray:
    """Cumulative ends of consecutive parts, each counting from its own
    start: every part is shifted by the positions of the parts before it."""
    totals = np.array([e[-1] if len(e) else 0 for e in parts], dtype=np.int64)
    shift = np.cumsum(totals) - totals
    return np.concatenate(parts) + np.repeat(shift, [len(e) for e in parts])


def _undelta(parts: list[np.ndarray]) -> np.ndarray:
    """Docnums from per-block delta codes (each block's first id is absolute)."""
    if not parts:
        return np.zeros(0, dtype=np.int64)
    deltas = np.concatenate(parts).astype(np.int64)
    ids = np.cumsum(deltas)
    if len(parts) > 1:
        lens = np.array([len(p) for p in parts], dtype=np.int64)
        firsts = np.cumsum(lens)[:-1]
        carry = np.zeros(len(parts), dtype=np.int64)
        carry[1:] = ids[firsts - 1]  # what the cumsum carried into each block
        ids -= np.repeat(carry, lens)
    return ids


def write_term(pw: BlockPostingsWriter, ids: array, weights: array,
               positions: bytes | None, doclens: array | None, freq_values: bool = False) -> None:
    """Write one started term's postings (sorted ids) as W3 blocks, all but
    the last: ``finish_postings()`` (via ``FieldWriter.finish_term()``)
    writes that one. `positions` is every posting's positions concatenated
    (weights are the counts); `doclens[docnum]` gives the field length for
    the block statistics Whoosh keeps (None when the field is not scored)."""
    n = len(ids)
    limit = pw.block_limit
    pstart = 0
    for s in range(0, n, limit):
        e = min(s + limit, n)
        block_ids = ids[s:e]
        w = weights[s:e]
        if positions is not None:
            ends = array("I", accumulate(w))
            pend = pstart + ends[-1]
            values = PackedValues(positions[pstart * POSITION_SIZE:pend * POSITION_SIZE], ends)
            pstart = pend
        elif freq_values:
            values = list(map(pack_uint, w))
        else:
            values = []
        lengths = [doclens[d] for d in block_ids] if doclens is not None else None
        pw.set_block(block_ids, w, values, lengths)
        if e < n:
            pw.write_block()
