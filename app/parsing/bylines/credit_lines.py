"""Credit lines settled by the lines around them, after every line has been read.

A credit's shape does not say alone whose it is: `(通讯员 张三)` under a headline is that article's
byline, under the last paragraph its closing credit; a credit line naming editors and reviewers as
well runs longer than a headline, so the line reader took it for text; `… 张三 李四 摄` printed at
the end of an article's last paragraph credits the article, not a caption of its own; an editor's
line (`责任编辑:张三`) names no author but ends the article printed above it; `图为:…` over a
photo credit is its caption even when as short as a title; a photo
report's credit (`(张三 摄影报道)`) under the one paragraph of a titled item, or of a paragraph standing
alone, makes that paragraph a caption; `图为…(张三 摄)` on one line is a caption printed with its credit;
a body's name over a date under an article's text (`某某实验学校` / `2015年10月21日`) is its signature,
which ends that article like a credit naming nobody; so does a source line (`来源:某某网`) or a line of
labelled credits (`文字作者:张三,审核人:李四`, `role_credit_lines.py`), and the
credit lines printed right under a closing credit (`作者:张三` under `来源:…`) close the same article.
Two-character names printed with a space inside each (`张 三 李 四`) right under a title or a byline, over
the text, are a byline (more of it under a byline).
"""

import re

from app.people.lexicon import SURNAMES
from app.text import fold
from .closing_credits import closing_credit_names, names_staff_only, trailing_byline
from .credits import bare_name, credit_photographers, has_role_word, looks_like_names, split_names
from ..heads.headlines import is_name_only
from ..heads.speaker_heads import introduces_the_quote_below
from ..line_joins import join_lines
from ..lines import Item, Kind, block_gap, every_line_apart, printed_len
from .office_lines import office_signature_names
from .photographer_labels import credit_the_caption_above
from .role_credit_lines import role_credit_names
from ..shapes import CAPTION_SENTENCE_CHARS, is_date_line, opens_caption, opens_with_date, sentence_ends
from ..similarity import place_names
from .source_lines import SOURCE_WORDS, opens_with_source_word, source_line_names

MAX_CREDIT_LINE_CHARS = 80  # a credit naming the whole desk is still one short line
# `【作者:张三】 【责任编辑:李四】`: credits printed in a row of brackets, read as one credit line
_BRACKETS = re.compile(r"[【】()]")
_BRACKET_CHARS = frozenset("【】()")
_BRACKET_GROUP = re.compile(r"\(([^()]{2,60})\)|【([^【】]{2,60})】")
_PHOTO_REPORT = "摄影报道"  # a report told in pictures: the text over its credit is a caption
# `某某某某 摄` right under a `图为…` caption: a photographer with a four-character name (欧阳…, or a name
# transliterated without its middle dot), which the credit reader alone takes for an outlet's name
_LONG_NAME_CREDIT = re.compile(r"^\s*([\u3400-\u9fff]{4})\s*摄\s*$")
_QUESTION_TITLE_CHARS = 30  # a title ending in `?` over a source line: no longer than a title runs
_SOURCE_WORD_WITHIN = 6  # `▌(来源:…`: the word opens a source line, after a mark and a bracket at most
_CREDIT_AT_END = re.compile(r"\(([^()]{1,24}?摄)\)\s*$")  # `…(张三 摄)` closing a line
# `(某某广播电视台)`
_BRACKETED_OUTLET = re.compile(r"^\s*[(【][\u3400-\u9fff]{2,14}(?:报|网|台|社|中心|融媒)[)】]\s*$")


# A staff line lists names (`编辑:张三、李四`, `(编辑:张三,审核:李四)`); a long line with a comma or a full
# stop is a sentence.
_SENTENCE_MARK = re.compile(r"[,。!?]")
_STAFF_LINE_CHARS = 24


def _names_staff_only(folded: str) -> bool:
    """`(编辑:张三 审核:李四)`, or a row of such brackets (`(编辑:张三) (审核:李四) (签发:王五)`, each printed on
    its own line under the text): only the page's staff."""
    if _SENTENCE_MARK.search(folded) and printed_len(folded) > _STAFF_LINE_CHARS:
        return False  # `制作竹篮的,…`: a sentence (a line the column wrapped) that opens with a staff word
    if folded.count("(") + folded.count("【") > 1:
        groups = _BRACKET_GROUP.findall(folded)
        if len(groups) > 1 and not _BRACKET_GROUP.sub("", folded).strip():
            return all(names_staff_only(f"({a or b})") for a, b in groups)
    return names_staff_only(folded)


def settle_credit_lines(items: list[Item]) -> None:
    """Give the credit lines of a page (read by `lines.read_items`) the kinds their neighbours say."""
    items[:] = [piece for item in items for piece in _split_one_line_caption(item)]
    _join_captions_apart(items)
    for i, item in enumerate(items):
        before = items[i - 1] if i > 0 else None
        nxt = items[i + 1] if i + 1 < len(items) else None
        # (a line of text or a head right under finished text: asked by four of the tests below, told once)
        under_text = (item.kind in (Kind.PARAGRAPH, Kind.HEADLINE) and before is not None
                      and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and before.finished)
        if (item.kind is Kind.HEADLINE and before is not None and before.kind in (Kind.HEADLINE, Kind.BYLINE)
                and item.gap_before < 2 and nxt is not None and nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE, Kind.BYLINE)
                and
                (names := spaced_name_pairs(item.folded) or
                 (before.kind is Kind.HEADLINE and names_alone(item.printed, item.folded)))):
            item.kind, item.names, item.parts = Kind.BYLINE, names, []  # `张 三 李 四`, `张三 李四` under the title
        elif (item.kind is Kind.END_BYLINE and before is not None and before.kind is Kind.HEADLINE
                and item.folded.lstrip().startswith(("(", "【")) and nxt is not None
                and nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE)):
            item.kind = Kind.BYLINE  # `(通讯员 张三)` right under the title: its byline
        elif (item.kind is Kind.HEADLINE and before is not None
              and (before.kind is Kind.HEADLINE or _title_ending_in_a_question(before))
              and nxt is not None and nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE)
              and (names := _source_line_names(item)) is not None and (names or opens_with_source_word(item.folded))):
            # `来源:某某日报 作者:张三`, `信息来源:某某县委办` (naming no one) under the title: its credit line
            item.kind, item.names, item.parts = Kind.BYLINE, names, []
            if before.kind is Kind.PARAGRAPH:  # (the title over it, read as text for its `?`)
                before.kind, before.parts = Kind.HEADLINE, [before.printed]
        elif (item.kind is Kind.HEADLINE and nxt is not None
              and nxt.kind in (Kind.PARAGRAPH, Kind.DATELINE) and (names := _report_credit_of_a_caption(items, i))):
            item.kind, item.names, item.parts = Kind.PHOTO_CREDIT, names, []  # `(□记者 张三 报道)` under a caption
        elif item.kind in (Kind.PARAGRAPH, Kind.HEADLINE, Kind.NOISE) and _names_staff_only(item.folded):
            item.parts = []  # the page's staff: no article's text, but printed after one, its end
            closes = before is not None and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and before.finished
            item.kind, item.names = (Kind.END_BYLINE if closes else Kind.NOISE), []
        elif (under_text and printed_len(item.folded) <= MAX_CREDIT_LINE_CHARS
                and (names := closing_credit_names(item.printed, item.folded)
                     or (not _BRACKET_CHARS.isdisjoint(item.folded)  # (without brackets: the same line, asked again)
                         and closing_credit_names(item.printed, _BRACKETS.sub(" ", item.folded))))):
            item.kind, item.names, item.parts = Kind.END_BYLINE, names, []
        elif under_text and (names := _source_line_names(item)) is not None:
            item.kind, item.names, item.parts = Kind.END_BYLINE, names, []
        elif (under_text and (nxt is None or nxt.kind is not Kind.PARAGRAPH)
              and (names := office_signature_names(item.printed, item.folded)) is not None):
            item.kind, item.names, item.parts = Kind.END_BYLINE, names, []  # `某某社区居委会 张三` under the text
        elif under_text and (names := role_credit_names(item.printed, item.folded)) is not None:
            item.kind, item.names, item.parts = Kind.END_BYLINE, names, []  # `文字作者:张三,审核人:李四` under the text
        elif ((item.kind is Kind.BYLINE or (item.kind is Kind.HEADLINE and (
                has_role_word(item.folded) or _BRACKETED_OUTLET.match(item.folded))))
              and before is not None and before.kind is Kind.END_BYLINE and item.gap_before == 0):
            # `作者:张三` right under `来源:…`, `◆图/通讯员提供` under `◆文/记者 张三`, `(某某电视台)`: the same
            # closing credit
            item.kind, item.parts = Kind.END_BYLINE, []
        elif (names := _names_under_a_role_line(items, i)) is not None:
            item.kind, item.names, item.parts = Kind.END_BYLINE, names, []
            nxt.kind, nxt.names, nxt.parts = Kind.END_BYLINE, [], []
        elif _signs_the_article_above(items, i):
            for line in (item, nxt):
                line.kind, line.names, line.parts = Kind.END_BYLINE, [], []
        elif _credits_the_article_above(items, i):
            nxt.kind = Kind.END_BYLINE
        elif (item.kind is Kind.HEADLINE and nxt is not None and nxt.kind in (Kind.PHOTO_CREDIT, Kind.SUPPLIED_CREDIT)
              and opens_caption(item.folded)):
            item.kind, item.parts = Kind.PARAGRAPH, []  # `图为:…` over `张三 摄` or `本人供图`: a caption, not a title
        elif (under_text and item.kind is Kind.HEADLINE and opens_caption(item.folded) and item.gap_before < 2
              and (nxt is None or nxt.kind not in (Kind.PARAGRAPH, Kind.DATELINE, Kind.BYLINE))):
            item.kind, item.parts = Kind.PARAGRAPH, []  # `图为…` with no stop under the text, no body of its own
        elif (name := _long_name_under_caption(items, i)) is not None:
            item.kind, item.names, item.parts = Kind.PHOTO_CREDIT, [name], []
        elif item.kind is Kind.HEADLINE and introduces_the_quote_below(item, nxt):
            item.kind, item.parts = Kind.PARAGRAPH, []  # `某某社区网格员张三:` over her words: text, no title
        elif item.kind is Kind.END_BYLINE and _PHOTO_REPORT in item.folded and _under_a_title_or_alone(items, i):
            item.kind = Kind.PHOTO_CREDIT  # `(张三 摄影报道)` under a caption: a photo's credit
    apart = None  # (whether every line stands apart: asked once, where a credit line may be a picture's)
    for i, item in enumerate(items):
        if credit_the_caption_above(items, i):
            continue  # `(摄影:张三)` under a caption between the headline and the body
        if item.kind in (Kind.BYLINE, Kind.END_BYLINE) and _credits_the_caption_above(
                items, i, apart := every_line_apart(items) if apart is None else apart):
            item.kind = Kind.PHOTO_CREDIT  # `玛曲县某某小镇。` / `某某日报通讯员 张三`: a picture's credit, no `摄`


_NAME_SEPARATORS = re.compile(r"\s*、\s*|\s+")
_SPACED_CHARACTERS = re.compile(r"^[\u3400-\u9fff](?: [\u3400-\u9fff]){3,7}$")


def names_alone(printed: str, folded: str) -> list[str] | None:
    """`张三`, `张三 李四`, `张三、李四、王五`: one to three names of two or three characters, each opening with a
    surname, spaced or listed with `、`, and nothing else on the line -> the names as printed (under a title, over
    its text, the writers')."""
    names = _NAME_SEPARATORS.split(folded.strip())
    if not 1 <= len(names) <= 3 or not all(map(bare_name, names)):
        return None
    return split_names(printed, folded)


_SPACED_ROLES = ("实习生", "通讯员", "记者")


def spaced_name_pairs(folded: str) -> list[str] | None:
    """`张 三 李 四`: two-character names each printed with a space inside (to fill the width of a
    three-character one), every first character a surname -> the names; a role word spaced out the
    same way may come first (`实 习 生 李 四`, a byline's second line)."""
    line = folded.strip()
    if not _SPACED_CHARACTERS.match(line):
        return None
    chars = line.split()
    role = next((r for r in _SPACED_ROLES if "".join(chars[:len(r)]) == r), "")
    chars = chars[len(role):]
    if not chars or len(chars) % 2 or not all(c in SURNAMES for c in chars[::2]):
        return None
    return [chars[k] + chars[k + 1] for k in range(0, len(chars), 2)]


_REPORT_CREDIT_AT_END = re.compile(r"(?<=。)\s*\(\s*□?\s*[^()]{4,40}?\s*报道\s*\)\s*$")  # (after a sentence's end)
_REPORT_CREDIT = re.compile(r"^\s*\(\s*□?\s*([^()]{4,40}?)\s*报道\s*\)\s*$")  # `(□记者 张三 通讯员 李四 报道)`


def _report_credit_of_a_caption(items: list[Item], i: int) -> list[str] | None:
    """The reporters a bracketed credit ending in `报道` names, printed right under the one short paragraph
    between a headline (or its byline) and the text: that paragraph is a picture's caption. Else None."""
    item = items[i]
    if not item.folded.rstrip().endswith("报道)") or i < 2:  # (most lines: nothing more asked)
        return None
    m = _REPORT_CREDIT.match(item.folded)
    caption = items[i - 1]
    if item.gap_before > 0 and (item.gap_before > 1 or not every_line_apart(items)):
        return None  # (right under the caption; a blank line between where every line stands apart)
    if (m is None or caption.kind is not Kind.PARAGRAPH or not caption.finished
            or printed_len(caption.folded) > CAPTION_SENTENCE_CHARS
            or items[i - 2].kind not in (Kind.HEADLINE, Kind.BYLINE)):
        return None
    return closing_credit_names(item.printed[m.start(1):m.end(1)], m.group(1)) if has_role_word(m.group(1)) else None


def _title_ending_in_a_question(item: Item) -> bool:
    """`某某路是怎么修通的?`: one short line ending in `?` or `!`, read as text for its mark (a title over a credit)."""
    return (item.kind is Kind.PARAGRAPH and item.first == item.last
            and printed_len(item.folded) <= _QUESTION_TITLE_CHARS and item.folded.rstrip()[-1:] in "?!")


def _source_line_names(item: Item) -> list[str] | None:
    """The writers a source line names; of a headline unit printed on two lines (`▌来源:…` over `▌编辑:…`,
    read together), what its first line names: the line under it is the same closing credit's."""
    if not any(map(item.folded[:_SOURCE_WORD_WITHIN].__contains__, SOURCE_WORDS)) and item.folded.lstrip()[:1] != "—":
        return None  # (most lines: no fold of the first line needed)
    first = item.parts[0] if len(item.parts or []) > 1 else item.printed
    names = source_line_names(first, fold(first))
    for line in (item.parts or [])[1:] if names is not None else []:  # (`通联:…` over `供稿:张三 李四`: its writers)
        names.extend(closing_credit_names(line, fold(line)) or [])
    return names


def _long_name_under_caption(items: list[Item], i: int) -> str | None:
    """The photographer of `某某某某 摄` printed right under a caption that opens `图为…`, else None."""
    item = items[i]
    m = _LONG_NAME_CREDIT.match(item.folded) if item.kind in (Kind.PARAGRAPH, Kind.HEADLINE) and (
        item.folded.rstrip().endswith("摄")) else None  # (what a match ends in: looked at first)
    if m is None or i == 0 or items[i - 1].kind is not Kind.PARAGRAPH or item.gap_before != 0:
        return None
    return item.printed[m.start(1):m.end(1)] if opens_caption(items[_paragraph_start(items, i - 1)].folded) else None


_ROLE_ONLY = re.compile(r"^\s*(?:文[、/]?图|图[、/]?文|文字|摄影|图片)\s*[|:]?\s*$")  # `文、图` alone
_ROLE_OPENINGS = frozenset("文图摄")  # (what a line `_ROLE_ONLY` matches opens with: looked at first)


def _names_under_a_role_line(items: list[Item], i: int) -> list[str] | None:
    """`文、图` on a line of its own after the finished text, then the line naming who wrote it and took the
    pictures (`张三 李四`): one closing credit the column broke in two -> its names."""
    item, before = items[i], items[i - 1] if i > 0 else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    if not (item.folded.lstrip()[:1] in _ROLE_OPENINGS and _ROLE_ONLY.match(item.folded)
            and before is not None and before.finished and nxt is not None
            and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and nxt.gap_before <= 1 and
            looks_like_names(nxt.folded)):
        return None
    return split_names(nxt.printed, nxt.folded)


def _join_captions_apart(items: list[Item]) -> None:
    """Where every line stands apart (a blank line a mere line break), a photo credit one blank line under a
    finished line that is a paragraph of its own (finished text above it too) is printed with it, as a caption and
    its credit are: `…样。` / `北正社区活动。` / `通讯员张三 供图` is text, then a photo. So is one under a finished
    line closing a block of text lines alone, with no headline, that opens after a wide gap: an untitled photo's
    caption."""
    if not every_line_apart(items):
        return
    i = 2
    while i < len(items):
        credit, caption, above = items[i], items[i - 1], items[i - 2]
        if (credit.kind is Kind.PHOTO_CREDIT and credit.gap_before == 1 and caption.kind is Kind.PARAGRAPH
                and caption.finished and not caption.cut):
            if above.kind in (Kind.PARAGRAPH, Kind.DATELINE) and above.finished:
                credit.gap_before = 0
            elif (k := _block_of_text_alone(items, i - 1)) is not None:
                credit.gap_before = 0
                i -= join_lines(items, k, i - 1)
        i += 1


def _block_of_text_alone(items: list[Item], i: int) -> int | None:
    """Lines of text only, one blank line apart, from a line opening after a wide gap (or the page's top), or from
    under one headline line opening there, down to item i: a block of its own, as a photo's caption is printed,
    untitled or under its title -> its first item."""
    k = i
    while k > 0 and items[k].gap_before <= 1 and items[k - 1].kind is Kind.PARAGRAPH:
        k -= 1
    if k == i or items[k].kind is not Kind.PARAGRAPH:
        return None
    opening = k - 1 if k > 0 and items[k - 1].kind is Kind.HEADLINE and items[k].gap_before <= 1 else k
    return k if opening == 0 or items[opening].gap_before >= block_gap(apart=True) else None


def _signs_the_article_above(items: list[Item], i: int) -> bool:
    """Item i and the date line printed right under it sign the finished text above: the name of
    the school or office that wrote it, then the day."""
    item, before = items[i], items[i - 1] if i > 0 else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    return (item.kind in (Kind.HEADLINE, Kind.PARAGRAPH) and nxt is not None and nxt.gap_before == 0
            and is_date_line(nxt.folded.strip()) and before is not None and before.finished
            and before.kind in (Kind.PARAGRAPH, Kind.DATELINE) and is_name_only(item.folded))


def _credits_the_article_above(items: list[Item], i: int) -> bool:
    """`……。 张三 李四 摄` ending a paragraph that goes on with the subject of the paragraph above
    it (the same place named, not a caption's opening words nor one dated sentence): the article's own
    credit. (On a page whose lines stand apart, the paragraphs are the lines the column cut, read together.)"""
    item = items[i]
    nxt = items[i + 1] if i + 1 < len(items) else None
    if not (item.kind is Kind.PARAGRAPH and nxt is not None and nxt.kind is Kind.PHOTO_CREDIT
            and nxt.first == item.first):
        return False
    start = _paragraph_start(items, i)
    before = items[start - 1] if start > 0 else None
    if before is None or before.kind not in (Kind.PARAGRAPH, Kind.DATELINE) or items[start].gap_before > 1:
        return False
    above = _paragraph_start(items, start - 1)
    paragraph = "".join(it.folded for it in items[start:i + 1])
    return (not opens_caption(paragraph) and not _one_short_sentence(paragraph)
            and bool(place_names(paragraph) & place_names("".join(it.folded for it in items[above:start]))))


def _one_short_sentence(paragraph: str) -> bool:
    """A paragraph of one short sentence opening with the day the picture was taken, with a photographer's
    credit run on, is a caption whatever it names: an article's closing paragraph credited so goes on
    (`目前,…`), it does not open a scene."""
    text = paragraph.strip()
    return (len(text) <= CAPTION_SENTENCE_CHARS and sentence_ends(text) == 1 and text.endswith("。")
            and opens_with_date(text))


def _split_one_line_caption(item: Item) -> list[Item]:
    """`图为某某活动现场(张三 摄)`: a caption and its credit printed on one line -> the two apart."""
    if not item.folded.rstrip().endswith(")"):  # (what a match ends in: most lines, nothing more asked)
        return [item]
    if item.last > item.first and item.kind is Kind.PARAGRAPH and (m := _REPORT_CREDIT_AT_END.search(item.folded)):
        # (a column-wide caption line, the credit on the line under it read as its wrap: the two apart, as printed)
        return [Item(Kind.PARAGRAPH, item.first, item.last - 1, item.printed[:m.start()].rstrip(),
                     item.folded[:m.start()].rstrip(), item.gap_before),
                Item(Kind.HEADLINE, item.last, item.last, item.printed[m.start():].strip(),
                     item.folded[m.start():].strip(), 0, parts=[item.printed[m.start():].strip()])]
    m = _CREDIT_AT_END.search(item.folded)
    if not (m and item.kind in (Kind.HEADLINE, Kind.PARAGRAPH) and opens_caption(item.folded)):
        return [item]
    names = credit_photographers(m.group(1))
    if not names:
        return [item]
    caption = Item(Kind.PARAGRAPH, item.first, item.last, item.printed[:m.start()].rstrip(),
                   item.folded[:m.start()].rstrip(), item.gap_before)
    return [caption, Item(Kind.PHOTO_CREDIT, item.first, item.last, item.printed[m.start():].strip(),
                          item.folded[m.start():].strip(), 0, names=names)]


# `新甘肃·某某日报通讯员 张三`: an outlet's name, its role and names, unbracketed
_OUTLET_ROLE_NAMES = re.compile(r"^\s*[\u3400-\u9fff·]{2,16}?(?:记者|通讯员)\s*[\u3400-\u9fff]{2,3}"
                                r"(?:\s+[\u3400-\u9fff]{2,3})*\s*$")


def _credits_the_caption_above(items: list[Item], i: int, apart: bool) -> bool:
    """An outlet's reporter or correspondent named right under (no blank line, one where every line stands `apart`)
    one short sentence that stands alone under a headline, on the page's top or after text its credit closed: the
    picture's credit, whose caption names what it shows. A text's credit does not sit under a lone sentence."""
    caption = items[i - 1] if i > 0 else None
    if (caption is None or items[i].gap_before > int(apart) or not caption.short_sentence
            or "。" in caption.folded[:-1]
            or not _OUTLET_ROLE_NAMES.match(items[i].folded)):
        return False
    above = items[i - 2] if i > 1 else None
    return above is None or above.kind is not Kind.PARAGRAPH or bool(trailing_byline(above.printed, above.folded)[2])


def _under_a_title_or_alone(items: list[Item], i: int) -> bool:
    """Item i closes the one paragraph printed under a headline (no dateline, no other text), or
    one standing alone after a wide gap (an untitled picture's caption)."""
    if i == 0 or items[i - 1].kind is not Kind.PARAGRAPH:
        return False
    start = _paragraph_start(items, i - 1)
    return start == 0 or items[start - 1].kind is Kind.HEADLINE or items[start].gap_before >= 2


def _paragraph_start(items: list[Item], i: int) -> int:
    """The first item of the paragraph item i ends: lines the column cut run on into the next."""
    while i > 0 and items[i - 1].kind is Kind.PARAGRAPH and items[i - 1].cut and not items[i - 1].finished:
        i -= 1
    return i
