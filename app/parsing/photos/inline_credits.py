"""A credit in brackets inside a caption or a paragraph (`…调研工作 (某某办供图)`, `(张三 摄)`): who took or supplied
the picture, cut out of the text it stands in."""

import re

from .dated_picture_notes import DATED_PICTURE_NOTE

# (`(3月16日摄)`, `(2023 年 3 月 16 日摄)`, `(5月9日无人机拍摄)` in a caption: when the picture was taken, no credit.)
# (`(记者 张三 文/摄)`, `(张三/文 李四/摄)` name who wrote it and took its photos: a byline, see `trailing_byline`.)
INLINE_CREDIT = re.compile(rf"(?!{DATED_PICTURE_NOTE})\((?![^()]*/\s*文[\s)])"
                           r"([^()]{1,60}?(?:供图|供稿|(?<!文/)摄))\)")


def remove_inline_credits(printed: str, folded: str) -> tuple[str, str, list[str]]:
    """Cut `(…供图)` out of a paragraph; return (printed, folded, credits)."""
    credits: list[str] = []
    if "(" not in folded:
        return printed, folded, credits
    kept_printed: list[str] = []
    kept_folded: list[str] = []
    pos = 0
    for m in INLINE_CREDIT.finditer(folded):
        kept_printed.append(printed[pos:m.start()])
        kept_folded.append(folded[pos:m.start()])
        credits.append(printed[m.start(1):m.end(1)].strip())
        pos = m.end()
    kept_printed.append(printed[pos:])
    kept_folded.append(folded[pos:])
    return "".join(kept_printed), "".join(kept_folded), credits
