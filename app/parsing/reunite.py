"""Repairs that need the whole page: repeated fragments and headlines printed away from their body.

- A garbled page may print a stretch of text twice. A paragraph whose text also stands inside
  a longer paragraph (or repeats an earlier one) is a repeated fragment: it never becomes an
  article. If it begins with the very words another article ends with, it is that article's
  tail printed again with its continuation, so the continuation is appended (the overlap
  dropped); otherwise it is left out.
- An article interrupted by another and continued lower on the page: when the continuation
  followed the interrupting article's text, it was read as more of that article. The tail of
  an article (from its second paragraph on, the longest such tail) goes back to an earlier
  article on the page when it is about that one and names no place only the interrupting
  article names: it names a place only the earlier article names, or the earlier article broke
  off mid-sentence and the tail shares clearly more words with it than with the paragraphs
  above it (words found in three or more articles of the page do not count), or the tail opens
  by restating the earlier article's headline; and its first paragraph leans the same way
  (or is neutral, when the earlier sentence is still open). Places here are towns and villages:
  cities and counties are shared by neighbours. When the earlier article's sentence is still
  open, the one paragraph above such a tail goes too unless it leans to the host: it is the
  piece that finishes the sentence. A tail never starts before the paragraph printed with the
  host's own credit, nor right under a section head. The tail's credits go with it.
- A body with no headline (e.g. a `本报讯` paragraph that follows another article's text) takes
  the headline printed elsewhere that names what it names: a headline with no body of its
  own, or one unit of another article's multi-unit headline group that fits the orphan
  better than the article it sits over.
"""

from collections import Counter
from dataclasses import dataclass
from itertools import chain
from operator import add
import re

from .assemble import Draft
from .lines import OPENING_CHARS, Item, Kind
from .similarity import NEW_HEADLINE_MARGIN, RESTATES, affinity, bigrams, compact, place_keys

MIN_DUPLICATE_CHARS = 15  # shorter repeats are ordinary phrases
MIN_OVERLAP_CHARS = 6
MAX_OVERLAP_CHARS = 400
MAX_DUPLICATE_WORK = 200_000_000  # paragraphs x characters; beyond this skip the search
ORPHAN_AFFINITY = 0.3
ORPHAN_SHARED_BIGRAMS = 2
NEARBY_ARTICLES = 12  # a headline is looked for among this many articles either side
CONTINUATION_LEAD = 2  # a tail shares this many more distinctive bigrams with where it goes

_SPACE = re.compile(r"\s+")


def mark_duplicates(items: list[Item]) -> list[Item]:
    """Flag paragraphs that repeat text printed elsewhere on the page; return them."""
    # Dateline paragraphs can hold the first printing but are never the repeat themselves.
    paragraphs = [item for item in items if item.kind in (Kind.PARAGRAPH, Kind.DATELINE)]
    compact = [_SPACE.sub("", item.folded) for item in paragraphs]
    total = sum(len(text) for text in compact)
    if len(paragraphs) * total > MAX_DUPLICATE_WORK:
        return []
    joined = "\x00".join(compact)
    duplicates = []
    for index, (item, text) in enumerate(zip(paragraphs, compact)):
        if len(text) < MIN_DUPLICATE_CHARS or item.kind is not Kind.PARAGRAPH:
            continue
        first = joined.find(text)
        if joined.find(text, first + 1) < 0:
            continue
        for other_index, other in enumerate(compact):
            if other_index == index or text not in other:
                continue
            if len(other) > len(text) or other_index < index:
                item.duplicate = True
                duplicates.append(item)
                break
    return duplicates


def _overlap(tail: str, head: str) -> int:
    """Length of the longest prefix of `head` that `tail` ends with."""
    for k in range(min(len(tail), len(head), MAX_OVERLAP_CHARS), MIN_OVERLAP_CHARS - 1, -1):
        if tail.endswith(head[:k]):
            return k
    return 0


def attach_duplicates(drafts: list[Draft], duplicates: list[Item]) -> None:
    for fragment in duplicates:
        best, best_k = None, 0
        for draft in drafts:
            if draft.photo or not draft.paragraphs or draft.paragraphs[-1].section:
                continue
            head = fragment.folded.strip()
            k = _overlap(draft.paragraphs[-1].folded.rstrip(), head)
            # k == len(head): this is where the text was printed first, not a tail to extend.
            if best_k < k < len(head):
                best, best_k = draft, k
        if best is None:
            continue
        lead = len(fragment.folded) - len(fragment.folded.lstrip())
        rest_printed = fragment.printed[lead + best_k:].strip()
        rest_folded = fragment.folded[lead + best_k:].strip()
        if rest_folded:
            last = best.paragraphs[-1]
            last.printed += rest_printed
            last.folded += rest_folded
            last.spans.append((fragment.first, fragment.last))
            best.spans.append((fragment.first, fragment.last))


def _fit(headline_folded: str, body: set[str]) -> float:
    grams = bigrams(headline_folded)
    shared = len(grams & body)
    if not grams or shared < min(ORPHAN_SHARED_BIGRAMS, len(grams)):
        return 0.0
    return shared / len(grams)


def reunite_orphans(drafts: list[Draft]) -> list[Draft]:
    """Give headless bodies the headline printed elsewhere; return the drafts left."""
    absorbed: set[int] = set()  # ids of headline-only drafts given away
    for at, orphan in enumerate(drafts):
        if orphan.headline or orphan.photo or not orphan.has_text or id(orphan) in absorbed:
            continue
        best_score = ORPHAN_AFFINITY
        best: tuple[Draft, Item | None] | None = None
        for draft in drafts[max(0, at - NEARBY_ARTICLES):at + NEARBY_ARTICLES + 1]:
            if draft is orphan or draft.photo or not draft.headline or id(draft) in absorbed:
                continue
            body = orphan.body_bigrams()  # cached; computed only when there is a candidate
            if not draft.has_text:
                score = _fit(" ".join(u.folded for u in draft.headline), body)
                if score > best_score:
                    best, best_score = (draft, None), score
            elif len(draft.headline) >= 2:
                own = draft.body_bigrams()
                for unit in draft.headline:
                    score = _fit(unit.folded, body)
                    if score > best_score and score > _fit(unit.folded, own):
                        best, best_score = (draft, unit), score
        if best is None:
            continue
        donor, unit = best
        if unit is None:
            orphan.headline = donor.headline
            orphan.subtitle_sentence = donor.subtitle_sentence
            orphan.authors = donor.authors + orphan.authors
            orphan.credits = donor.credits + orphan.credits
            orphan.spans.extend(donor.spans)
            absorbed.add(id(donor))
        else:
            donor.headline.remove(unit)
            if (unit.first, unit.last) in donor.spans:
                donor.spans.remove((unit.first, unit.last))
            orphan.headline = [unit]
            orphan.spans.append((unit.first, unit.last))
    return [d for d in drafts if id(d) not in absorbed]


def _heading(draft: Draft) -> str:
    return " ".join(u.folded for u in draft.headline)


@dataclass
class _Text:
    grams: set[str]
    places: set[str]
    towns: set[str]
    folded: str


class _Texts:
    """The `_Text` of each distinct text of a page, worked out once: the same texts are compared
    again for every paragraph that could start a continuation. A text is given as its parts
    (paragraphs, a heading); its bigrams are those of the parts and of the joints between them."""

    def __init__(self, common: set[str]) -> None:
        self.common = common
        self._known: dict[str, _Text] = {}
        self._parts: dict[str, tuple[str, set[str]]] = {}  # part -> (its letters and digits, their bigrams)

    def of(self, *parts: str) -> _Text:
        whole = "".join(parts)
        text = self._known.get(whole)
        if text is None:
            pieces = [self._part(part) for part in parts]
            grams = set().union(*(grams for _, grams in pieces))
            letters = [chars for chars, _ in pieces if chars]
            grams.update(map(add, (a[-1] for a in letters), (b[0] for b in letters[1:])))
            text = self._known[whole] = _Text(grams - self.common, *place_keys(whole), whole)
        return text

    def _part(self, part: str) -> tuple[str, set[str]]:
        found = self._parts.get(part)
        if found is None:
            chars = compact(part)
            found = self._parts[part] = (chars, set(map(add, chars, chars[1:])))
        return found


def _evidence(piece: _Text, earlier: _Text, host: _Text) -> tuple[bool, int]:
    """Does a piece name a town or village only the earlier article names (the host not naming
    it even without its suffix: 海门常乐 … 常乐镇; cities and counties are shared by neighbours),
    and by how many distinctive bigrams it leans to the
    earlier article rather than the host."""
    named = any(key not in host.folded for key in piece.towns & (earlier.towns - host.towns))
    # The bigrams both share count once on each side: |P∩(E−H)| − |P∩(H−E)| = |P∩E| − |P∩H|, with no new sets.
    lead = len(piece.grams & earlier.grams) - len(piece.grams & host.grams)
    return named, lead


def _restates_heading(grams: set[str], earlier: Draft, host: Draft) -> bool:
    """A paragraph (its opening's bigrams) that restates the earlier article's headline, and
    clearly not the host's."""
    fit = affinity(_heading(earlier), grams)
    return fit >= RESTATES and fit - affinity(_heading(host), grams) >= NEW_HEADLINE_MARGIN


def _tail_owner(host: Draft, k: int, earlier: list[Draft], texts: _Texts) -> Draft | None:
    """The earlier article that the host's paragraphs from k on continue, if any."""
    kept = texts.of(*(p.folded for p in host.paragraphs[:k]), _heading(host))
    tail = texts.of(*(p.folded for p in host.paragraphs[k:]))
    first = texts.of(host.paragraphs[k].folded)
    opening = bigrams(host.paragraphs[k].folded[:OPENING_CHARS])
    best, best_key = None, None
    for draft in earlier:
        other = texts.of(*(p.folded for p in draft.paragraphs), _heading(draft))
        if tail.towns & (kept.towns - other.towns):
            continue  # the tail names a town or village only the host names: it is the host's
        named, lead = _evidence(tail, other, kept)
        first_named, first_lead = _evidence(first, other, kept)
        # (a tail that opens by restating the earlier article's headline is that article's too:
        # `日前，某某工程加快推进` after `某某工程加快推进`)
        if _restates_heading(opening, draft, host):
            named = first_named = True
        if not (named or (draft.ends_unfinished and lead >= CONTINUATION_LEAD)):
            continue
        if not (first_named or first_lead > 0 or (draft.ends_unfinished and _neutral(first, other, kept))):
            continue  # the tail would start with a paragraph about the host
        # of the articles it could continue, one whose last sentence is still open is waiting for it
        key = (named, draft.ends_unfinished, lead)
        if best_key is None or key > best_key:
            best, best_key = draft, key
    return best


def return_continuations(drafts: list[Draft]) -> None:
    """Move the tail of an article back to the earlier article it continues (see module doc)."""
    # Bigrams found in three or more articles of the page are the page's common words.
    seen = Counter(chain.from_iterable(bigrams(d.body_text() + _heading(d)) for d in drafts))
    texts = _Texts({g for g, n in seen.items() if n >= 3})
    for at, host in enumerate(drafts):
        if host.photo or len([p for p in host.paragraphs if not p.section]) < 2:
            continue
        earlier = [d for d in drafts[max(0, at - NEARBY_ARTICLES):at] if (d.headline or d.dateline)
                   and not d.photo and d.has_text and not d.paragraphs[-1].section]
        # a paragraph printed with the host's credit ends the host: a tail starts after it
        credited = max((n for n, p in enumerate(host.paragraphs[:-1]) if p.names), default=0)
        for k in range(credited + 1, len(host.paragraphs) if earlier else 0):
            # (the text under a section head is the head's article's)
            under_head = host.paragraphs[k].section or host.paragraphs[k - 1].section
            target = None if under_head else _tail_owner(host, k, earlier, texts)
            if target is not None:
                if _finishes_sentence(host, k - 1, target, texts):
                    k -= 1
                _move_tail(host, k, target)
                break


def _finishes_sentence(host: Draft, k: int, target: Draft, texts: _Texts) -> bool:
    """The paragraph just above a continuation, when the earlier article's last sentence is
    still open and that paragraph does not lean to the host: the piece that finishes it."""
    if k < 1 or not target.ends_unfinished or host.paragraphs[k].section or host.paragraphs[k].names:
        return False  # (a paragraph printed with its credit ends its own article)
    kept = texts.of(*(p.folded for p in host.paragraphs[:k]), _heading(host))
    piece = texts.of(host.paragraphs[k].folded)
    other = texts.of(*(p.folded for p in target.paragraphs), _heading(target))
    return _neutral(piece, other, kept)


def _neutral(piece: _Text, earlier: _Text, host: _Text) -> bool:
    """A piece that leans to neither side and names no place only the host names: it may
    finish a sentence the earlier article left open."""
    _, lead = _evidence(piece, earlier, host)
    return lead >= -1 and not piece.places & (host.places - earlier.places)


def _move_tail(host: Draft, k: int, target: Draft) -> None:
    tail = host.paragraphs[k:]
    del host.paragraphs[k:]
    for paragraph in tail:
        for span in paragraph.spans:
            if span in host.spans:
                host.spans.remove(span)
            target.spans.append(span)
        for name in paragraph.names:
            if name in host.authors:
                host.authors.remove(name)
            target.authors.append(name)
    if target.ends_unfinished and not tail[0].section:
        last, first = target.paragraphs[-1], tail.pop(0)
        last.printed += first.printed
        last.folded += first.folded
        last.spans.extend(first.spans)
        last.names.extend(first.names)
    target.paragraphs.extend(tail)
