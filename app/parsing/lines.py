"""Lines of a page: what each printed line is, and the items the assembler works on.

A page is a sequence of lines separated by blank lines. Lines that a narrow column wrapped
are first joined back into their paragraph (`wrapping`). Each non-blank piece is classified on
its folded copy: a dateline paragraph (`本报讯(…)…`), a byline (`□ 本报记者 …`), an end
byline (`·张三·`), a photo credit (`… 摄`), a supplied-photo credit (`(…供图)`), a headline
(short, no sentence-final punctuation, not cut at the column's width) or a paragraph. Headline lines
printed without a blank line between them are one headline unit (a headline printed on two lines; where every line stands
apart, a head's first line ending in a comma and the line after it too). Pages using no blank lines ("dense") keep every line apart."""

from dataclasses import dataclass, field
from functools import lru_cache
import re

from .caption_credit import trailing_photo_credit
from .closed_texts import follows_closed_text
from .kinds import Kind
from .credits import BOX_BYLINE, DATELINE, FILE_PHOTO_CREDIT, FILE_PHOTO_ENDINGS, end_byline_names, photo_credit_names, split_names, supplied_credit
from .outlet_bylines import byline_names
from app.text import fold, lines_t2s_may_change, width_fold
from .source_lines import is_source_line
from .shapes import (HEAD_NUMBER, ORDINAL_HEAD, continues_a_number, is_date_line, lists_in_a_cut_sentence, may_open_with_dateline,
                     numbers_an_instalment, opens_caption, opens_clause, opens_mid_sentence, opens_unclosed_quote,
                     runs_on_past_a_question, spaces_its_phrases, stands_whole, two_phrases)
from .similarity import NEW_HEADLINE_MARGIN, RESTATES, compact, opening_words, opens_with_place, text_affinity
from .scripts import printed_in_other_script
from .wrapping import pieces

MAX_HEADLINE_CHARS = 40  # longer lines are text, however they end
MAX_KICKER_CHARS = 60  # ... except a long kicker that ends in `——` or `：`
SHORT_SENTENCE_CHARS = 40  # a finished line this short may be a subtitle (副题)
TAIL_CHARS = 120  # end-anchored patterns only need to see this much of a line
QUOTED_HEAD_CHARS = 16  # a longer line that opens a quotation it does not close goes on below
HEAD_ON_TWO_LINES_CHARS = 12  # `一周活动,` over `“拉满”节日氛围`: the first line of a head

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CLOSERS = "”’\"'」』)]》〉"
_STOPS, _MAY_END = frozenset("。!?…"), frozenset("。!?….") | frozenset(_CLOSERS)  # what `_FINISHED` ends in
_FINISHED = re.compile(rf"(?:[。!?…]|\.\.\.|(?<![0-9A-Za-z])\.)[{re.escape(_CLOSERS)}]*(?:\s*\([^()]{{1,40}}\))?$")  # (…): its credit
# A line ending in a comma, or in a word that needs what follows it (`…网格的`, `…和`, `…对`), is a sentence the column broke.
_ENDS_AS_TEXT = re.compile(r"(?:[,;、]|[^\s“”\"]{2}[的和与及或在对将把被从向并而但让])$")
_EXCLAIMS = re.compile(rf"[!?][{re.escape(_CLOSERS)}]*\s*$")
_KICKER_END = re.compile(r"(?:—+|-{2,}|:)$")
SUBTITLE_DASH = re.compile(r"^\s*(?:—|-{2,})")  # `——记某某村的…`: a subtitle line
_ONLY_SENTENCE_END = re.compile(  # `。`, `”`, `。”` or `”。` alone on a line
    rf"^\s*(?:[{re.escape(_CLOSERS)}]*(?:[。!?…]|\.\.\.)+[{re.escape(_CLOSERS)}]*|[{re.escape(_CLOSERS)}]+)\s*$")


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

    @property
    def finished(self) -> bool:
        return is_finished(self.folded)

    @property
    def short_sentence(self) -> bool:
        return self.kind is Kind.PARAGRAPH and printed_len(self.folded) <= SHORT_SENTENCE_CHARS and self.finished


@lru_cache(maxsize=4096)  # the same lines are asked about again and again while a page is cut (the key: the string itself)
def is_finished(folded: str) -> bool:
    """A paragraph ends a sentence (。！？… possibly followed by closing quotes)."""
    # Only the end matters: mostly its last character, or the one before its closing quotes, tells (the
    # pattern is asked the rest); looking at the tail keeps a megabyte-long line cheap.
    tail = folded.rstrip()[-TAIL_CHARS:]
    if tail.endswith("···"):
        return True  # `······`: middle dots printed for an ellipsis
    return tail[-1:] in _MAY_END and (tail.rstrip(_CLOSERS)[-1:] in _STOPS or _FINISHED.search(tail) is not None)


@lru_cache(maxsize=4096)  # (as `is_finished`)
def printed_len(text: str) -> int:
    """Printed characters, not counting spaces."""
    return len("".join(text.split()))


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


# The page's own furniture: who edited and proofread it. It stays in the page text, in no article.
_EDITORIAL = re.compile(r"^\s*(?:责任编辑|本版编辑|值班编辑|编辑|校对|美编|版式|组版|审读|审校|版面设计)\s*[:：]")


def _classify(printed: str, folded: str) -> Item:
    item = Item(Kind.PARAGRAPH, 0, 0, printed, folded)
    if _ONLY_SENTENCE_END.match(folded):
        return item  # `。` or `”` the column pushed onto a line of its own: the end of the text above
    if not has_cjk(folded):
        item.kind = Kind.NOISE if len(folded) <= MAX_HEADLINE_CHARS else Kind.PARAGRAPH
        return item
    if _EDITORIAL.match(folded) and printed_len(folded) <= MAX_HEADLINE_CHARS:
        item.kind = Kind.NOISE
        return item
    if may_open_with_dateline(folded) and DATELINE.match(folded):
        item.kind = Kind.DATELINE
        return item
    if folded.rstrip().endswith(FILE_PHOTO_ENDINGS) and FILE_PHOTO_CREDIT.match(folded):
        item.kind = Kind.PHOTO_CREDIT  # `资料图片`: a credit naming nobody
        return item
    length = printed_len(folded)
    short = length <= MAX_HEADLINE_CHARS or (
        length <= MAX_KICKER_CHARS and _KICKER_END.search(folded.rstrip()) is not None)
    if short:
        for kind, reader in (
            (Kind.END_BYLINE, end_byline_names),
            (Kind.BYLINE, byline_names),
            (Kind.PHOTO_CREDIT, photo_credit_names),
        ):
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
                and "。" not in stripped and not is_date_line(stripped) and not runs_on_past_a_question(stripped)  # (no finished sentence)
                and not (length > QUOTED_HEAD_CHARS and opens_unclosed_quote(stripped))):
            item.kind, item.phrase_head = Kind.HEADLINE, bool(ORDINAL_HEAD.match(stripped))
            # Commas inside a short unfinished line: a headline only if its neighbours say so.
            item.weak = ("," in stripped or ";" in stripped) and not _KICKER_END.search(stripped)
    return item


def _split_trailing_credit(item: Item) -> list[Item]:
    """A caption line ending in `… 张三 摄` becomes the caption plus a photo credit."""
    if item.kind is not Kind.PARAGRAPH or not (item.folded.rstrip().endswith(("摄", "供图", "摄)")) or "图" in item.folded[-12:]):
        return [item]  # (the credit ends the line: `… 摄`, `…供图`, `图文/…`)
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
    whether the line is blank, and whether any line may hold a character t2s changes (where none does, every
    fold of the page's text is its width fold)."""
    raw_lines = text.split("\n")
    blank = [not line.strip() for line in raw_lines]
    page_pieces = pieces(raw_lines, blank, _stands_alone)
    may_change = lines_t2s_may_change(raw_lines)  # (a piece's lines: where none may, its fold is its width fold)
    dense = len(page_pieces) > 3 and sum(blank) < len(page_pieces) // 5
    apart = any(cut for *_, cut in page_pieces)  # every line stands apart: a blank line is a line break
    items: list[Item] = []
    previous_end = -1
    for first, end, printed, cut in page_pieces:
        gap = first - previous_end - 1
        item = _classify(printed, fold(printed) if True in may_change[first:end + 1] else width_fold(printed))
        if item.kind is Kind.HEADLINE and end > first:
            item.kind = Kind.PARAGRAPH  # text the column wrapped is never a headline
        item.first, item.last, item.cut = first + 1, end + 1, cut
        item.gap_before = gap
        last = items[-1] if items else None
        if last is not None and last.kind is Kind.HEADLINE and opens_mid_sentence(item.folded):
            last.kind, last.parts, last.weak = Kind.PARAGRAPH, [], False  # a sentence runs on from it: text
        if (not dense and last is not None and item.kind is Kind.HEADLINE and not item.weak and _opens_head(last) and (
                gap == 0 or (apart and gap == 1 and last.kind is Kind.PARAGRAPH))):  # (`…,` over the head's second line)
            # Printed on two lines without a gap: one headline unit.
            last.last = item.last
            last.parts = [*(last.parts or [last.printed]), printed]
            last.printed = " ".join(last.parts)
            last.folded = fold(last.printed)
            last.kind, last.weak = Kind.HEADLINE, False
        else:
            if item.kind is Kind.HEADLINE:
                item.parts = [printed]
            items.extend(_split_trailing_credit(item))
        previous_end = end
    _settle_cut_lines(items)
    _settle_captions(items)
    _settle_end_credits(items)
    _settle_weak_headlines(items)
    _settle_long_kickers(items)
    return items, blank, True in may_change


def _opens_head(item: Item) -> bool:
    """A line that a headline line printed right under it continues: a headline line, the
    head's number (`01`), or a head's first phrase ending in a comma (`一周活动,`)."""
    if item.kind is Kind.HEADLINE:
        return not item.weak
    if item.kind is Kind.NOISE:
        return bool(HEAD_NUMBER.match(item.folded))
    return (item.kind is Kind.PARAGRAPH and item.folded.rstrip().endswith(",")
            and printed_len(item.folded.replace("“", "").replace("”", "")) <= HEAD_ON_TWO_LINES_CHARS  # (quotes not counted)
            and "," not in item.folded.rstrip()[:-1])


def _settle_long_kickers(items: list[Item]) -> None:
    """An unfinished line a little too long for a headline, standing apart over a headline that leads to a byline or
    dateline, is that headline's kicker (`整洁的街道、有序的车流…让生活更美好`); not a run of three clauses, a sentence cut."""
    for i, item in enumerate(items):
        before = items[i - 1] if i > 0 else None
        if (item.kind is not Kind.PARAGRAPH or not MAX_HEADLINE_CHARS < printed_len(item.folded) <= MAX_KICKER_CHARS
                or item.finished or _ENDS_AS_TEXT.search(item.folded.rstrip()) or "。" in item.folded or sum(map(item.folded.count, ",;")) >= 3
                or (before is not None and before.kind is Kind.PARAGRAPH and not before.finished)
                or (before is not None and before.kind is Kind.HEADLINE and item.gap_before < 2)):  # its text, cut
            continue
        j = i + 1
        while j < len(items) and items[j].kind is Kind.HEADLINE and items[j].gap_before < 2:
            j += 1
        if j > i + 1 and j < len(items) and items[j].kind in (Kind.BYLINE, Kind.DATELINE):
            item.kind, item.parts = Kind.HEADLINE, [item.printed]


def _stands_alone(line: str) -> bool:
    """A credit or byline line keeps its own line even right under wrapped text."""
    return _classify(line, fold(line)).kind in (
        Kind.PHOTO_CREDIT, Kind.SUPPLIED_CREDIT, Kind.BYLINE, Kind.END_BYLINE)


def _settle_cut_lines(items: list[Item]) -> None:
    """A headline-shaped line cut at the column's width, or the short line after one that broke off mid-sentence, is
    text unless over a dateline or byline, or about the text below, not that sentence (`某村小麦丰收` over `8月8日,某村…`)."""
    tails = []  # (judged once the cut lines below them are text)
    for i, item in enumerate(items):
        nxt = items[i + 1].kind if i + 1 < len(items) else None
        tail_of_cut = i > 0 and items[i - 1].cut and items[i - 1].kind in (Kind.PARAGRAPH, Kind.DATELINE) and not items[i - 1].finished
        if item.kind is Kind.HEADLINE and (item.cut or tail_of_cut) and nxt not in (Kind.DATELINE, Kind.BYLINE):
            tails.append(i)
            if item.cut:
                item.kind, item.parts, item.weak = Kind.PARAGRAPH, [], False
    for i in (k for k in tails if items[k].kind is Kind.HEADLINE and not _titles_text_after_break(items, k)):
        items[i].kind, items[i].parts, items[i].weak = Kind.PARAGRAPH, [], False


def _settle_captions(items: list[Item]) -> None:
    """A headline-shaped line printed right over a photo credit is the photo's caption (captions
    are often phrases without a full stop: `店员整理家纺产品` over `张三 摄`)."""
    for item, nxt in zip(items, items[1:]):
        if item.kind is Kind.HEADLINE and nxt.kind is Kind.PHOTO_CREDIT and nxt.gap_before == 0:
            item.kind, item.parts, item.weak = Kind.PARAGRAPH, [], False


def _settle_end_credits(items: list[Item]) -> None:
    """A credit line (`融媒体记者:张三`, `记者 张三`) right after finished text and before the next
    headline, the end of the page or text without a headline closes the article above, as `·张三·`
    does: a byline stands under a headline (a boxed one, `□ 张三`, even over a body printed apart)."""
    for i, item in enumerate(items):
        before = items[i - 1] if i > 0 else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (item.kind is Kind.BYLINE and before is not None and before.finished
                and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and (nxt is None or nxt.kind is Kind.HEADLINE or (
                    nxt.kind is Kind.PARAGRAPH and not BOX_BYLINE.match(item.folded)))):
            item.kind = Kind.END_BYLINE


def _settle_weak_headlines(items: list[Item]) -> None:
    """A comma-bearing short line is a headline only inside a headline group that leads to a byline or dateline (`老人吃饭,社区操心`
    under a title), right under a kicker that ends in `——` or `：`, set apart by two blank lines over its text, when it opens
    with the name of the place the text below is about (`某某镇:…,…`), when it restates the text below it (`青松村:菜园丰收,邻里共享` over a
    paragraph about 青松村's 菜园), or right after a credit closing the text above (which no sentence runs on past); otherwise it
    is text (`为此,今年以来,城南`, a sentence the column broke); a source line closes the text above as a credit does. A comma line over a `——` subtitle heads it. A short exclamation or
    question right above a byline or dateline, restating the text below it or naming what that text opens with, or numbering
    an instalment of a series (`…(1):…?`), is a headline too. Right under a headline group's byline the text begins: a comma
    line there (`在某村,提起他,人人都说:好!`) is its first sentence."""
    leads = (Kind.BYLINE, Kind.DATELINE)
    for i, item in enumerate(items):
        if not (item.kind is Kind.HEADLINE and item.weak) and not item.short_sentence:
            continue  # (neither a comma line nor a short sentence: nothing below applies)
        nxt = items[i + 1].kind if i + 1 < len(items) else None
        prev = items[i - 1].kind if i > 0 else None
        under_kicker = prev is Kind.HEADLINE and _KICKER_END.search(items[i - 1].folded.rstrip())
        over_subtitle = (nxt is Kind.HEADLINE and items[i + 1].gap_before < 2
                         and SUBTITLE_DASH.match(items[i + 1].folded))
        credited = prev in (Kind.BYLINE, Kind.END_BYLINE) or (  # a group's byline, a closing credit or source line
            prev is Kind.HEADLINE and item.weak and is_source_line(items[i - 1].folded)) or (
            nxt in (Kind.HEADLINE, *leads) and follows_closed_text(items, i))  # (`……。(某某办)` above: no sentence runs on)
        under_byline = credited and i > 1 and items[i - 2].kind is Kind.HEADLINE and not is_source_line(items[i - 2].folded)
        if item.kind is Kind.HEADLINE and item.weak and not under_byline and (
                under_kicker or over_subtitle or credited or _opens_block(items, i) or _restates_below(items, i)
                or _names_its_place(items, i) or _over_caption(items, i) or _phrase_head(items, i)):
            item.weak = False
            item.phrase_head = item.phrase_head or (_phrase_head(items, i) and not _over_caption(items, i))
            continue
        if (item.short_sentence and not under_byline and _EXCLAIMS.search(item.folded) and "。" not in item.folded
                and (nxt in leads or nxt is Kind.HEADLINE and spaces_its_phrases(item.folded) or (nxt is Kind.PARAGRAPH and (_restates_below(items, i) or _opens_new_subject(
                    items, i) or numbers_an_instalment(item.folded) or spaces_its_phrases(item.folded) or follows_closed_text(items, i))))):
            # `为民服务,我们在行动!` right above `本报讯`, or over text that says what it exclaims
            # (`某某,上热搜!` over `…某某登上了热搜`) or opens with its subject (`端午…攻略抢先看!` over
            # `端午节将至,…`): a headline that exclaims.
            item.kind, item.parts = Kind.HEADLINE, [item.printed]
            continue
        if item.kind is not Kind.HEADLINE or not item.weak:
            continue
        if nxt in leads or (prev is Kind.HEADLINE and nxt in (Kind.HEADLINE, *leads) and not opens_clause(item.folded)
                            and not lists_in_a_cut_sentence(item.folded) and not ORDINAL_HEAD.match(items[i - 1].folded)):  # (a numbered head's text: the line under it)
            item.weak = False
        else:
            item.kind = Kind.PARAGRAPH
            item.parts = []


def _phrase_head(items: list[Item], i: int) -> bool:
    """Over a paragraph, a numbered comma head (`一、敢为人先,带头试种`) or two short phrases after
    finished text (`白沙村,一个普通村庄的逆袭`): a section head by its shape."""
    nxt = items[i + 1] if i + 1 < len(items) else None
    folded = items[i].folded
    return nxt is not None and nxt.kind is Kind.PARAGRAPH and (
        bool(ORDINAL_HEAD.match(folded)) or (two_phrases(folded) and not _after_broken_sentence(items, i)))


def _over_caption(items: list[Item], i: int) -> bool:
    """A comma line over a caption (`图为…`, or a finished line a photo credit sits under): a title."""
    below = items[i + 1] if i + 1 < len(items) else None
    return below is not None and below.kind is Kind.PARAGRAPH and (opens_caption(below.folded) or (
        i + 2 < len(items) and items[i + 2].kind is Kind.PHOTO_CREDIT and items[i + 2].gap_before <= 1 and below.finished))


OPENING_CHARS = 200  # how much text below a headline shows what it heads
HEADS_AFTER_BREAK = 0.4  # a comma line after a broken sentence heads the text below sharing this much


def _opens_block(items: list[Item], i: int) -> bool:
    """A line set apart by two or more blank lines over text that follows it closely, not
    continuing a broken sentence: a headline opening a new block of the page."""
    before = items[i - 1] if i > 0 else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    return (items[i].gap_before >= 2 and nxt is not None and nxt.gap_before < 2  # (a weak line under it: text)
            and (nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE) or (nxt.kind is Kind.HEADLINE and nxt.weak))
            and not (before is not None and before.kind is Kind.PARAGRAPH and not before.finished))


def _restates_below(items: list[Item], i: int) -> bool:
    """A line at the top or after finished text (not under a title) whose words recur in the paragraphs below it."""
    if i > 0 and items[i - 1].kind is Kind.HEADLINE:
        return False  # under a title it may open the text
    if _after_broken_sentence(items, i):
        return _titles_text_after_break(items, i)
    return text_affinity(items[i].folded, opening_text(items, i + 1)) >= RESTATES


def _titles_text_after_break(items: list[Item], i: int) -> bool:
    """A line after a broken sentence continues it unless about the text below, not that sentence, and whole, or in its other script."""
    fit_below = text_affinity(items[i].folded, opening_text(items, i + 1))
    return printed_in_other_script(items[i], items[i - 1]) or (fit_below >= HEADS_AFTER_BREAK and fit_below - text_affinity(items[i].folded, items[i - 1].folded) >= NEW_HEADLINE_MARGIN
            and stands_whole(items[i].folded, items[i + 1].folded if i + 1 < len(items) else "") and not continues_a_number(items[i - 1].folded, items[i].folded))


NEARBY_ITEMS = 20  # how far back a line looks for the headline it stands under


def _after_broken_sentence(items: list[Item], i: int) -> bool:
    before = items[i - 1] if i > 0 else None
    return before is not None and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and not before.finished


def _opens_new_subject(items: list[Item], i: int) -> bool:
    """A line after finished text naming what the text below opens with, a word not used since
    the headline above (`端午…攻略抢先看!` over `端午节将至,…` under an article about a lake)."""
    if _after_broken_sentence(items, i):
        return False
    words = opening_words(items[i].folded, opening_text(items, i + 1))
    for item in reversed(items[max(0, i - NEARBY_ITEMS):i]):
        letters = compact(item.folded)
        words = {gram for gram in words if gram not in letters}
        if item.kind is Kind.HEADLINE or not words:
            break
    return bool(words)


def _names_its_place(items: list[Item], i: int) -> bool:
    """A line after finished text that opens with the name of a place the text below is about
    and a colon (`某某镇:…,…`): a title."""
    if _after_broken_sentence(items, i):
        return False
    return opens_with_place(items[i].folded, opening_text(items, i + 1))


def opening_text(items: list[Item], j: int) -> str:
    """The text that opens at item j: paragraphs up to the next headline, byline or credit."""
    text = ""
    for item in items[j:]:
        if item.kind not in (Kind.PARAGRAPH, Kind.DATELINE) or len(text) >= OPENING_CHARS:
            break
        text += item.folded
    return text[:OPENING_CHARS]
