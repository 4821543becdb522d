"""Headline-shaped lines settled by their neighbours. A short line holding a comma (`老人吃饭,社区操心`) or
a short finished sentence may be a title or a line of text the column broke; which one, its place among the
lines around it tells: under a kicker, over a subtitle, after a closing credit, over the text it restates or
whose place it names, or after a sentence left unfinished (which it then most often continues)."""

import re

from .broken_under_heads import broken_under_head
from ..bylines.closed_texts import follows_closed_text
from ..kinds import Kind
from ..openings import opening_text
from .scene_leads import sets_scene_elsewhere
from .titles_over_subtitles import titles_its_subtitle
from ..scripts import printed_in_other_script
from ..shapes import (CLOSERS, KICKER_END, ORDINAL_HEAD, SUBTITLE_DASH, continues_a_number, lists_in_a_cut_sentence,
                     numbers_an_instalment, opens_caption, opens_clause, opens_with_date, past_opening_date,
                     quotes_on_below, runs_many_clauses, spaces_its_phrases, stands_whole, two_phrases)
from ..similarity import (NEW_HEADLINE_MARGIN, RESTATES, bigrams, compact, opening_words, opens_with_place,
                          place_names, text_affinity)
from ..bylines.credits import bare_name
from ..bylines.source_lines import is_source_line
from .label_questions import asks_under_a_label
from .page_opening_questions import opens_the_page

_EXCLAIMS = re.compile(rf"[!?][{re.escape(CLOSERS)}]*\s*$")
_REPORTS_WORDS = re.compile(r"(?:表示|指出|强调|认为|介绍|说),")  # (`某某负责人表示,…`: whose words follow)


def settle_weak_headlines(items: list) -> None:
    """A comma-bearing short line is a headline only inside a headline group that leads to a byline or dateline
    (`老人吃饭,社区操心` under a title), right under a kicker that ends in `——` or `：`, set apart by two blank lines
    over its text, when it opens with the name of the place the text below is about (`某某镇:…,…`), when it restates the
    text below it (`青松村:菜园丰收,邻里共享` over a paragraph about 青松村's 菜园), or right after a credit closing the
    text above (which no sentence runs on past); otherwise it is text (`为此,今年以来,城南`, a sentence the column
    broke); a source line closes the text above as a credit does. A comma line over a `——` subtitle heads it. A short
    exclamation or question right above a byline or dateline, restating the text below it or naming what that text opens
    with, or numbering an instalment of a series (`…(1):…?`), is a headline too. Right under a headline group's byline
    the text begins: a comma line there (`在某村,提起他,人人都说:好!`) is its first sentence."""
    leads = (Kind.BYLINE, Kind.DATELINE)
    waiting = []  # exclamations over a comma line not yet read: asked again once it is
    for i, item in enumerate(items):
        if not (item.kind is Kind.HEADLINE and item.weak) and not item.short_sentence:
            continue  # (neither a comma line nor a short sentence: nothing below applies)
        nxt = items[i + 1].kind if i + 1 < len(items) else None
        prev = items[i - 1].kind if i > 0 else None
        under_kicker = prev is Kind.HEADLINE and KICKER_END.search(items[i - 1].folded.rstrip())
        over_subtitle = (nxt is Kind.HEADLINE and items[i + 1].gap_before < 2
                         and SUBTITLE_DASH.match(items[i + 1].folded))
        credited = prev in (Kind.BYLINE, Kind.END_BYLINE) or (  # a group's byline, a closing credit or source line
            prev is Kind.HEADLINE and item.weak and is_source_line(items[i - 1].folded)) or (
            # (`……。(某某办)` above: no sentence runs on)
            nxt in (Kind.HEADLINE, *leads) and follows_closed_text(items, i))
        under_byline = (credited and i > 1 and items[i - 2].kind is Kind.HEADLINE and
                        not is_source_line(items[i - 2].folded))
        if item.kind is Kind.HEADLINE and item.weak and not under_byline and not runs_many_clauses(item.folded) and (
                under_kicker or over_subtitle or credited or _opens_block(items, i) or _restates_below(items, i)
                or _names_its_place(items, i) or _over_caption(items, i) or _phrase_head(items, i)
                or _names_a_town_below(items, i) or titles_its_subtitle(items, i)):
            item.weak = False
            item.phrase_head = item.phrase_head or (_phrase_head(items, i) and not _over_caption(items, i)
                                                    and not _names_a_town_below(items, i))  # (a new item's title)
            continue
        if (item.short_sentence and not under_byline and _EXCLAIMS.search(item.folded) and "。" not in item.folded
                and not quotes_on_below(item.folded)
                and (nxt in leads or nxt is Kind.HEADLINE and spaces_its_phrases(item.folded)
                     or nxt is Kind.PARAGRAPH and _exclaims_over_text(items, i))):
            # `为民服务,我们在行动!` right above `本报讯`, or over text that says what it exclaims
            # (`某某,上热搜!` over `…某某登上了热搜`) or opens with its subject (`端午…攻略抢先看!` over
            # `端午节将至,…`): a headline that exclaims.
            item.kind, item.parts = Kind.HEADLINE, [item.printed]
            continue
        if (item.short_sentence and not under_byline and _EXCLAIMS.search(item.folded) and "。" not in item.folded
                and nxt is Kind.HEADLINE and items[i + 1].weak and items[i + 1].gap_before < 2):
            waiting.append(i)
        if item.short_sentence and not under_byline and over_subtitle and _group_leads_to(items, i, leads):
            # `…怎样把“远路”走成“近路”?` over `——以某某为样本` over its byline: a `——` subtitle follows its title alone,
            # so the question over it is that title, not a sentence of the text above
            item.kind, item.parts, item.weak = Kind.HEADLINE, [item.printed], False
            continue
        if item.kind is not Kind.HEADLINE or not item.weak:
            continue
        if nxt in leads or _opens_group_over_lead(items, i) or _over_names_alone(items, i) or (
                prev is Kind.HEADLINE and nxt in (Kind.HEADLINE, *leads) and not opens_clause(item.folded)
                and not lists_in_a_cut_sentence(item.folded) and not broken_under_head(items, i)
                and not ORDINAL_HEAD.match(items[i - 1].folded)):  # (a numbered head's text: the line under it)
            item.weak = False
        else:
            item.kind = Kind.PARAGRAPH
            item.parts = []
    for i in waiting:
        _exclaims_over_a_cut_line(items, i)


def _exclaims_over_a_cut_line(items: list, i: int) -> None:
    """An exclamation over a comma line that turned out text (`…食堂,开张了!!` over `红底色的木牌上…,挂`, the
    first piece of a sentence the column broke): asked as over any paragraph, once that line is read as one."""
    item = items[i]
    if item.kind is Kind.PARAGRAPH and items[i + 1].kind is Kind.PARAGRAPH and _exclaims_over_text(items, i):
        item.kind, item.parts = Kind.HEADLINE, [item.printed]


def _over_names_alone(items: list, i: int) -> bool:
    """A comma line over a line of one to three names alone (`张三`, `张三 李四`) over text: the names sign the text
    below as a byline does, so the comma line over them is its title (no sentence runs on into a name alone)."""
    if i + 2 >= len(items):
        return False
    names, below = items[i + 1], items[i + 2]
    tokens = names.folded.split()
    return (names.kind is Kind.HEADLINE and names.gap_before < 2 and below.kind is Kind.PARAGRAPH
            and 1 <= len(tokens) <= 3 and all(map(bare_name, tokens)))


def _group_leads_to(items: list, i: int, kinds: tuple) -> bool:
    j = past_headline_lines(items, i)
    return j < len(items) and items[j].kind in kinds


def past_headline_lines(items: list, i: int) -> int:
    """The first item after i that is not one more line of its headline group (a headline, fewer than two blank
    lines above it): where the group under line i leads, to its byline, its dateline or its text."""
    j = i + 1
    while j < len(items) and items[j].kind is Kind.HEADLINE and items[j].gap_before < 2:
        j += 1
    return j


def _opens_group_over_lead(items: list, i: int) -> bool:
    """A comma line opening a block (the page's top, or two blank lines above) over headline lines that lead
    to a byline or dateline (`某某:远亲不如近邻,街坊都来做朋友` / `为期一个月的…开启` / `某某网消息 (记者…)`):
    the group's first line, no text (no text stands over a headline and its dateline)."""
    j = past_headline_lines(items, i)
    return ((i == 0 or items[i].gap_before >= 2) and j > i + 1 and j < len(items) and items[j].gap_before < 2
            and items[j].kind in (Kind.BYLINE, Kind.DATELINE))


def _phrase_head(items: list, i: int) -> bool:
    """Over a paragraph, a numbered comma head (`一、敢为人先,带头试种`) or two short phrases after
    finished text (`白沙村,一个普通村庄的逆袭`): a section head by its shape."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    folded = items[i].folded
    return nxt is not None and nxt.kind is Kind.PARAGRAPH and (
        bool(ORDINAL_HEAD.match(folded)) or (two_phrases(folded) and not _after_broken_sentence(items, i)))


def _over_caption(items: list, i: int) -> bool:
    """A comma line over a caption (`图为…`, or a finished line a photo credit sits under): a title, unless it opens
    with a date and its comma (`7月初,…`): the first line of a lead the column broke over the photo's credit."""
    below = items[i + 1] if i + 1 < len(items) else None
    return below is not None and below.kind is Kind.PARAGRAPH and not opens_with_date(items[i].folded) and (
        opens_caption(below.folded) or (i + 2 < len(items) and items[i + 2].kind is Kind.PHOTO_CREDIT
                                        and items[i + 2].gap_before <= 1 and below.finished))


HEADS_AFTER_BREAK = 0.4  # a comma line after a broken sentence heads the text below sharing this much


def _opens_block(items: list, i: int) -> bool:
    """A line set apart by two or more blank lines over text that follows it closely, not
    continuing a broken sentence: a headline opening a new block of the page."""
    before = items[i - 1] if i > 0 else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    return (items[i].gap_before >= 2 and nxt is not None and nxt.gap_before < 2  # (a weak line under it: text)
            and (nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE) or (nxt.kind is Kind.HEADLINE and nxt.weak))
            and not (before is not None and before.kind is Kind.PARAGRAPH and not before.finished))


def _restates_below(items: list, i: int) -> bool:
    """A line at the top or after finished text (not under a title) whose words recur in the paragraphs below it."""
    if i > 0 and items[i - 1].kind is Kind.HEADLINE:
        return False  # under a title it may open the text
    if _after_broken_sentence(items, i):
        return titles_text_after_break(items, i)
    return text_affinity(items[i].folded, opening_text(items, i + 1)) >= RESTATES


def titles_text_after_break(items: list, i: int) -> bool:
    """A line after a broken sentence continues it unless it is printed in the other script, or is about the text
    below, not that sentence, and whole: no number broken with the line above or the line below (`…社区11` over
    `0岁的…`: the digits of one number, a headline never ends inside it), or shaped as a label and its question
    (`某地:某村缘何…?`, `label_questions`)."""
    if printed_in_other_script(items[i], items[i - 1]) or asks_under_a_label(items[i].folded):
        return True
    line, above = items[i].folded, items[i - 1].folded
    fit_below = text_affinity(line, opening_text(items, i + 1))
    return (fit_below >= HEADS_AFTER_BREAK and fit_below - text_affinity(line, above) >= NEW_HEADLINE_MARGIN
            and stands_whole(line, below := items[i + 1].folded if i + 1 < len(items) else "")
            and not continues_a_number(above, line) and not continues_a_number(line, below))


NEARBY_ITEMS = 20  # how far back a line looks for the headline it stands under


def _after_broken_sentence(items: list, i: int) -> bool:
    before = items[i - 1] if i > 0 else None
    return before is not None and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and not before.finished


def exclaims_after_break(items: list, i: int) -> bool:
    """A short exclamation or question at i, one sentence, right after a sentence left unfinished: with a credit
    line under it and text under that, it is a headline over its byline, not the broken sentence's end closed by
    a credit. Read as the end, the credit closes it and leaves the text below without a headline; read as a
    headline, every text keeps one, and the broken sentence goes on where its article resumes."""
    item, before = items[i], items[i - 1] if i > 0 else None
    broken = before is not None and not before.finished and (  # (a comma line is settled as text only later)
        before.kind in (Kind.PARAGRAPH, Kind.DATELINE) or before.kind is Kind.HEADLINE and before.weak)
    return item.short_sentence and _EXCLAIMS.search(item.folded) is not None and "。" not in item.folded and broken


def _opens_new_subject(items: list, i: int) -> bool:
    """A line after finished text naming what the text below opens with, a word not used since
    the headline above (`端午…攻略抢先看!` over `端午节将至,…` under an article about a lake), or, on the page's top,
    at all. A report names its subject right after the date it opens with (`1月2日上午9时许,某某县…`)."""
    if _after_broken_sentence(items, i):
        return False
    words = opening_words(items[i].folded, past_opening_date(opening_text(items, i + 1)))
    for item in reversed(items[max(0, i - NEARBY_ITEMS):i]):
        letters = compact(item.folded)
        words = {gram for gram in words if gram not in letters}
        if item.kind is Kind.HEADLINE or not words:
            break
    return bool(words)


def _exclaims_over_text(items: list, i: int) -> bool:
    """What makes an exclamation over a paragraph its headline (the cases are told where it is asked)."""
    folded = items[i].folded
    return (_restates_below(items, i) or _opens_new_subject(items, i) or numbers_an_instalment(folded)
            or spaces_its_phrases(folded) or follows_closed_text(items, i) or _sets_scene_elsewhere(items, i)
            or opens_the_page(items, i))


def _sets_scene_elsewhere(items: list, i: int) -> bool:
    """A line after finished text over a lead set in a place the text since the headline above never named
    (`某某新开的食堂,只要8元!` over `…近日,位于某某街道…`): a new item's headline. Not one that reports what someone
    said (`某某负责人表示,…!`): a sentence of the text above."""
    if _after_broken_sentence(items, i) or _REPORTS_WORDS.search(items[i].folded):
        return False
    return sets_scene_elsewhere(opening_text(items, i + 1), _text_since_headline(items, i))


def _text_since_headline(items: list, i: int) -> str:
    """The lines above item i back to the nearest headline (within reach), that headline included."""
    above = []
    for item in reversed(items[max(0, i - NEARBY_ITEMS):i]):
        above.append(item.folded)
        if item.kind is Kind.HEADLINE:
            break
    return "".join(above)


def _names_a_town_below(items: list, i: int) -> bool:
    """A line after finished text holding the short name of a town or village that the text below names in full
    (`开门迎客啦,某塘老人多了…` over `…某塘镇逐步建起…`) and that the text since the headline above never named: a new
    item's title. A paragraph of the text above goes on about its places; one that turns to a place of its own names
    it in full, as a lead does, not by the short name a title uses."""
    if _after_broken_sentence(items, i):
        return False
    line = items[i].folded
    towns = {town for town in place_names(opening_text(items, i + 1), towns_only=True) if town in line}
    return bool(towns) and not place_names(line, towns_only=True) & towns and not any(
        town in _text_since_headline(items, i) for town in towns)


def exclaims_over_its_byline(items: list, i: int) -> bool:
    """A short exclamation or question at i, one sentence, a credit line under it and text under that: a headline
    over its byline, not the last sentence of the text above closed by a credit, when it follows a sentence left
    unfinished (`exclaims_after_break`) or names what the text under the credit is about, a word the text since
    the headline above never used (`…养老,某某区也有!` / `某某新闻记者  张三` / `…这是某某区某某镇…`). A text's last
    sentence is about that text."""
    if exclaims_after_break(items, i):
        return True
    item = items[i]
    if not (item.short_sentence and _EXCLAIMS.search(item.folded) and "。" not in item.folded) or i + 2 >= len(items):
        return False
    words = bigrams(item.folded) & bigrams(compact(opening_text(items, i + 2)))
    above = compact(_text_since_headline(items, i))
    return any(word not in above for word in words)


def _names_its_place(items: list, i: int) -> bool:
    """A line after finished text that opens with the name of a place the text below is about
    and a colon (`某某镇:…,…`): a title."""
    if _after_broken_sentence(items, i):
        return False
    return opens_with_place(items[i].folded, opening_text(items, i + 1))
