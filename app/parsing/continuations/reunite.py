"""Repairs that need the whole page: articles printed away from their continuation or their headline
(repeated fragments: repeats.py).

- An article interrupted by another and continued lower on the page: when the continuation followed the
  interrupting article's text, it was read as more of that article. The tail of an article (from its second
  paragraph on, the longest such tail) goes back to an earlier article on the page when it is about that one
  and names no place only the interrupting article names: it names a place only the earlier article names, or
  the earlier article broke off mid-sentence and the tail shares clearly more words with it than with the
  paragraphs above it (words found in three or more articles of the page do not count), or the tail opens by
  restating the earlier article's headline or names the place that headline names before its colon
  (`named_subjects.py`); and its first paragraph leans the same way (or is neutral, when
  the earlier sentence is still open). Places here are towns and villages: cities and counties are shared by
  neighbours. A tail naming a town only the host names stays, unless the earlier sentence is still open and
  the tail names a town only the earlier article names too. When the earlier article's sentence is still open,
  the one paragraph above such a tail goes too unless it leans to the host: it is the piece that finishes the
  sentence. A tail never starts before the paragraph printed with the host's own credit, nor right under a
  section head. The tail's credits go with it. A local news item ends with its `下一步,某某镇将…` or `通过此次…`
  paragraph, and an article closed by its credit or by the editor's line under it takes no more text: text
  after either that no tail test gives away goes back to the nearest earlier article still open (unless it
  names a town only the text above names).
- A body with no headline (e.g. a `本报讯` paragraph that follows another article's text) takes
  the headline printed elsewhere that names what it names: a headline with no body of its
  own, or one unit of another article's multi-unit headline group that fits the orphan
  better than the article it sits over.
"""

from typing import NamedTuple
import re

from .credited_tails import credited_to_another
from .quoted_rests import rest_closing_its_quote
from .dated_rests import points_at_its_day
from ..drafts import Draft
from .item_lists import goes_on_with_list
from ..lines import Item
from .named_subjects import names_headline_subject
from .page_texts import ArticleText, PageTexts, Text
from .quoted_actors import names_its_familiar, quotes_its_actor
from .resumed_rests import finishes_its_word
from .sentence_rests import piece_over_a_sentences_end, sentence_rest_further_down
from ..scripts import continuation_in_other_script, differs_in_script
from ..shapes import opens_inside_a_word, opens_unclosed_quote, stops_inside_a_word, stops_on_a_joining_word
from ..similarity import (NEW_HEADLINE_MARGIN, RESTATES, affinity_in_letters, compact, headline_bigrams,
                         names_heading_word, shared_bigrams)
from .theme_continuations import KEPT_PARAGRAPHS, continues_by_theme, printed_right_above
from .under_photos import article_over_photo
from ..openings import OPENING_CHARS

ORPHAN_AFFINITY = 0.3
ORPHAN_SHARED_BIGRAMS = 2
NEARBY_ARTICLES = 12  # a headline is looked for among this many articles either side
CONTINUATION_LEAD = 2  # a tail shares this many more distinctive bigrams with where it goes

# A paragraph opening with `本次` / `此次` / `这次` / `这些` (`通过这些…`) speaks of what the text right above it told.
_TELLS_OF_ABOVE = re.compile(r"^(?:通过)?(?:本次|此次|这次|这些)")
_FINAL_MARKS = "。!?”’) \n"  # what ends a finished paragraph after its last word
_CJK_WORD = re.compile(r"[\u3400-\u9fff]{2}")
# `下一步,某某镇将…`, or a paragraph summing up what it did (`通过此次活动,…`): how a local news item ends
_WHAT_COMES_NEXT = re.compile(r"(?:^|[。!”])\s*下一步|^\s*通过(?:此次|本次|这次)")


def _fit(headline_folded: str, body_letters: str) -> float:
    grams = headline_bigrams(headline_folded)
    shared = shared_bigrams(headline_folded, body_letters)
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
            body = orphan.body_letters()  # cached; computed only when there is a candidate
            if not draft.has_text:
                score = _fit(draft.heading(), body)
                if score > best_score:
                    best, best_score = (draft, None), score
            elif len(draft.headline) >= 2:
                own = draft.body_letters()
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


def names_only_earlier(piece: Text, earlier: Text, host: Text) -> bool:
    """Does a piece name a town or village only the earlier article names (the host not naming
    it even without its suffix: 海门常乐 … 常乐镇; cities and counties are shared by neighbours),
    or a person only the earlier article introduces (`副市长张三` there, `张三说` in the piece)?"""
    # (P ∩ (E − H) as (P ∩ E) − H, from the smallest; mostly none: no generator made then)
    towns = piece.towns and (piece.towns & earlier.towns) - host.towns
    return (bool(towns) and any(key not in host.folded for key in towns)) or _introduces_someone_it_names(
        earlier, piece, host)


def _introduces_someone_it_names(earlier: Text, piece: Text, other: Text) -> bool:
    """A person the earlier text introduces with a post, named in the piece, unknown to the other."""
    for name in earlier.people:  # (mostly none; a loop, not a generator)
        if name in piece.folded and name not in other.folded:
            return True
    return False


def _lead(piece: Text, earlier: Text, host: Text) -> int:
    """By how many distinctive bigrams a piece leans to the earlier article rather than the host.
    The bigrams both share count once on each side: |P∩(E−H)| − |P∩(H−E)| = |P∩E| − |P∩H|."""
    return piece.shared(earlier) - piece.shared(host)


class _Earlier(NamedTuple):
    """An earlier article a host's tail could continue, as the host's paragraphs are tried."""

    draft: Draft
    text: Text  # its whole text
    heading: str
    waiting: bool  # its last sentence is still open


def _restates_heading(opening: str, earlier_heading: str, host_heading: str, texts: PageTexts, kept: Text) -> bool:
    """A paragraph (the letters and digits of its opening) that restates the earlier article's
    headline, and clearly not the host's, in the headline's words that are not the page's common
    ones too (on a round-up of one theme every item repeats `消防安全…检查`), nor said by the host's
    own text above (`…专管员张三说` in its lead: `专管员` is its subject too)."""
    fit = affinity_in_letters(earlier_heading, opening)
    if fit < RESTATES or fit - affinity_in_letters(host_heading, opening) < NEW_HEADLINE_MARGIN:
        return False
    heading = texts.paragraph(earlier_heading)
    said = texts.without(texts.paragraph(opening).grams & heading.grams, kept.grams)
    return 2 * texts.size(said) >= texts.size(heading.grams)


def _tail_owner(article: ArticleText, k: int, earlier: list[_Earlier], texts: PageTexts,
                host: Draft | None = None, above: Draft | None = None) -> Draft | None:
    """The earlier article that the host's paragraphs from k on continue, if any (`above`: the one
    printed right above the host, which its theme alone may show it continues)."""
    kept, tail, first = article.kept(k), article.tail(k), texts.paragraph(article.paragraphs[k])
    opening = None  # (its letters: made for the first candidate a town named does not turn down)
    # (a paragraph opening with the word that ended the one above, `…开展走访活动。` / `活动采取…`, goes on
    # with it: words of another article's headline it happens to repeat do not make it that article's)
    picks_up = k > 0 and _picks_up_last_word(article.paragraphs[k - 1], article.paragraphs[k])
    hosts_towns = tail.towns & kept.towns  # (once for all candidates: tail ∩ (kept − other) = (tail ∩ kept) − other)
    found: list[tuple[bool, bool, _Earlier, int | None]] = []
    for candidate in earlier:
        other = candidate.text
        if hosts_towns and not hosts_towns <= other.towns and not (
                candidate.waiting and tail.towns & (other.towns - kept.towns)):
            continue  # the tail names a town or village only the host names: it is the host's
        if opening is None:
            opening = compact(article.paragraphs[k][:OPENING_CHARS])
        # (a tail that opens by restating the earlier article's headline is that article's too:
        # `日前，某某工程加快推进` after `某某工程加快推进`)
        restated = not picks_up and _restates_heading(opening, candidate.heading, article.heading, texts, kept)
        # (or points at the day the article printed right above the host dated, the host dating none: its time)
        restated = restated or candidate.draft is above and points_at_its_day(
            article.paragraphs[k], other.folded, kept.folded)
        # (or quotes by name a person the article right above met, or names one it calls `老某`, stopped with no
        # close: `quoted_actors`)
        restated = restated or candidate.draft is above and host is not None and k >= KEPT_PARAGRAPHS and not (
            candidate.draft.closed or _closes_item(other.parts[-2] if len(other.parts) > 1 else "")) and (
            quotes_its_actor(article.paragraphs[k], other.folded, kept.folded)
            or names_its_familiar(article.paragraphs[k], other.folded, kept.folded))
        # (or finishes the word the earlier article broke off on, opening where no sentence opens: `…好群` / `众切身…`)
        restated = restated or candidate.waiting and finishes_its_word(candidate.draft.paragraphs[-1].folded,
                                                                       article.paragraphs[k])
        named = (restated or names_only_earlier(tail, other, kept)
                 or names_heading_word(opening, candidate.heading, candidate.draft.paragraphs, article, k)
                 or names_headline_subject(article.paragraphs[k], candidate.heading, other, article.heading,
                                           article.paragraphs[:k]))
        if not (named or candidate.waiting or (host is not None and candidate.draft is above and continues_by_theme(
                    article, k, other, candidate.heading, host.paragraphs[k:], texts))) or (
                not named and _TELLS_OF_ABOVE.match(opening)):
            continue
        lead = None if named else _lead(tail, other, kept)  # (when named, only to choose among several)
        # (a sentence left open above, and the tail's first paragraph leaning to it: the words that end it)
        if lead is not None and lead < CONTINUATION_LEAD and not (candidate.waiting and _lead(first, other, kept) >= (
                # (no lean: the rest of its word)
                0 if stops_inside_a_word(candidate.draft.paragraphs[-1].folded) else 1)):
            continue
        first_named = restated or names_only_earlier(first, other, kept)
        if not (first_named or _lead(first, other, kept) > 0 or (candidate.waiting and _neutral(first, other, kept))):
            continue  # the tail would start with a paragraph about the host
        if _introduces_someone_it_names(kept, tail, other):
            continue  # the tail names a person only the host introduces: it is the host's (asked last, the dearest)
        found.append((named, candidate.waiting, candidate, lead))
    if not found:
        return None
    # Of the articles it could continue, one it names, then one whose last sentence is still open
    # (waiting for it), then the one it leans to most; the first of equals.
    top = max((named, waiting) for named, waiting, *_ in found)
    tied = [(candidate, lead) for named, waiting, candidate, lead in found if (named, waiting) == top]
    if len(tied) == 1:
        return tied[0][0].draft
    return max(tied, key=lambda t: t[1] if t[1] is not None else _lead(tail, t[0].text, kept))[0].draft


def _picks_up_last_word(above: str, paragraph: str) -> bool:
    """Does a paragraph open with the last two characters (a word) of the finished paragraph above?"""
    word = above.rstrip(_FINAL_MARKS)[-2:]
    return len(word) == 2 and paragraph.startswith(word) and _CJK_WORD.fullmatch(word) is not None


def return_continuations(drafts: list[Draft], traditional: bool = True) -> None:
    """Move the tail of an article back to the earlier article it continues (see module doc). `traditional`:
    whether t2s changed a line of the page (`lines.read_items`); where it changed none, no text of the page holds
    a character that tells its script (`scripts`), and no paragraph is looked at again to tell which."""
    texts = PageTexts.of_drafts(drafts)
    seen: dict[int, _Earlier] = {}  # earlier articles by id, as they stand: a move forgets its target
    for at, host in enumerate(drafts):
        if traditional and (over_photo := article_over_photo(drafts, at)) is not None:
            move_tail(host, 0, over_photo)  # (the text under a photo set into the article above it)
            seen.pop(id(over_photo), None)
            continue
        if _headless_after(drafts, at):
            _return_headless(drafts, at, texts, seen)
            continue
        if host.photo or len([p for p in host.paragraphs if not p.section]) < 2:
            continue
        earlier = _earlier(drafts, at)
        # a paragraph printed with the host's credit ends the host: a tail starts after it
        credited = max((n for n, p in enumerate(host.paragraphs[:-1]) if p.names), default=0)
        # (the text under a section head is the head's article's)
        starts = [k for k in range(credited + 1, len(host.paragraphs) if earlier else 0)
                  if not (host.paragraphs[k].section or host.paragraphs[k - 1].section
                          or goes_on_with_list(host.paragraphs, k))]
        if not starts:
            continue
        article = texts.of_draft(host)
        candidates = _candidates(earlier, texts, seen)
        above = printed_right_above(drafts, at)
        for k in starts:
            target = _tail_owner(article, k, candidates, texts, host, above)
            if target is not None and not (traditional and differs_in_script(host.paragraphs[k], target)
                                           or sentence_rest_further_down(drafts, at, k, target)
                                           or credited_to_another(host, k, target)):
                rest = _rest_of_its_word(host, k, starts, target) or rest_closing_its_quote(host, k, starts, target)
                if rest is not None and _tail_owner(article, rest, candidates, texts, host, above) is target:
                    k = rest  # (the paragraphs before it, of the same subject, are the host's own)
                elif _finishes_sentence(host, k - 1, target, texts, traditional):
                    k -= 1
                move_tail(host, k, target)
                del seen[id(target)]  # (the host was never anyone's earlier article yet)
                break
        else:  # no tail passed the tests: text after the host's closing paragraph, or in another script, is not its own
            k = _after_closing_paragraph(host, starts)
            target = _nearest_open(article, k, candidates) if k is not None else None
            if target is None and traditional and (
                    moved := continuation_in_other_script(host, starts, [c.draft for c in candidates])):
                k, target = moved
            if target is not None:
                move_tail(host, k, target)
                del seen[id(target)]


def _rest_of_its_word(host: Draft, k: int, starts: list[int], target: Draft) -> int | None:
    """A paragraph after k finishing the word (or open quotation) the target broke off on, where k's does not."""
    broken = target.paragraphs[-1].folded  # (`…好群` / `众切身…`, `…以“公司+基地+农` / `户”模式…`: `finishes_its_word`)
    if not target.ends_unfinished or not (stops_inside_a_word(broken) or opens_unclosed_quote(broken)):
        return None
    if finishes_its_word(broken, host.paragraphs[k].folded):
        return None
    return next((n for n in starts if n > k and finishes_its_word(broken, host.paragraphs[n].folded)), None)


def _earlier(drafts: list[Draft], at: int) -> list[Draft]:
    """The articles before `at` that a tail could continue."""
    # (a last paragraph that is no section head is text: `has_text` without a look at the others)
    return [d for d in drafts[max(0, at - NEARBY_ARTICLES):at] if (d.headline or d.dateline)
            and not d.photo and d.paragraphs and not d.paragraphs[-1].section]


def _candidates(earlier: list[Draft], texts: PageTexts, seen: dict[int, _Earlier]) -> list[_Earlier]:
    for d in earlier:
        if id(d) not in seen:
            seen[id(d)] = _Earlier(d, texts.of_draft(d).whole, d.heading(), d.ends_unfinished)
    return [seen[id(d)] for d in earlier]


def _above(drafts: list[Draft], at: int) -> int:
    """Where the text printed right above `at` ends: a photo is passed over, cut out from among an article's lines (its
    caption between the headline and the text) or printed between two texts (its caption closed by its credit)."""
    k = at - 1
    while k > 0 and drafts[k].photo:
        k -= 1
    return k


def _headless_after(drafts: list[Draft], at: int) -> bool:
    """Text with no headline and no dateline printed right after an article's text (that article
    closed by its credit, so the text could not run on in it)."""
    host, before = drafts[at], drafts[_above(drafts, at)] if at > 0 else None
    return (not host.headline and not host.dateline and not host.photo and host.has_text
            and before is not None and bool(before.headline) and not before.photo and before.has_text)


def _return_headless(drafts: list[Draft], at: int, texts: PageTexts, seen: dict[int, _Earlier]) -> None:
    """Headless text right after an article is that article's tail in all but its credit: it goes
    back to an earlier article it continues by the tests a tail passes (`张三说…` after an article of
    the same theme, naming the village only the earlier one names). When the article above was
    closed (by its credit or the editor's line under it), the text cannot be its own: failing those
    tests it goes back to the nearest earlier article still open, unless it names a town or village
    only the article above names; else it stays as it is."""
    above = _above(drafts, at)
    host, before = drafts[at], drafts[above]
    joined = texts.article(tuple(p.folded for p in [*before.paragraphs, *host.paragraphs]), before.heading())
    candidates = _candidates(_earlier(drafts, above), texts, seen)
    target = _tail_owner(joined, len(before.paragraphs), candidates, texts)
    if target is None and before.closed:
        target = _nearest_open(joined, len(before.paragraphs), candidates)
    if target is not None:
        move_tail(host, 0, target)
        del seen[id(target)]


def _nearest_open(article: ArticleText, k: int, candidates: list[_Earlier]) -> Draft | None:
    """The nearest earlier article still open (not closed by its credit) that the text from k on
    could continue: it names no town or village only the text above it names."""
    tail, kept = article.tail(k), article.kept(k)
    return next((c.draft for c in reversed(candidates)
                 if not c.draft.closed and not tail.towns & (kept.towns - c.text.towns)), None)


def _after_closing_paragraph(host: Draft, starts: list[int]) -> int | None:
    """Where text follows a paragraph saying what comes next (`下一步,某某镇将…`) or summing up what the
    event did (`通过此次活动,…`): a local news item's last paragraph, so what follows it is not its own."""
    return next((k for k in starts if _closes_item(host.paragraphs[k - 1].folded)), None)


def _closes_item(folded: str) -> bool:
    # (every match holds 下一步 or 通过: a substring test first, not the pattern tried at each character)
    return ("下一步" in folded or "通过" in folded) and _WHAT_COMES_NEXT.search(folded) is not None


_OPENING_MARKS = "“‘《【("  # a paragraph opening with one opens anew: it cannot finish a word the column cut


def _finishes_sentence(host: Draft, k: int, target: Draft, texts: PageTexts, traditional: bool) -> bool:
    """The paragraph just above a continuation, when the earlier article's last sentence is
    still open and that paragraph does not lean to the host: the piece that finishes it."""
    if (k < 1 or not target.ends_unfinished or host.paragraphs[k].section or host.paragraphs[k].names
            or (traditional and differs_in_script(host.paragraphs[k], target)) or piece_over_a_sentences_end(host, k)
            or _TELLS_OF_ABOVE.match(compact(host.paragraphs[k].folded)) or goes_on_with_list(host.paragraphs, k)):
        return False  # (a paragraph printed with its credit ends its own article, as one telling of the text
        # above (`通过这些…`) goes on with it; one in the other script is another's)
    if opens_inside_a_word(host.paragraphs[k].folded) and stops_inside_a_word(target.paragraphs[-1].folded):
        return True  # (`…运输也很方` / `便,我们…`: the piece ends the word the column cut, whatever it leans to)
    if (stops_inside_a_word(target.paragraphs[-1].folded) and k + 1 < len(host.paragraphs)
            and host.paragraphs[k + 1].folded.lstrip()[:1] in _OPENING_MARKS):
        return True  # (`…治理,目` then, over the tail's `“…`, `前已整治…`: no word goes on after an opening mark)
    if stops_on_a_joining_word(target.paragraphs[-1].folded):
        return True  # (`…队员要和` / `村民一起…`: the object the joining word waits for opens the piece, not the tail)
    kept = texts.of_draft(host).kept(k)
    return _neutral(texts.paragraph(host.paragraphs[k].folded), texts.of_draft(target).whole, kept)


def _neutral(piece: Text, earlier: Text, host: Text) -> bool:
    """A piece that leans to neither side and names no place only the host names: it may
    finish a sentence the earlier article left open."""
    return _lead(piece, earlier, host) >= -1 and not piece.places & (host.places - earlier.places)


def move_tail(host: Draft, k: int, target: Draft) -> None:
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
        target.paragraphs[-1].absorb(tail.pop(0))
    target.paragraphs.extend(tail)
