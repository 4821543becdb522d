"""Query evaluation: set-at-a-time over whole posting lists, in numpy.

Whoosh evaluates a query document-at-a-time through a tree of matcher
objects: several Python calls per posting per query node. Here each term's
posting list is read whole into numpy arrays (app.search.snapshot), and a
query node's result is a pair of arrays: the matching docnums (sorted) and
their scores (app.search.scoring). Intersections use per-document boolean
masks, a phrase's positions are compared as sorted ``docnum·2¹⁶ + position
− offset`` keys by binary search. Total counts and facets need every hit
anyway, so nothing is lost by not stopping early; the cost of a query is a
few array passes over its postings.

What is evaluated is kept small too: filters are applied first and the
query is matched only within their documents; the operands of an AND run
rarest first (by their terms' document frequencies), each only within the
hits so far. So that this changes no score, an atom's df is always its
terms' (a phrase's: its rarest bigram's, an upper bound), never the number
of documents it happened to be matched in, and AND scores are summed in the
query's order.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from .postings import ragged
from .querylang import AllDocs, And, Atom, Node, Not, Or
from .scoring import BOOSTED_FIELDS, bm25f
from .snapshot import NO_DOCS, Snapshot, Term


class Scored(NamedTuple):
    """The documents a query node matches (sorted docnums) and their scores."""

    docs: np.ndarray  # int64, increasing
    scores: np.ndarray  # float64, same length


EMPTY = Scored(NO_DOCS, np.zeros(0, dtype=np.float64))


def present(sorted_values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """The elements of `wanted` that occur in `sorted_values` (in the order
    of `wanted`), by binary search."""
    if not len(sorted_values) or not len(wanted):
        return wanted[:0]
    i = np.searchsorted(sorted_values, wanted)
    np.minimum(i, len(sorted_values) - 1, out=i)
    return wanted[sorted_values[i] == wanted]


def pairs(run: tuple[str, ...]) -> list[tuple[str, str]]:
    """The bigrams of a run of units, as pairs of units."""
    return list(zip(run, run[1:]))


def checked_offsets(bigrams: int) -> list[int]:
    """The bigrams (by offset) whose positions a phrase of `bigrams` bigrams is matched with: a covering
    subset, 0, 2, 4… and the last. The others only narrow the candidates, by their documents."""
    m = bigrams - 1
    return sorted(set(range(0, m + 1, 2)) | {m}) if m > 0 else []


def positioned(bgs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The bigrams of a run whose positions are read: those a phrase is lined up with."""
    return {bgs[k] for k in checked_offsets(len(bgs))}


def _distinct_sorted(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct values of a sorted array and how often each occurs."""
    if not len(a):
        return a, np.zeros(0, dtype=np.int64)
    first = np.empty(len(a), dtype=bool)
    first[0] = True
    np.not_equal(a[1:], a[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(a)))
    return a[starts], counts


class Evaluator:
    """Evaluates one parsed query against a Snapshot."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self._cache: dict[tuple[str, tuple[str, ...], bool], Term] = {}

    def postings(self, field: str, term: tuple[str, ...], values: bool) -> Term:
        """A term's (one unit, or a bigram of two) postings, read once per query."""
        key = (field, term, values)
        p = self._cache.get(key)
        if p is None and not values:
            p = self._cache.get((field, term, True))
        if p is None:
            p = self._cache[key] = self.snap.postings(field, term, values)
        return p

    # -- atoms ----------------------------------------------------------------

    def match_run(self, field: str, run: tuple[str, ...], within: np.ndarray | None = None) -> Scored:
        """Documents holding one run of units in `field` (within the mask
        `within`, if given), with the number of occurrences."""
        if len(run) == 1:
            t = self.postings(field + "1", run, False)
        else:
            bgs = pairs(run)
            if len(bgs) > 1:
                return self._phrase(field, bgs, within)
            t = self.postings(field, bgs[0], False)
        if within is None:
            return Scored(t.docs, t.weights.astype(np.float64))
        keep = within[t.docs]
        return Scored(t.docs[keep], t.weights[keep].astype(np.float64))

    def _phrase(self, field: str, bgs: list[tuple[str, str]], within: np.ndarray | None) -> Scored:
        with_positions = positioned(bgs)
        terms: dict[tuple[str, str], Term] = {}
        for bg in dict.fromkeys(bgs):
            t = self.postings(field, bg, bg in with_positions)
            if not len(t.docs) or (bg in with_positions and t.positions is None):
                return EMPTY
            terms[bg] = t
        # Candidates: documents holding every bigram, rarest list first.
        lists = sorted(terms.values(), key=lambda t: len(t.docs))
        cand = lists[0].docs if within is None else lists[0].docs[within[lists[0].docs]]
        for t in lists[1:]:
            cand = cand[self.snap.mask(t.docs)[cand]]  # a mask: faster than a binary search of long lists
            if not len(cand):
                return EMPTY
        # Positions of a covering subset of bigrams (offsets 0, 2, 4.. and
        # the last) must line up: run breaks leave a gap position, so they
        # can only line up inside one unbroken run. Each position becomes
        # the key docnum·2¹⁶ + position − offset; keys in every bigram's set
        # are phrase starts. Positions stay below 65,000 and query offsets
        # below 500, so keys of different documents never collide. Keys come
        # out sorted (docnums and positions increase), so they intersect by
        # binary search, and documents that lose all starts drop out early.
        starts: np.ndarray | None = None
        per_doc = cand
        for k in checked_offsets(len(bgs)):
            t = terms[bgs[k]]
            gather, counts = ragged(t.positions.ends, np.searchsorted(t.docs, cand))
            keys = (np.repeat(cand << 16, counts) - k) + t.positions.pos[gather]
            starts = keys if starts is None else present(keys, starts)
            if not len(starts):
                return EMPTY
            cand, per_doc = _distinct_sorted(starts >> 16)
        return Scored(cand, per_doc.astype(np.float64))

    def _df_bound(self, atom: Atom) -> int:
        """Upper bound of an atom's document frequency from its terms' (exact
        for one unigram or one bigram). Positions are read along where
        matching the phrase will need them."""
        dfs = []
        for run in atom.runs:
            if len(run) == 1:
                dfs.append(len(self.postings(atom.field + "1", run, False).docs))
            else:
                bgs = pairs(run)
                with_positions = positioned(bgs)
                dfs.append(min(len(self.postings(atom.field, bg, bg in with_positions).docs) for bg in bgs))
        return min(dfs) if dfs else 0

    def _cost(self, node: Node) -> int:
        """Upper bound of a node's hits, to evaluate AND operands rarest first."""
        if isinstance(node, Atom):
            return self._df_bound(node)
        if isinstance(node, And):
            pos = [c for c in node.children if not isinstance(c, Not)]
            return min(map(self._cost, pos)) if pos else self.snap.doc_count
        if isinstance(node, Or):
            return sum(map(self._cost, node.children))
        return self.snap.doc_count

    def match_atom(self, atom: Atom, within: np.ndarray | None = None) -> Scored:
        """Documents matching an atom, with occurrences; a word with
        punctuation inside is several runs, all required (each run's count
        is summed)."""
        result: Scored | None = None
        for run in atom.runs:
            if result is None:
                result = self.match_run(atom.field, run, within)
            else:
                m = self.match_run(atom.field, run, self.snap.mask(result.docs))
                before = result.scores[np.searchsorted(result.docs, m.docs)]
                result = Scored(m.docs, before + m.scores)
            if not len(result.docs):
                return EMPTY
        return result or EMPTY

    def score_atom(self, atom: Atom, within: np.ndarray | None = None) -> Scored:
        """BM25F score of the documents matching one atom, within `within`.
        The df is its terms' (a phrase's: its rarest bigram's), never the
        count of documents matched: an atom is often matched only within
        other operands' hits or a filter, and a document's score must not
        depend on which, nor on the order AND operands are evaluated in."""
        docs, tf = self.match_atom(atom, within)
        if not len(docs):
            return EMPTY
        boosted = {}
        if atom.field == "all":
            matched = self.snap.mask(docs)
            boosted = {f: self.match_atom(Atom(f, atom.text, atom.runs), within=matched) for f in BOOSTED_FIELDS}
        df = max(1, self._df_bound(atom))
        return Scored(docs, bm25f(self.snap.norm, self.snap.doc_count, atom.field, docs, tf, boosted, df))

    # -- boolean structure ----------------------------------------------------

    def evaluate(self, node: Node, within: np.ndarray | None = None) -> Scored:
        """The documents matching `node` (only those in the mask `within`,
        if given), with their scores."""
        if isinstance(node, Atom):
            return self.score_atom(node, within)
        if isinstance(node, AllDocs):
            live = self.snap.live_docs
            docs = live if within is None else live[within[live]]
            return Scored(docs, np.zeros(len(docs)))
        if isinstance(node, And):
            return self._evaluate_and(node, within)
        if isinstance(node, Or):
            total = np.zeros(self.snap.n)
            hit = np.zeros(self.snap.n, dtype=bool)
            for c in node.children:
                r = self.evaluate(c, within)
                total[r.docs] += r.scores
                hit[r.docs] = True
            docs = np.flatnonzero(hit)
            return Scored(docs, total[docs])
        if isinstance(node, Not):
            return self.evaluate(And([node]), within)
        raise TypeError(f"unknown query node {node!r}")

    def _evaluate_and(self, node: And, within: np.ndarray | None) -> Scored:
        pos = [c for c in node.children if not isinstance(c, Not)]
        neg = [c.child for c in node.children if isinstance(c, Not)]
        result = self._intersect(pos, within) if pos else self.evaluate(AllDocs(), within)
        for c in neg:
            if not len(result.docs):
                break
            excluded = self.evaluate(c, within=self.snap.mask(result.docs))
            if len(excluded.docs):
                keep = ~self.snap.mask(excluded.docs)[result.docs]
                result = Scored(result.docs[keep], result.scores[keep])
        return result

    def _intersect(self, pos: list[Node], within: np.ndarray | None) -> Scored:
        """Documents matching every node of `pos`, summed scores. The rarest
        operand is evaluated first and each next one only within the hits so
        far; scores are then summed in the query's order, so the floating
        point result is the same whatever order the operands ran in."""
        order = sorted(range(len(pos)), key=lambda i: self._cost(pos[i]))
        parts: list[Scored] = [EMPTY] * len(pos)
        hits = within
        r = EMPTY
        for i in order:
            r = self.evaluate(pos[i], hits)
            if not len(r.docs):
                return EMPTY
            parts[i] = r
            hits = self.snap.mask(r.docs)  # later results are subsets of this
        docs = r.docs
        total = None
        for p in parts:
            s = p.scores if len(p.docs) == len(docs) else p.scores[np.searchsorted(p.docs, docs)]
            total = s if total is None else total + s
        return Scored(docs, total)

    def exact_docs(self, phrase_runs: tuple[tuple[str, ...], ...], within: np.ndarray | None) -> np.ndarray:
        """Documents holding the whole query text as one phrase."""
        return self.match_atom(Atom("all", "", phrase_runs), within=within).docs
