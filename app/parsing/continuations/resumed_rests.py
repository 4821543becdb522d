"""The rest of an interrupted article printed under another article's finished text: what a head under it is
judged against; and the rest that opens with a head of its own, whose text goes on about the people of an article
printed further up, or that opens with a numbered head under an item closed by its credit."""

import re

from app.people.lexicon import SURNAMES
from app.people.names import dictionary, is_known_name, name_at

from ..lines import ORDINAL_HEAD, Kind
from ..openings import opening_text
from ..scripts import printed_in_other_script
from ..shapes import opens_mid_sentence, opens_unclosed_quote
from ..similarity import compact, heads_new_article, place_names

_SURNAME_CHARS = frozenset(name for name in SURNAMES if len(name) == 1)
NAME_CHARS = 3  # a person's name as the text below prints it: a surname and two characters
NAMED_AGAIN = 2  # ... that the article further up printed at least this often


def article_resumed(cur, running: list):
    """`…想起的是儿时的记` (an article broken off inside a sentence) and, under the finished text of the article
    printed in between, `忆里的老槐树,…` or `,和老槐树下的故事,…`: a paragraph that opens where no sentence opens, or
    in the broken article's script where the article it stands under is printed in the other, is the broken
    article's rest, and a head right under that rest heads the broken article's next section: it is judged
    against that article, not against the one the rest was printed under. Returns the article a head under
    `cur`'s last paragraph belongs to."""
    if len(cur.paragraphs) < 2 or cur.paragraphs[-2].section or cur.paragraphs[-2].unfinished:
        return cur
    rest, before = cur.paragraphs[-1], cur.paragraphs[-2]
    for draft in running:
        if draft is cur or not draft.ends_unfinished:
            continue
        broken = draft.paragraphs[-1]
        if opens_mid_sentence(rest.folded) or (
                printed_in_other_script(rest, before) and not printed_in_other_script(rest, broken)):
            return draft
    return cur


_FIGURE_NUMBERED = re.compile(r"^\s*[0-9]{1,2}\s")  # `01 建强支部`: a feature's part numbered in figures, spaced
_PAIRED_PHRASE = re.compile(r"^[\u3400-\u9fff]{4,8}$")  # each phrase of a part's head built as a pair


def numbered_rest_of(cur, running: list, head, items: list, j: int):
    """A numbered head (`一、…`) under an article closed by its credit (`cur`), or one numbered in figures (`01 …`)
    under a dated item, over text at `j`: a numbered head titles no news item, and a dated report is not in numbered
    parts, so it opens the rest of the nearest article above still open (no credit closed it) that stopped after a
    finished paragraph, when the text under the head goes on with it. Returns that article, else None. So does a head
    of two paired phrases (`站点建到家门口` / `服务送进百姓家`) under an article closed by its credit: a feature's
    part heads are built so, and the text under it goes on with the feature, not with the item closed above."""
    nxt = items[j] if j < len(items) else None
    if (cur is None or not (cur.closed or cur.dateline and _FIGURE_NUMBERED.match(head.folded))
            or not (ORDINAL_HEAD.match(head.folded) or cur.closed and _paired_phrases(head)) or head.gap_before >= 2
            or nxt is None or nxt.kind is not Kind.PARAGRAPH or nxt.gap_before >= 2):
        return None
    host = next((d for d in running if d is not cur and not d.ends_unfinished), None)
    if host is not None and not ORDINAL_HEAD.match(head.folded):
        # (paired phrases: the text below names a place the feature named and the item closed above never did)
        named = place_names(opening_text(items, j))
        return host if named & place_names(host.body_text() + host.heading()) and not named & place_names(
            cur.body_text() + cur.heading()) else None
    if host is None or heads_new_article(head.folded, opening_text(items, j), host.body_text(), host.heading(),
                                         resumed=True):
        return None
    return host


def article_named_below(cur, running: list, opening: str, towns: bool = True):
    """A head over text (`opening`, its first paragraph) that names a person the text since `cur`'s headline never
    named, one an article further up still running (stopped at a paragraph's end, no credit closing it) named again and
    again (`科技赋能:` / `…刘永发对螃蟹养殖…` under a report on flowers, after a report on 刘永发's crabs): that
    article's next section, its rest printed after the articles in between, not a part of `cur`. Returns that article,
    or None. With `towns`, the town the text below names tells it too (`_article_of_the_town_below`); not where
    that text changes script: the article printed in its script is the one it goes on with."""
    others = [d for d in running if d is not cur and d.headline and not d.ends_unfinished]
    letters = compact(opening) if others else ""
    names = {name for name in (_person_at(letters, k) for k in range(len(letters) - NAME_CHARS + 1)) if name}
    for draft in others:
        named = [name for name in names if draft.body_letters().count(name) >= NAMED_AGAIN]
        told = cur.body_letters() + "".join(u.folded for u in cur.headline) if named else ""
        if any(name not in told for name in named):
            return draft
    return _article_of_the_town_below(cur, others, opening) if towns else None


def _article_of_the_town_below(cur, others: list, opening: str):
    """A head over text whose first two sentences name a town (`…某某镇网格员化身“安全卫士”…`) that one article further
    up, still running, named and `cur` — set in towns of its own — never names: that article's next section (`cur` is
    a report from elsewhere printed in between). A part of one feature stays in its feature's town. Text naming no
    town is told by its city or county the same way (`…某某市某某区委书记…`): the item between names its own town
    and not the city, the feature about the city goes on naming it."""
    first = "。".join(opening.split("。", 2)[:2])  # (its scene first, then where)
    towns = place_names(first, towns_only=True) or place_names(first)
    told = cur.body_letters() + "".join(u.folded for u in cur.headline)
    if not towns or not place_names(told, towns_only=True) or any(town in told for town in towns):
        return None
    naming = [d for d in others
              if any(town in d.body_letters() + "".join(u.folded for u in d.headline) for town in towns)]
    return naming[0] if len(naming) == 1 else None


def _person_at(letters: str, k: int) -> str | None:
    """The name of three characters starting at k, when it may be a person's: its given name is no part of a word's
    (`党支部`, `茅山镇`: the dictionary's words, and a place's or office's mark, are no one's name)."""
    name = letters[k:k + NAME_CHARS]
    if letters[k:k + 1] not in _SURNAME_CHARS or (name in dictionary() and not is_known_name(name)):
        return None
    if letters[k:k + 2] in dictionary() and letters[k + NAME_CHARS - 1:k + NAME_CHARS + 1] in dictionary():
        return None  # (`党建引领`: a word at the surname, another past the name: words, no one)
    return name if name_at(letters, k) == name else None


def resumed_in_its_script(cur, drafts: list, below):
    """A head right under the finished text of `cur`, over text (`below`) printed in the other script: the article
    printed right before `cur`, in the head's script and left without a credit (a feature in traditional characters,
    one simplified item after it, then a head and text in traditional), or None. A page that mixes scripts mixes them
    article by article: the item between was set into the article, which goes on under its next head. A picture printed
    between (its caption between that article's headline and its body, most often) is no article to go on with and is
    passed over."""
    if (cur is None or len(drafts) < 2 or drafts[-1] is not cur or not cur.has_text or cur.ends_unfinished
            or not printed_in_other_script(below, cur.paragraphs[-1])):
        return None
    host = next((d for d in reversed(drafts[:-1]) if not (d.photo and d.closed)), None)
    if (host is None or host.closed or host.photo or not host.headline or not host.has_text or host.ends_unfinished
            or printed_in_other_script(below, host.paragraphs[-1])):
        return None
    return host


COMMON_WORD = 1000  # a word across a break this frequent is seldom chance


def finishes_its_word(broken: str, paragraph: str) -> bool:
    """`…和湖水打了这么多` (an article broken off on a letter, no mark after it) and a paragraph opening `年的交道,…`:
    the broken letter and the paragraph's first make a common word (`多年`) while the paragraph's own first two letters
    make none, as no sentence opens; the paragraph is the rest of the broken sentence, whatever paragraphs about the
    same subject were printed before it. So with a quoted word broken off (`…以“公司+基地+农` / `户”模式带动…`): the
    paragraph's first letter and the closing mark right after it finish the word the open quotation waits for (no
    paragraph opens on a closing mark, so any word of the dictionary will do)."""
    tail, opening = broken.rstrip()[-1:], paragraph.lstrip()[:2]
    if len(opening) == 2 and opening[1] == "”" and opening[0].isalpha() and opens_unclosed_quote(broken):
        return tail + opening[0] in dictionary()
    entry = dictionary().get(tail + opening[:1]) if len(opening) == 2 and opening.isalpha() else None
    return entry is not None and entry[0] >= COMMON_WORD and opening not in dictionary()


def _paired_phrases(head) -> bool:
    """`站点建到家门口` / `服务送进百姓家` (on two lines or spaced on one): two phrases of one length, words alone."""
    phrases = head.folded.split()
    return len(phrases) == 2 and len({len(p) for p in phrases}) == 1 and all(_PAIRED_PHRASE.match(p) for p in phrases)
