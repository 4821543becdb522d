"""Where a caption printed on one line with its photo credit ends and the credit begins.

Papers set the credit apart by a space (`…晒谷子。 张三 摄`); sites often print it right after the
full stop, with a role word (`…晒谷子。记者 张三 摄`, `…开放。某某媒体记者 张三 李四 摄`) or as one name
glued to the word (`…晒谷子。张三摄`). Printed so, without a space, the credit must hold a role word
or be a single name of two or three characters opening with a surname: a sentence ending in `摄`
(`…。请勿拍摄`) stays text. An office's name and `供图` after the full stop (`…活动。某某县委宣传部供图`,
`…启用。某某镇供图`) is a credit too, naming nobody, as is an unnamed correspondent's (`…。通讯员 供图`); so is an
agency's picture credit glued to the full stop (`…收割晚稻。某某社发(张三摄)`). Glued names spaced apart (`…入心。张三
李四 王五摄`) are a credit when every one is a name of two or three characters opening with a surname, and `图文/张三`
glued to the full stop (`…捕文蛤。图文/张三`) names who took the picture and wrote its words. A bracketed credit right
after the full stop (`…座谈。(张三 摄)`, `…座谈。(某某网 张三 摄)`, the site's name before its photographer) is one as
well when every name in it is a name of two or three characters opening with a surname."""

import re

from ..bylines.credits import AGENCY_PHOTO_CREDIT, OFFICE_NAME, TRAILING_PHOTO_CREDIT, bare_name, has_role_word
from ..bylines.outlet_datelines import OUTLET

_RIGHT_AFTER_FULL_STOP = re.compile(TRAILING_PHOTO_CREDIT.pattern.replace(r"\s+(", r"\s*(", 1))
# `图文/张三` (`文/图 张三`) closing a caption: the picture's and the words' author, after the full stop.
_PICTURE_AND_WORDS = re.compile(r"(?<=[。!?”])\s*(?:图\s*[/、]?\s*文|文\s*[/、]?\s*图)\s*[/:]\s*"
                                r"((?:[\u3400-\u9fff]{2,3}\s*){1,3})$")
_TOWN_NAME = r"[\u3400-\u9fff]{2,8}?(?:镇|乡|街道|社区|村)"
_AGENCY_AFTER_FULL_STOP = re.compile(r"(?<=[。!?”])" + AGENCY_PHOTO_CREDIT.pattern.removeprefix("^"))
_BRACKETED_AFTER_FULL_STOP = re.compile(rf"(?<=[。!?”])\s*\(\s*(?:{OUTLET}\s+)?"
                                        r"((?:[\u3400-\u9fff]{2,3}\s*){1,3}?)\s*/?\s*摄\s*\)\s*$")
# (group 1 empty: no names; `通讯员 供图`, a correspondent left unnamed, names nobody either, nor a town's `某某镇供图`)
_OFFICE_SUPPLIED = re.compile(rf"(?<=[。!?”])\s*()(?:{OFFICE_NAME}|{_TOWN_NAME}|(?:本报)?(?:通讯员|记者))\s*供图\s*$")


def trailing_photo_credit(folded: str, offset: int) -> re.Match[str] | None:
    """The `… 摄` credit ending a caption line (group 1: the names with their roles), or None."""
    if folded.rstrip().endswith("供图"):
        return _OFFICE_SUPPLIED.search(folded, offset)
    if folded.rstrip().endswith(")"):
        bracketed = _BRACKETED_AFTER_FULL_STOP.search(folded, offset)
        if bracketed and all(bare_name(name) for name in bracketed.group(1).split()):
            return bracketed
        return _AGENCY_AFTER_FULL_STOP.search(folded, offset)
    if not folded.rstrip().endswith(("摄", "摄影报道")):  # (`… 通讯员 张三 摄影报道`: took and wrote it)
        m = _PICTURE_AND_WORDS.search(folded.rstrip(), offset)
        return m if m and all(bare_name(name) for name in m.group(1).split()) else None
    spaced = TRAILING_PHOTO_CREDIT.search(folded, offset)
    if spaced is not None:
        return spaced
    glued = _RIGHT_AFTER_FULL_STOP.search(folded, offset)
    if glued is None:
        return None
    credit = glued.group(1).strip()
    if has_role_word(credit) or all(bare_name(name) for name in credit.split()):
        return glued
    return None
