"""Snippets: the query's words marked in the stored text.

The text is not re-analysed. Each run of query units becomes a regular
expression over the *folded* text (units in order, optional whitespace
between them — the same tolerance the index has — and word boundaries
around Latin words), and the matches are mapped back to the original text,
whose folded form has the same offsets except for the rare characters NFKC
expands (handled with an offset table). The output is the original text,
HTML-escaped everywhere, with ``<mark>`` as the only markup; overlapping or
touching matches become one mark.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from app.text import CJK as _CJK, search_fold_with_offsets as fold_with_offsets

from .tokens import fold_with_origin

_WORDCHAR = rf"[^\W_{_CJK}]"
_WS = re.compile(r"\s+")


def _unit_re(u: str) -> str:
    e = re.escape(u)
    if re.fullmatch(_WORDCHAR + "+", u):
        return rf"(?<!{_WORDCHAR}){e}(?!{_WORDCHAR})"
    return e


@lru_cache(maxsize=1024)
def build_pattern(needles: tuple[tuple[tuple[str, ...], ...], ...]) -> re.Pattern | None:
    """One regex for all runs of all needles, longest first."""
    runs = {run for runs in needles for run in runs}
    if not runs:
        return None
    alts = [r"\s*".join(_unit_re(u) for u in run) for run in sorted(runs, key=lambda r: -sum(map(len, r)))]
    return re.compile("|".join(alts))


def match_spans(text: str, pattern: re.Pattern | None) -> list[tuple[int, int]]:
    """Merged (start, end) spans of matches in the original text."""
    if pattern is None or not text:
        return []
    # Arrays pay off on a body; a title folds faster as a string.
    folded, origin = fold_with_origin(text) if len(text) > 200 else fold_with_offsets(text)
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(folded):
        s, e = m.span()
        if s == e:
            continue
        if origin is not None:
            s, e = int(origin[s]), int(origin[e - 1]) + 1
        if spans and s <= spans[-1][1]:
            if e > spans[-1][1]:
                spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _render(text: str, spans: list[tuple[int, int]], start: int, end: int, collapse: bool) -> str:
    out: list[str] = []
    pos = start
    esc = html.escape

    def plain(t: str) -> str:
        return esc(_WS.sub(" ", t) if collapse else t)

    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(plain(text[pos:s]))
        out.append("<mark>" + plain(text[s:e]) + "</mark>")
        pos = e
    out.append(plain(text[pos:end]))
    return "".join(out)


def mark_all(text: str, pattern: re.Pattern | None) -> str:
    """The whole text, escaped, with every match marked (titles)."""
    return _render(text or "", match_spans(text or "", pattern), 0, len(text or ""), collapse=False)


def snippet(text: str, pattern: re.Pattern | None, width: int = 160, before: int = 24) -> str:
    """About `width` characters around the densest cluster of matches."""
    if not text:
        return ""
    spans = match_spans(text, pattern)
    n = len(text)
    if not spans:
        end = min(n, width)
        return _render(text, [], 0, end, True) + ("…" if end < n else "")
    # Window starting at each match: the one covering most matches wins
    # (ties: the earliest).
    best_i, best_count = 0, 0
    j = 0
    for i, (s, _e) in enumerate(spans):
        if j < i:
            j = i
        while j + 1 < len(spans) and spans[j + 1][1] <= s + width - before:
            j += 1
        if j - i + 1 > best_count:
            best_i, best_count = i, j - i + 1
    start = max(0, spans[best_i][0] - before)
    end = min(n, start + width)
    if end == n:
        start = max(0, n - width)
    # Never cut a mark in half at the window's end.
    for s, e in spans:
        if s < end < e:
            end = e
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < n else ""
    return prefix + _render(text, spans, start, end, True) + suffix
