"""Lines of a page: what each printed line is, and the items the assembler works on.

A page is a sequence of lines separated by blank lines. Lines that a narrow column wrapped are first joined back into
their paragraph (`wrapping`). Each non-blank piece is classified on its folded copy: a dateline paragraph
(`本报讯(…)…`), a byline (`□ 本报记者 …`), an end byline (`·张三·`), a photo credit (`… 摄`), a supplied-photo credit
(`(…供图)`), a headline (short, no sentence-final punctuation, not cut at the column's width) or a paragraph.
Headline lines printed without a blank line between them are one headline unit (a headline printed on two lines;
where every line stands apart, a head's first line ending in a comma and the line after it too). Pages using no blank
lines ("dense") keep every line as its own item. Which headline-shaped lines are titles and which are text is settled
by their neighbours (`weak_heads`).
"""

from dataclasses import dataclass, field
from functools import lru_cache
import re

from .photos.agency_pictures import credits_an_outlets_picture
from .photos.caption_credit import trailing_photo_credit
from .photos.person_givers import giver_names
from .kinds import Kind
from .heads.kickers_apart import join_kickers_apart
from .line_joins import join_lines
from .bylines.bracket_tags import settle_bracket_tags
from .heads.column_names import joins_a_column
from .cut_tails import broken_inside_a_count, broken_inside_a_word, runs_on_below
from .bylines.closing_credits import end_byline_names
from .bylines.credits import (DATELINE, FILE_PHOTO_CREDIT, FILE_PHOTO_ENDINGS, SAME_BELOW,
                              photo_credit_names, split_names, supplied_credit)
from .bylines.outlet_bylines import bracketed_byline_names, byline_names
from .bylines.slash_picture_credits import NAME_SLASH_PICTURE
from app.text import fold, lines_t2s_may_change, width_fold
from .photos.short_captions import short_caption_credit
from .heads.subtitles_over_text import settle_subtitles_over_text
from .heads.list_items_under_colons import settle_list_items_under_colons
from .shapes import (CLOSERS, HEAD_NUMBER, KICKER_END, ORDINAL_HEAD, continues_a_number, is_date_line,
                     labels_a_summary, may_open_with_dateline, notes_the_reporter_at_work, opens_mid_sentence,
                     quotes_on_below, refers_back, runs_on_past_a_question, tells_the_hour, tells_the_order)
from .scripts import settle_heads_pointing_across_scripts, settle_lines_cut_before_other_script
from .heads.weak_heads import (past_headline_lines, settle_weak_headlines,
                               titles_text_after_break)
from .bylines.wire_title_lines import repeats_the_title, writer_alone
from .bylines.end_credit_lines import settle_end_credits
from .bylines.work_marks import outlet_made_the_work
from .bylines.sign_offs import ends_with_sign_off
from .wrapping import pieces

MAX_HEADLINE_CHARS = 40  # longer lines are text, however they end
MAX_KICKER_CHARS = 60  # ... except a long kicker that ends in `——` or `：`
SHORT_SENTENCE_CHARS = 40  # a finished line this short may be a subtitle (副题)
TAIL_CHARS = 120  # end-anchored patterns only need to see this much of a line
HEAD_ON_TWO_LINES_CHARS = 12  # `一周活动,` over `“拉满”节日氛围`: the first line of a head

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_STOPS, _MAY_END = frozenset("。!?…"), frozenset("。!?….") | frozenset(CLOSERS)  # what `_FINISHED` ends in
# (…): its credit
_FINISHED = re.compile(rf"(?:[。!?…]|\.\.\.|(?<![0-9A-Za-z])\.)[{re.escape(CLOSERS)}]*(?:\s*\([^()]{{1,40}}\))?$")
# A line ending in a comma, or in a word that needs what follows it (`…网格的`, `…和`, `…对`), is a sentence the column
# broke. (a line ending in a function word, or in a list of three or more left open by `等`, `某村、某园、某楼等`,
# runs on)
_ENDS_AS_TEXT = re.compile(r"(?:[,;、]|[^\s“”\"]{2}[的和与及或在对将把被从向并而但让]"
                           r"|、[^\s、]{1,10}、[^\s、]{1,10}等)$")
_ONLY_SENTENCE_END = re.compile(  # `。`, `”`, `。”` or `”。` alone on a line
    rf"^\s*(?:[{re.escape(CLOSERS)}]*(?:[。!?…]|\.\.\.)+[{re.escape(CLOSERS)}]*|[{re.escape(CLOSERS)}]+)\s*$")


def every_line_apart(items: list["Item"]) -> bool:
    """Does every line of the page stand apart (a blank line a mere line break), so the reader cut its pieces?"""
    return any([item.cut for item in items])  # (a list, not a generator: most pages hold no cut line, all looked at)


BLOCK_GAP = 2  # blank lines that set a block of its own apart (a photo, an item); one more where every line is apart


def block_gap(apart: bool) -> int:
    return BLOCK_GAP + 1 if apart else BLOCK_GAP


@dataclass
class Item:
    kind: str  # a `Kind`
    first: int  # 1-based line numbers, inclusive
    last: int
    printed: str
    folded: str
    gap_before: int = 0  # blank lines before this item
    names: list[str] = field(default_factory=list)
    credit: str | None = None
    parts: list[str] = field(default_factory=list)  # printed lines of a multi-line headline
    weak: bool = False  # a headline-shaped line that may be a broken sentence
    duplicate: bool = False  # repeats text printed elsewhere on the page
    cut: bool = False  # a line as wide as the column on a page whose lines stand apart
    phrase_head: bool = False  # a section head by its shape (`一、…`, two short phrases)
    points_back: bool = False  # text only by opening as if pointing back (`这样的…`): its neighbours may say a head

    @property
    def finished(self) -> bool:
        return is_finished(self.folded)

    @property
    def short_sentence(self) -> bool:
        return self.kind is Kind.PARAGRAPH and printed_len(self.folded) <= SHORT_SENTENCE_CHARS and self.finished


# the same lines are asked about again and again while a page is cut (the key: the string itself)
@lru_cache(maxsize=4096)
def is_finished(folded: str) -> bool:
    """A paragraph ends a sentence (。！？… possibly followed by closing quotes)."""
    # Only the end matters: mostly its last character, or the one before its closing quotes, tells (the
    # pattern is asked the rest); looking at the tail keeps a megabyte-long line cheap.
    tail = folded.rstrip()[-TAIL_CHARS:]
    if tail.endswith("···"):
        return True  # `······`: middle dots printed for an ellipsis
    if tail[-1:] not in _MAY_END:
        return ends_with_sign_off(tail)  # (`…景象。某某台报道`)
    return tail.rstrip(CLOSERS)[-1:] in _STOPS or _FINISHED.search(tail) is not None


@lru_cache(maxsize=4096)  # (as `is_finished`)
def printed_len(text: str) -> int:
    """Printed characters, not counting spaces."""
    return len("".join(text.split()))


def has_cjk(text: str) -> bool:
    return "\u3400" <= text[:1] <= "\u9fff" or _CJK.search(text) is not None  # (mostly told by the first character)


# The page's own furniture: who edited and proofread it. It stays in the page text, in no article.
_EDITORIAL = re.compile(r"^\s*(?:责任编辑|本版编辑|值班编辑|编辑|校对|美编|版式|组版|审读|审校|版面设计)\s*[:：]")


_CREDIT_READERS = ((Kind.END_BYLINE, end_byline_names), (Kind.BYLINE, byline_names),
                   (Kind.PHOTO_CREDIT, photo_credit_names), (Kind.PHOTO_CREDIT, giver_names))
_DESK_CREDIT_READERS = ((Kind.PHOTO_CREDIT, photo_credit_names), *_CREDIT_READERS[:2])


def _classify(printed: str, folded: str) -> Item:
    item = Item(Kind.PARAGRAPH, 0, 0, printed, folded)
    if folded.lstrip()[:1] in _MAY_END and _ONLY_SENTENCE_END.match(folded):
        return item  # `。` or `”` the column pushed onto a line of its own: the end of the text above
    if not has_cjk(folded):  # (`,1000`, a number the column cut off a sentence: text, no page furniture)
        furniture = len(folded) <= MAX_HEADLINE_CHARS and not opens_mid_sentence(folded)
        item.kind = Kind.NOISE if furniture else Kind.PARAGRAPH
        return item
    if printed_len(folded) <= MAX_HEADLINE_CHARS and _EDITORIAL.match(folded):
        item.kind = Kind.NOISE
        return item
    if may_open_with_dateline(folded) and (dateline := DATELINE.match(folded)):
        item.kind = Kind.NOISE if repeats_the_title(folded, dateline.end()) else Kind.DATELINE
        writers = bracketed_byline_names(printed, folded)  # (`【记者 张三】 通讯员 李四`: a byline, no text after it)
        if (writers := writers or writer_alone(printed, folded, dateline.end())) is not None:
            item.kind, item.names = Kind.BYLINE, writers
        return item
    credit = SAME_BELOW.sub("", folded) if folded.rstrip().endswith("下同)") else folded  # (the note read past)
    if (credit.rstrip().endswith(FILE_PHOTO_ENDINGS) and FILE_PHOTO_CREDIT.match(credit)
            or credits_an_outlets_picture(folded)):
        item.kind = Kind.PHOTO_CREDIT  # `资料图片`, `图/新华社`: a credit naming nobody
        return item
    length = printed_len(folded)
    short = length <= MAX_HEADLINE_CHARS or (
        length <= MAX_KICKER_CHARS and KICKER_END.search(folded.rstrip()) is not None)
    if short and outlet_made_the_work(folded):
        item.kind = Kind.END_BYLINE  # `新华社 图/文`: closes the text, naming no one
        return item
    if short:
        # (`记者 张三摄/某某图片`, a picture desk after the `摄`; `张三/图`: a picture's credit and no writer's)
        picture_first = "摄/" in folded or NAME_SLASH_PICTURE.match(folded) is not None
        for kind, reader in _DESK_CREDIT_READERS if picture_first else _CREDIT_READERS:
            names = reader(printed, folded)
            if names:
                item.kind, item.names = kind, names
                return item
        credit = supplied_credit(printed, folded)
        if credit:
            item.kind, item.credit = Kind.SUPPLIED_CREDIT, credit
            return item
        stripped = folded.rstrip()
        if (not is_finished(stripped) and not _ENDS_AS_TEXT.search(stripped) and not opens_mid_sentence(stripped)
                # (no finished sentence)
                and "。" not in stripped and not is_date_line(stripped) and not runs_on_past_a_question(stripped)
                and not tells_the_order(stripped) and not labels_a_summary(stripped)
                and not notes_the_reporter_at_work(stripped)
                and not quotes_on_below(stripped)):
            if refers_back(stripped):
                item.points_back = True  # (`scripts.settle_heads_pointing_across_scripts`)
                return item
            item.kind, item.phrase_head = Kind.HEADLINE, bool(ORDINAL_HEAD.match(stripped))
            # Commas inside a short unfinished line: a headline only if its neighbours say so.
            item.weak = (("," in stripped or ";" in stripped) and not KICKER_END.search(stripped)
                         and not joins_a_column(stripped))
    return item


def _split_trailing_credit(item: Item) -> list[Item]:
    """A caption line ending in `… 张三 摄` becomes the caption plus a photo credit."""
    credit_at_end = item.folded.rstrip().endswith(("摄", "供图", "摄)", "摄影报道")) or "图" in item.folded[-12:]
    if item.kind is Kind.HEADLINE and (short := short_caption_credit(item.folded)):  # (`村民在晒谷 张三 摄`)
        caption = item.printed[short.start(1):short.end(1)]
        return [Item(Kind.HEADLINE, item.first, item.last, caption, short.group(1), item.gap_before),
                Item(Kind.PHOTO_CREDIT, item.first, item.last, item.printed[short.start(2):].strip(),
                     item.folded[short.start(2):].strip(), 0,
                     names=split_names(item.printed[short.start(2):short.end(2)], short.group(2)))]
    if item.kind is not Kind.PARAGRAPH or not credit_at_end:
        return [item]  # (the credit ends the line: `… 摄`, `… 摄影报道`, `…供图`, `图文/…`)
    m = trailing_photo_credit(item.folded, max(0, len(item.folded) - TAIL_CHARS))
    names = split_names(item.printed[m.start(1):m.end(1)], m.group(1)) if m and m.group(1) else []
    if not m or (m.group(1) and not names):  # (an office's `…供图` names nobody)
        return [item]
    caption = Item(Kind.PARAGRAPH, item.first, item.last, item.printed[:m.start()].rstrip(),
                   item.folded[:m.start()].rstrip(), item.gap_before)
    credit = Item(Kind.PHOTO_CREDIT, item.first, item.last, item.printed[m.start():].strip(),
                  item.folded[m.start():].strip(), 0, names=names)
    return [caption, credit]


def read_items(text: str) -> tuple[list[Item], list[bool], bool]:
    """Classify the lines of a page and group them into items. Returns the items, per line (index 0 = line 1)
    whether the line is blank, and whether t2s changed any line (where none, every fold of the page's text is its
    width fold: the width fold is one character at a time, so the text joined or cut from the lines is too)."""
    raw_lines = text.split("\n")
    blank = [not line.strip() for line in raw_lines]
    page_pieces = pieces(raw_lines, blank, _stands_alone)
    may_change = lines_t2s_may_change(raw_lines)  # (a piece's lines: where none may, its fold is its width fold)
    dense = len(page_pieces) > 3 and sum(blank) < len(page_pieces) // 5
    apart = any(cut for *_, cut in page_pieces)  # every line stands apart: a blank line is a line break
    items: list[Item] = []
    previous_end = -1
    changed = False  # t2s changed some line's width fold
    for first, end, printed, cut in page_pieces:
        gap = first - previous_end - 1
        folded = width_fold(printed)
        if True in may_change[first:end + 1]:  # (most lines: none of their characters may change under t2s)
            folded, narrow = fold(printed), folded
            changed = changed or folded != narrow  # (覆, 么 …: t2s changes them only inside some phrases)
        item = _classify(printed, folded)
        if item.kind is Kind.NOISE and items and items[-1].kind is Kind.PARAGRAPH:  # (`…拨打123` / `45`: text)
            item.kind = Kind.PARAGRAPH if continues_a_number(items[-1].folded, folded) else item.kind
        if item.kind is Kind.HEADLINE and end > first:
            item.kind = Kind.PARAGRAPH  # text the column wrapped is never a headline
        item.first, item.last, item.cut = first + 1, end + 1, cut
        item.gap_before = gap
        last = items[-1] if items else None
        if last is not None and last.kind is Kind.HEADLINE and opens_mid_sentence(item.folded):
            last.kind, last.parts, last.weak = Kind.PARAGRAPH, [], False  # a sentence runs on from it: text
        if (not dense and last is not None and item.kind is Kind.HEADLINE and not item.weak and _opens_head(last) and (
                # (`…,` over the head's second line)
                # (every line apart: the head's number alone, `01`, over its words)
                gap == 0 or (apart and gap == 1 and last.kind in (Kind.PARAGRAPH, Kind.NOISE)))):
            # Printed on two lines without a gap: one headline unit.
            last.last = item.last
            last.parts = [*(last.parts or [last.printed]), printed]
            last.printed = " ".join(last.parts)
            last.folded = fold(last.printed)
            changed = changed or last.folded != width_fold(last.printed)  # (the lines folded as one)
            last.kind, last.weak = Kind.HEADLINE, False
        else:
            if item.kind is Kind.HEADLINE:
                item.parts = [printed]
            items.extend(_split_trailing_credit(item))
        previous_end = end
    _join_tails_under_heads(items)
    _settle_cut_lines(items)
    _settle_captions(items)
    settle_end_credits(items)
    settle_bracket_tags(items)
    settle_weak_headlines(items)
    settle_subtitles_over_text(items)
    settle_list_items_under_colons(items)
    settle_lines_cut_before_other_script(items)
    settle_heads_pointing_across_scripts(items)
    join_kickers_apart(items, MAX_KICKER_CHARS)  # (every line apart: a long kicker's wrapped lines are one piece)
    _settle_wrapped_dash_kickers(items)
    _settle_long_kickers(items)
    return items, blank, changed


def _opens_head(item: Item) -> bool:
    """A line that a headline line printed right under it continues: a headline line, the
    head's number (`01`), or a head's first phrase ending in a comma (`一周活动,`)."""
    if item.kind is Kind.HEADLINE:
        return not item.weak
    if item.kind is Kind.NOISE:
        return bool(HEAD_NUMBER.match(item.folded))
    return (item.kind is Kind.PARAGRAPH and item.folded.rstrip().endswith(",")
            # (quotes not counted)
            and printed_len(item.folded.replace("“", "").replace("”", "")) <= HEAD_ON_TWO_LINES_CHARS
            and "," not in item.folded.rstrip()[:-1])


_SENTENCE_STOP = re.compile(r"[。!?;]")  # a sentence ended: text, not a kicker


def _settle_wrapped_dash_kickers(items: list[Item]) -> None:
    """A long kicker the column wrapped, its lines printed together and the last ending in the dash that leads into
    the title right under it (`记者在某某村住了一晚,…的打算` / `——`), reads as text for its wrapped line: it is that
    title's kicker, as the same words on one line are, even right after a sentence the column broke off. No
    sentence's rest ends leading into a headline with a dash, nor holds a full stop."""
    for i, item in enumerate(items[:-1]):
        below = items[i + 1]
        if (item.kind is Kind.PARAGRAPH and item.last > item.first and item.folded.rstrip().endswith("——")
                and below.kind is Kind.HEADLINE and below.gap_before <= 1 and item.gap_before >= 1
                and printed_len(item.folded) <= MAX_KICKER_CHARS and not _SENTENCE_STOP.search(item.folded)):
            item.kind, item.parts, item.weak = Kind.HEADLINE, [item.printed], False


def _settle_long_kickers(items: list[Item]) -> None:
    """An unfinished line a little too long for a headline, standing apart over a headline that leads to a byline or
    dateline, is that headline's kicker (`整洁的街道、有序的车流…让生活更美好`); not a run of three clauses, a sentence
    cut. Right over a byline line it is the title itself (`某某乡组织开展…暨…系列活动` / `某某台 张三
    李四(通讯员:王五)`): a byline stands under a headline, and a lead restating that long title does not make it a
    repeated fragment. A line telling the hour (`10时许,…一行,在…陪同下`) is a report's sentence cut, never a kicker.
    Nor is a line right over a headline line ending in `——` or `：`: that line is the group's kicker, leading into the
    title under it, and a group has one kicker (the line over it is the text above, cut by the column)."""
    for i, item in enumerate(items):
        before = items[i - 1] if i > 0 else None
        below = items[i + 1] if i + 1 < len(items) else None
        if (item.kind is not Kind.PARAGRAPH or not MAX_HEADLINE_CHARS < printed_len(item.folded) <= MAX_KICKER_CHARS
                or below is not None and below.kind is Kind.HEADLINE and KICKER_END.search(below.folded.rstrip())
                or item.finished or _ENDS_AS_TEXT.search(item.folded.rstrip()) or "。" in item.folded
                or sum(map(item.folded.count, ",;")) >= 3 or tells_the_hour(item.folded)
                or (before is not None and before.kind is Kind.PARAGRAPH and not before.finished)
                or (before is not None and before.kind is Kind.HEADLINE and item.gap_before < 2)):  # its text, cut
            continue
        j = past_headline_lines(items, i)
        if j < len(items) and (j > i + 1 and items[j].kind in (Kind.BYLINE, Kind.DATELINE)
                               or items[j].kind is Kind.BYLINE and items[j].gap_before < 2):
            item.kind, item.parts = Kind.HEADLINE, [item.printed]


def _stands_alone(line: str) -> bool:
    """A credit or byline line keeps its own line even right under wrapped text."""
    return _classify(line, fold(line)).kind in (Kind.PHOTO_CREDIT, Kind.SUPPLIED_CREDIT, Kind.BYLINE, Kind.END_BYLINE)


def _join_tails_under_heads(items: list[Item]) -> None:
    """Every line apart, a line cut at the column's width right under a headline and the short headline-shaped line
    after it (`…开放农村公共场所,打通丰` / `收“堵点”`, a long subtitle the column wrapped) are one piece of text, as
    where the lines stand together: the cut line opens the text under that headline and what follows it is its rest,
    unless it is about the text below and not that sentence (`白沙村小麦丰收` over `8月8日,白沙村小麦…`): the title
    of an article set in where the first one broke off after one line; or a kicker over its title (`_leads_a_title`)."""
    i = 2
    while i < len(items):
        cut_line, head = items[i - 1], items[i - 2]
        if (items[i].kind is Kind.HEADLINE and not items[i].cut and items[i].gap_before <= 1
                and cut_line.kind in (Kind.PARAGRAPH, Kind.HEADLINE) and cut_line.cut and not cut_line.finished
                and cut_line.gap_before <= 1 and head.kind is Kind.HEADLINE and not head.cut
                and not _leads_a_title(items, i) and not titles_text_after_break(items, i)):
            i -= join_lines(items, i - 1, i)
        i += 1


_NUMBER_ALONE = re.compile(r"^\s*[0-9][0-9.,%]*\s*$")
_COUNTED = frozenset("日月年号个名人户万元次岁亩")  # what a number counts, opening the line under it


def _settle_cut_lines(items: list[Item]) -> None:
    """A headline-shaped line cut at the column's width, or the short line after one that broke off mid-sentence, is
    text unless over a dateline or byline, or about the text below, not that sentence (`某村小麦丰收` over
    `8月8日,某村…`), or a kicker over its title (`_leads_a_title`)."""
    tails = []  # (judged once the cut lines below them are text)
    for i, item in enumerate(items):
        nxt = items[i + 1].kind if i + 1 < len(items) else None
        tail_of_cut = i > 0 and items[i - 1].cut and items[i - 1].kind in (Kind.PARAGRAPH,
                                                                           Kind.DATELINE) and not items[i - 1].finished
        if (item.kind is Kind.NOISE and 0 < i < len(items) - 1 and items[i - 1].cut and not items[i - 1].finished
                and (items[i + 1].cut or items[i + 1].folded.lstrip()[:1] in _COUNTED)
                and _NUMBER_ALONE.match(item.folded)):
            # (`30` the column wrapped between two cut lines, or over the last line opening with what it counts,
            # `…10月` / `24` / `日起,…`: the sentence's number)
            item.kind = Kind.PARAGRAPH
            continue
        if item.kind is Kind.HEADLINE and not item.cut and (broken_inside_a_word(items, i)
                                                            or broken_inside_a_count(items, i)):
            item.kind, item.parts, item.weak = Kind.PARAGRAPH, [], False  # (`…服务平` / `台和…`: text, broken)
            continue
        if item.kind is Kind.HEADLINE and (item.cut or tail_of_cut) and nxt not in (Kind.DATELINE, Kind.BYLINE):
            tails.append(i)
            if item.cut:
                item.kind, item.parts, item.weak = Kind.PARAGRAPH, [], False
    for i in (k for k in tails if items[k].kind is Kind.HEADLINE and not _leads_a_title(items, k)
              and (not titles_text_after_break(items, k) or runs_on_below(items, k))):
        items[i].kind, items[i].parts, items[i].weak = Kind.PARAGRAPH, [], False


def _leads_a_title(items: list[Item], i: int) -> bool:
    """Under a head and the one line the column cut below it, a short line closed by `:` or `——` right over another
    headline line (`老街焕发新活力` / `…沿街的彩钢房占` / `某某镇某某村:` / `小小草莓种出致富路`) is a kicker leading
    into that title, never the rest of the sentence the cut line broke off. (A run of cut lines ending so, after text or
    on the page's top, is a long kicker: `join_kickers_apart`.)"""
    return (i > 1 and items[i - 2].kind is Kind.HEADLINE and KICKER_END.search(items[i].folded) is not None
            and i + 1 < len(items) and items[i + 1].kind is Kind.HEADLINE and items[i + 1].gap_before <= 1)


def _settle_captions(items: list[Item]) -> None:
    """A headline-shaped line printed right over a photo credit is the photo's caption (captions
    are often phrases without a full stop: `店员整理家纺产品` over `张三 摄`)."""
    for item, nxt in zip(items, items[1:]):
        if item.kind is Kind.HEADLINE and nxt.kind is Kind.PHOTO_CREDIT and nxt.gap_before == 0:
            item.kind, item.parts, item.weak = Kind.PARAGRAPH, [], False
