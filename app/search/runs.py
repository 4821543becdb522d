"""A segment writer's postings on their way to the postings file, in bounded memory.

Postings come in per field as parts (term keys, docnums, values: positions or counts) in docnum
order. They are held in memory up to a budget; beyond it every field's parts are sorted by key
(stably: docnums and positions keep their order) and written out to a temporary file as one run.
The segment's postings file is then written a range of keys at a time: every run's postings in the
range are read back and sorted together (a stable sort of sorted runs is a merge), which gives the
order one sort of everything would, without ever holding a whole field in memory.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from .tokens import UNIT_BITS

SPILL_BYTES = 32 << 20  # postings held in memory before they are written out as a run
PIECE_POSTINGS = 1 << 19  # about this many postings of a field are read back and sorted at once
SAMPLE = 1 << 12  # every SAMPLE-th key of a run stays in memory, to find a range of keys in it

Arrays = tuple[np.ndarray, np.ndarray, np.ndarray]  # keys, docnums, values


class Largest(NamedTuple):
    """The largest docnum, value and number of postings of one (key, docnum) in a field."""

    doc: int
    value: int
    repeats: int


class _Run:
    """One field's sorted postings in one run, in memory or at `at` in the runs' file."""

    def __init__(self, arrays: Arrays, fd: int = -1, at: int = 0) -> None:
        keys, docs, values = arrays
        self.n = len(keys)
        self.samples = keys[::SAMPLE].copy()
        self.largest = _largest(keys, docs, values)
        self.dtypes = [a.dtype for a in arrays]
        self.fd, self.at = fd, at
        self._arrays: Arrays | None = None if fd >= 0 else arrays

    def read(self, which: int, lo: int, hi: int) -> np.ndarray:
        """Postings lo..hi-1 of the keys (0), docnums (1) or values (2)."""
        if self._arrays is not None:
            return self._arrays[which][lo:hi]
        at = self.at + sum(self.n * d.itemsize for d in self.dtypes[:which])
        size = self.dtypes[which].itemsize
        return np.frombuffer(os.pread(self.fd, (hi - lo) * size, at + lo * size), dtype=self.dtypes[which])

    def cut(self, edges: np.ndarray) -> np.ndarray:
        """Where each edge key would go among the run's keys: [0, …, n] around them."""
        j = np.searchsorted(self.samples, edges)  # the place lies between samples j-1 and j
        out = [0]
        for e, s in zip(edges.tolist(), j.tolist()):
            lo, hi = max(0, (s - 1) * SAMPLE), min(self.n, s * SAMPLE)
            out.append(lo + int(np.searchsorted(self.read(0, lo, hi), e)))
        out.append(self.n)
        return np.array(out, dtype=np.int64)


_LOW_BITS = UNIT_BITS  # a bigram key's second unit; the rest (its first) is ranked when too wide
_DENSE_LIMIT = 1 << 24  # high parts up to this are ranked through a table of that many entries at most


class PostingRuns:
    """Every field's postings of one segment, as parts in memory and runs in a temporary file."""

    def __init__(self, folder: str, budget: int | None = None) -> None:
        self.folder, self.budget = folder, SPILL_BYTES if budget is None else budget
        # Per field: keys, docnums, values, and whether each part is sorted by key already.
        self._parts: dict[str, tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray], list[bool]]] = {}
        self._held = 0
        self._runs: dict[str, list[_Run]] = {}
        # Opened at the first run, unlinked at once (nothing is left behind; where a file system cannot
        # create it without a name, the dot keeps it out of the build's manifest for that moment).
        self._file = None
        self._end = 0

    @property
    def spilled(self) -> int:
        """Runs written out so far."""
        return max((len(r) for r in self._runs.values()), default=0)

    def hold(self, fname: str, keys: np.ndarray, docs: np.ndarray, values: np.ndarray, *,
             by_key: bool = False) -> None:
        """Postings of whole documents of one field, after every earlier one of the field; `by_key`: already
        sorted by key (stably), as a writer that needed that order itself has them."""
        parts = self._parts.setdefault(fname, ([], [], [], []))
        for part, a in zip(parts, (keys, docs, values)):
            part.append(a)
        parts[3].append(by_key)
        self._held += keys.nbytes + docs.nbytes + values.nbytes
        if self._held >= self.budget:
            self.spill()

    def spill(self) -> None:
        """Sort what is held and write it out as one run."""
        if self._file is None:
            self._file = tempfile.TemporaryFile(prefix=".postings-", dir=self.folder)
        f = self._file
        f.seek(self._end)
        for fname in sorted(self._parts):
            arrays = _sorted(self._parts.pop(fname))
            self._runs.setdefault(fname, []).append(_Run(arrays, f.fileno(), self._end))
            for a in arrays:
                f.write(memoryview(np.ascontiguousarray(a)).cast("B"))
                self._end += a.nbytes
        f.flush()  # read back with os.pread
        self._held = 0

    def fields(self) -> Iterator[tuple[str, Largest, Iterator[Arrays]]]:
        """Each field (in name order): its largest values and its postings sorted by key, then
        docnum, in pieces that each hold whole terms."""
        if self._runs and self._held:
            self.spill()
        for fname in sorted(set(self._parts) | set(self._runs)):
            runs = self._runs.pop(fname, None) or [_Run(_sorted(self._parts.pop(fname)))]
            largest = Largest(*(max(column) for column in zip(*(run.largest for run in runs))))
            yield fname, largest, _merged(runs)

    def close(self) -> None:
        self._parts.clear()
        self._runs.clear()
        if self._file is not None:
            self._file.close()
            self._file = None


def _sorted(parts: tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray], list[bool]]) -> Arrays:
    """Parts in docnum order, sorted by key (stably: docnums and positions stay in order)."""
    by_key, several = all(parts[3]), len(parts[3]) > 1
    parts[3].clear()
    keys = _joined(parts[0])  # each list is emptied as it is joined: one copy at a time
    if by_key and not several:
        return keys, _joined(parts[1]), _joined(parts[2])
    # Parts sorted already, one after another: numpy's stable sort (a timsort) merges them, as in _merged.
    order = np.argsort(keys, kind="stable") if by_key else stable_order(keys)
    keys = keys[order]
    docs = _joined(parts[1])[order]
    return keys, docs, _joined(parts[2])[order]


def stable_order(keys: np.ndarray) -> np.ndarray:
    """The order that sorts `keys` stably (equal keys keep their order), as np.argsort(kind="stable")
    gives it, several times faster: one plain sort of key·index, each key's index in its low bits. Keys too
    wide for that have their high part (a bigram's first unit) replaced by its rank among the high parts
    present, which keeps their order."""
    n = len(keys)
    if not n or int(keys.min()) < 0:
        return np.argsort(keys, kind="stable")
    bits = max(n - 1, 1).bit_length()
    if int(keys.max()).bit_length() + bits > 63:
        high = keys >> _LOW_BITS
        if int(high.max()) >= _DENSE_LIMIT:
            return np.argsort(keys, kind="stable")
        present = np.zeros(int(high.max()) + 1, dtype=bool)
        present[high] = True
        rank = np.cumsum(present, dtype=np.int64) - 1
        keys = (rank[high] << _LOW_BITS) | (keys & ((1 << _LOW_BITS) - 1))
        if int(keys.max()).bit_length() + bits > 63:
            return np.argsort(keys, kind="stable")
    return np.sort((keys.astype(np.int64) << bits) | np.arange(n, dtype=np.int64)) & ((1 << bits) - 1)


def _joined(parts: list[np.ndarray]) -> np.ndarray:
    out = np.concatenate(parts) if len(parts) > 1 else parts[0]
    parts.clear()
    return out


def _largest(keys: np.ndarray, docs: np.ndarray, values: np.ndarray) -> Largest:
    n = len(keys)
    if not n:
        return Largest(0, 0, 0)
    new = np.ones(n, dtype=bool)
    new[1:] = (keys[1:] != keys[:-1]) | (docs[1:] != docs[:-1])
    repeats = int(np.diff(np.append(np.flatnonzero(new), n)).max())
    return Largest(int(docs.max()), int(values.max()), repeats)


def _merged(runs: list[_Run]) -> Iterator[Arrays]:
    """The runs' postings sorted by key, then by run (docnum order), a range of keys at a time."""
    samples = np.unique(np.concatenate([r.samples for r in runs]))
    # Each sample stands for up to SAMPLE postings of its run: so many samples make a piece.
    edges = samples[max(1, PIECE_POSTINGS // SAMPLE)::max(1, PIECE_POSTINGS // SAMPLE)]
    cuts = [run.cut(edges) for run in runs]
    for piece in range(len(edges) + 1):
        bounds = [(run, int(c[piece]), int(c[piece + 1])) for run, c in zip(runs, cuts)]
        bounds = [b for b in bounds if b[2] > b[1]]
        if not bounds:
            continue
        keys, docs, values = ([run.read(which, lo, hi) for run, lo, hi in bounds] for which in range(3))
        if len(bounds) == 1:
            yield keys[0], docs[0], values[0]
            continue
        k = np.concatenate(keys)
        # Sorted runs one after the other: numpy's stable sort (a timsort) finds them and merges them,
        # faster than stable_order's sort of everything.
        order = np.argsort(k, kind="stable")
        yield k[order], np.concatenate(docs)[order], np.concatenate(values)[order]
