"""Whole-term posting lists in and out of Whoosh's W3 segment files.

Whoosh reads and writes postings one at a time through Python method calls
(``Matcher.next()``, ``PostingsWriter.add_posting()``), about a microsecond
per posting. A common bigram has tens of thousands of postings, so both ends
here work a *block* at a time instead: a W3 block is a pickled tuple
``(delta-coded ids, weights, values)`` (optionally zlib-compressed), which
``pickle``/``zlib``/``itertools.accumulate`` turn into arrays in C.

The on-disk format is Whoosh's own (a ``W3Codec`` segment), so Whoosh's
searcher, merges and deletion handling still work on these files.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array
from itertools import accumulate
from operator import sub
from typing import NamedTuple

from whoosh.codec.whoosh3 import W3PostingsWriter
from whoosh.reading import TermNotFound

_BLOCK_LEN = struct.Struct("!i")
_MAGIC_LEN = 4  # W3 postings start with a 4-byte header tag


class Postings(NamedTuple):
    """A term's postings in one segment (segment-local docnums, deleted
    documents included: the caller filters them)."""

    ids: list[int]
    weights: list[float]  # frequency for our fields (no boosts at index time)
    values: list[bytes] | None  # per-posting value bytes (positions), if any


def read_postings(segreader, fieldname: str, btext: bytes, values: bool = True) -> Postings | None:
    """All postings of one term in one segment, or None if absent."""
    terms = segreader._terms
    try:
        ti = terms.term_info(fieldname, btext)
    except (TermNotFound, KeyError):
        return None
    if ti.is_inlined():
        ids, weights, vals = ti.inlined_postings()
        return Postings(list(ids), list(weights), list(vals) if values else None)
    offset, length = ti.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it a 1-tuple
        length = length[0]
    buf = terms._postfile.get(offset, length)
    return _parse_blocks(buf, values, ti.doc_frequency())


def _parse_blocks(buf: bytes, want_values: bool, df: int) -> Postings:
    ids: list[int] = []
    weights: list[float] = []
    vals: list[bytes] | None = [] if want_values else None
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
        n, _maxid, _maxw, comp = info[0], info[1], info[2], info[3]
        raw = zlib.decompress(data) if comp else data
        mids, mweights, mvalues = pickle.loads(raw)
        ids.extend(accumulate(mids))
        if mweights is None:
            weights.extend([1.0] * n)
        elif isinstance(mweights, float):
            weights.extend([mweights] * n)
        else:
            weights.extend(mweights)
        if vals is not None and mvalues is not None:
            if isinstance(mvalues, bytes):
                size = len(mvalues) // n if n else 0
                vals.extend(mvalues[i:i + size] for i in range(0, len(mvalues), size))
            else:
                vals.extend(mvalues)
    return Postings(ids, weights, vals)


class FastPostingsWriter(W3PostingsWriter):
    """W3PostingsWriter fed a whole term at once (see write_term)."""

    def _mini_ids(self):
        ids = self._ids
        if not ids:
            return ()
        return (ids[0], *map(sub, ids[1:], ids[:-1]))

    def _mini_weights(self):
        w = self._weights
        n = len(w)
        # Frequencies arrive as ints; Whoosh's readers expect floats.
        if w.count(1) == n:
            return None
        if w.count(w[0]) == n:
            return float(w[0])
        return tuple(map(float, w))


def write_term(pw: FastPostingsWriter, ids: array, weights: array,
               values: list[bytes] | None, doclens: array | None) -> None:
    """Write one started term's postings (sorted ids) as W3 blocks, all but
    the last: ``finish_postings()`` (via ``FieldWriter.finish_term()``)
    writes that one. `doclens[docnum]` gives the field length used for the
    block statistics Whoosh keeps (None when the field is not scored)."""
    n = len(ids)
    limit = pw._blocklimit
    for s in range(0, n, limit):
        e = min(s + limit, n)
        pw._ids = ids[s:e]
        w = weights[s:e]
        pw._weights = w
        pw._values = values[s:e] if values is not None else []
        pw._maxweight = max(w)
        if doclens is not None:
            lens = [doclens[d] for d in pw._ids]
            pw._minlength = min(lens) or None
            pw._maxlength = max(lens)
        else:
            pw._minlength, pw._maxlength = None, 0
        if e < n:
            pw._write_block()
