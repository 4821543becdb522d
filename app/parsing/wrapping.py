"""Lines a narrow column wrapped: find the page's wrap width and put wrapped paragraphs back together.

Text taken from narrow columns comes with every paragraph broken into lines of one width
(about 37 characters), the last line of a paragraph shorter. Where the page breaks lines
must not change how it is cut, so before lines are classified:

- the wrap width is the length most long lines share (a page of unwrapped paragraphs has no
  such length and is left alone);
- a line of that width followed directly (no blank line) by another line is joined to it: the
  paragraph goes on (a credit or byline line under it stays on its own);
- a closing credit the wrap broke after its role word (`…。(某某报记者` over `张三 摄)`) is one credit;
- a line the wrap broke at a space inside a quotation (`“某某精神` over `奋进新征程”…`) goes on
  in the line that closes the quotation, as a bracketed credit broken at a space does, whether
  the two lines stand together or apart;
- with every line apart, a caption's line ending in its picture credit's mark (`…接港。图文/`) goes on in the
  line of names under it (`张三`): the wrap broke the credit after its mark;
- a paper's or site's dateline word left alone on its line (`某某晚报讯`: the wrap broke at the space
  after it) goes on in the next line, together or apart, set apart by that space;
- lines so joined are text, never a headline; where every line stands apart (a blank line
  after each), a line of that width is marked as cut: the reader takes it for text that goes
  on unless a dateline or byline follows it, as one would under a headline.
"""

from collections import Counter
from collections.abc import Callable
import re

MIN_WRAPPED_LINES = 5  # fewer lines of one length are chance
MIN_WRAPPED_SHARE = 0.3  # ... as is a length shared by fewer of the long lines
MIN_WIDTH = 16  # lines shorter than this are not column-wide
WIDTH_SLACK = 2  # a wrapped line may be this much shorter (a wide character pushed over)
# `某某晚报讯`, `本报讯`, `某某網訊` alone on a line (raw text: either script)
_LONE_DATELINE = re.compile(r"^[\u3400-\u9fff]{0,10}?[报報网網台臺社][讯訊]$")
# (raw text: either script)
_OPEN_PICTURE_CREDIT = re.compile(r"[。!?”]\s*(?:[图圖]\s*[/、]?\s*文|文\s*[/、]?\s*[图圖])\s*[/:]$")
_NAMES_ONLY = re.compile(r"^[\u3400-\u9fff]{2,3}(?:\s+[\u3400-\u9fff]{2,3}){0,2}$")


def wrap_width(lines: list[str]) -> int | None:
    """The length most long lines of the page share, if the page was wrapped at one width."""
    lengths = [n for n in map(len, map(str.strip, lines)) if n >= MIN_WIDTH]
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    near = sum(1 for n in lengths if width - WIDTH_SLACK <= n <= width)
    if count < MIN_WRAPPED_LINES or near < MIN_WRAPPED_SHARE * len(lengths):
        return None
    if sum(1 for n in lengths if n > width + 1) > near:
        return None  # most long lines are longer: not a wrap width
    return width


def is_wrapped(line: str, width: int | None) -> bool:
    """A line as long as the wrap width: the column cut it, the text goes on."""
    return width is not None and width - WIDTH_SLACK <= len(line.strip()) <= width + 1


def pieces(lines: list[str], blank: list[bool],
           stands_alone: Callable[[str], bool]) -> list[tuple[int, int, str, bool]]:
    """Non-blank pieces of the page as (first index, last index, text, cut): lines of a wrapped
    paragraph joined, other lines on their own (a credit or byline under a wrapped caption too,
    as `stands_alone` tells). `cut` marks a single line as wide as the column on a page whose
    wrapped lines all stand apart: its text most likely goes on in the next piece."""
    width = wrap_width(lines)
    out: list[tuple[int, int, str, bool]] = []
    joining = open_credit = open_quote = open_dateline = open_role = False
    for index, line in enumerate(lines):
        if blank[index]:
            joining = open_credit = open_quote = open_dateline = open_role = False
            continue
        text = line.strip()
        if open_dateline and out and not stands_alone(text):
            first, _, joined, _ = out[-1]
            out[-1] = (first, index, joined + " " + text, False)  # (apart: see `_close_brackets`)
        elif out and (open_role and _closes(text) or
                      (joining or open_credit and _closes(text) or open_quote and _closes_quote(text))
                      and not stands_alone(text)):
            first, _, joined, _ = out[-1]
            out[-1] = (first, index, joined + text, False)
        else:
            out.append((index, index, text, False))
        joining = is_wrapped(line, width) or (  # (a short line opening its piece may be a title over its caption)
            _word_below_would_not_fit(text, lines, blank, index, width) and
            (out[-1][0] < index or 2 * len(text) >= width))
        open_credit = width is not None and _open_credit(text)
        open_quote = width is not None and _opens_quote(text)
        open_dateline = width is not None and _LONE_DATELINE.match(text) is not None
        open_role = width is not None and _open_after_role(out[-1][2])
    if width is not None and all(first == last for first, last, _, _ in out):
        out = _close_brackets([(first, last, text, is_wrapped(text, width)) for first, last, text, _ in out], width)
    return out


def _close_brackets(out: list[tuple[int, int, str, bool]], width: int) -> list[tuple[int, int, str, bool]]:
    """With every line apart, a cut line that opens a bracket (`…新华社发(张` , `…讯(记者 张三 通`), or a shorter
    one the wrap broke at a space between the credit's names, and the line that closes it (`三摄)`, `讯员 李四)…`)
    are one piece: a credit is read whole, wherever the wrap fell; so are a quotation's two lines broken at its space,
    a cut line's quotation and the line its closing mark was pushed onto, a picture credit's mark and the
    names under it, a dateline's word and the line after it, and the names after a
    text's last sentence the wrap broke at the space between them, bracketed (`…。(张三` / `李四)`) or not."""
    merged: list[tuple[int, int, str, bool]] = []
    for k, piece in enumerate(out):
        line_above = out[k - 1][2] if k else ""  # (each piece one line as printed)
        if merged and ((merged[-1][3] or _open_credit(merged[-1][2]))
                       and _unclosed(merged[-1][2]) and _closes(piece[2])
                       or _opens_quote(merged[-1][2]) and _closes_quote(piece[2])
                       or merged[-1][3] and _quote_pushed_below(merged, piece[2])
                       or _inside_paragraph(merged) and _quoted_word_between(line_above, piece[2], width)):
            first, _, text, _ = merged.pop()
            piece = (first, piece[1], text + piece[2], is_wrapped(piece[2], width))
        elif merged and _OPEN_PICTURE_CREDIT.search(merged[-1][2]) and _NAMES_ONLY.match(piece[2]):
            first, _, text, _ = merged.pop()
            piece = (first, piece[1], text + piece[2], False)
        elif merged and _NAME_OPENED_AFTER_STOP.search(merged[-1][2]) and _NAMES_CLOSING.match(piece[2]):
            first, _, text, _ = merged.pop()  # (`…力量!”(张三` / `李四)`: bracketed names broken at their space)
            piece = (first, piece[1], text + " " + piece[2], False)
        elif merged and merged[-1][3] and _NAME_AFTER_STOP.search(merged[-1][2]) and _LONE_NAME.match(piece[2]):
            first, _, text, _ = merged.pop()  # (`…人才。 张三` / `李四`: names broken at their space)
            piece = (first, piece[1], text + " " + piece[2], False)
        elif merged and _LONE_DATELINE.match(merged[-1][2]):
            first, _, text, _ = merged.pop()
            piece = (first, piece[1], text + " " + piece[2], piece[3])
        merged.append(piece)
    return merged


_NAME_AFTER_STOP = re.compile(r"[。!?”]\s+[\u3400-\u9fff]{2,3}$")
_NAME_OPENED_AFTER_STOP = re.compile(r"[。!?”]\s*[(（][\u3400-\u9fff]{2,3}$")
_NAMES_CLOSING = re.compile(r"^(?:[\u3400-\u9fff]{2,3}\s+){0,2}[\u3400-\u9fff]{2,3}[)）]$")
_LONE_NAME = re.compile(r"^[\u3400-\u9fff]{2,3}$")


def _word_below_would_not_fit(text: str, lines: list[str], blank: list[bool], index: int, width: int | None) -> bool:
    """`…居民议事` right over `“读报角”` over `的启动,…`: a shorter line the wrap broke at a space, as the word
    opening the line right under it would not have fitted after it; the paragraph goes on (the line half the
    width at least, or itself a paragraph's line: a short line alone may be a title over a caption)."""
    if width is None or index + 1 >= len(lines) or blank[index + 1]:
        return False
    return _word_would_not_fit(text, lines[index + 1].strip(), width)


def _word_would_not_fit(text: str, below: str, width: int) -> bool:
    """The line below opens with a word too long to have followed this unfinished line within the width."""
    return bool(below) and text[-1:] not in _SENTENCE_END and len(text) + 1 + len(below.split(" ", 1)[0]) > width + 1


_QUOTED_WORD = re.compile(r"^“[^“”\s]{1,12}”$")


def _quoted_word_between(above: str, line: str, width: int) -> bool:
    """With every line apart, a quoted word the wrap set on a line of its own (spaces on both sides) goes on the
    unfinished line above it, and the line below goes on it, as neither would have fitted."""
    return (_QUOTED_WORD.match(line) is not None or
            _QUOTED_WORD.match(above) is not None) and _word_would_not_fit(above, line, width)


def _inside_paragraph(merged: list[tuple[int, int, str, bool]]) -> bool:
    """With every line apart, the last piece goes on a paragraph: the line above it was cut at the width, or it
    is itself lines put together."""
    return merged[-1][0] < merged[-1][1] or len(merged) > 1 and merged[-2][3]


def _open_credit(text: str) -> bool:
    """`…讯(通讯员 张三 李四`: a line the wrap broke at a space between the names of a bracketed credit (or at the
    space after them: `…。(通讯员张三` over `记者李四)`)."""
    opening = max(text.rfind("("), text.rfind("（"))
    return opening >= 0 and _unclosed(text) and (" " in text[opening:] or _has_role(text[opening:]))


_ROLE_WORDS = ("记者", "記者", "通讯员", "通訊員")


def _open_after_role(text: str) -> bool:
    """`…好办法。(某某报记者`: a closing credit the wrap broke at the space after its role word (either
    script); its names, on the next line, close it even when shaped like a photo credit (`张三 摄)`)."""
    return _unclosed(text) and text.endswith(_ROLE_WORDS)


_SENTENCE_END = "。!?!?;;…"
_CREDIT_CHARS = 16  # a credit's bracket, up to where the wrap broke it


def _opens_quote(text: str) -> bool:
    """`“全面学习某某精神`: a line that opens a quotation it does not close and has no sentence
    end — the wrap broke it at a space inside the quotation (a headline closes its quotes)."""
    return text.count("“") > text.count("”") and text[-1:] not in _SENTENCE_END


def _quote_pushed_below(merged: list[tuple[int, int, str, bool]], line: str) -> bool:
    """`“每天早上先看水位,…遇上了就劝。` (column-wide lines) over `”某某说,…`: the wrap pushed the mark closing
    the cut lines' quotation onto the next line, the sentence it closes is theirs. (The run of cut lines is read
    back only under a line opening with the mark: most lines do not.)"""
    if not line.lstrip().startswith("”"):
        return False
    cut = _cut_run(merged)
    return cut.count("“") > cut.count("”")


def _cut_run(merged: list[tuple[int, int, str, bool]]) -> str:
    """The text of the column-wide lines at the end of `merged`: the paragraph they print so far."""
    run: list[str] = []
    for *_, text, cut in reversed(merged):
        if not cut:
            break
        run.append(text)
    return "".join(reversed(run))


def _closes_quote(text: str) -> bool:
    """A line whose first quotation mark closes one opened above it."""
    close, opening = text.find("”"), text.find("“")
    return close >= 0 and (opening < 0 or close < opening)


def _has_role(bracketed: str) -> bool:
    return len(bracketed) <= _CREDIT_CHARS and any(role in bracketed for role in _ROLE_WORDS)


def _unclosed(text: str) -> bool:
    return text.count("(") + text.count("（") > text.count(")") + text.count("）")  # (raw lines: both widths)


def _closes(text: str) -> bool:
    close = min((k for k in (text.find(")"), text.find("）")) if k >= 0), default=-1)
    opening = min((k for k in (text.find("("), text.find("（")) if k >= 0), default=len(text))
    return 0 <= close < opening
