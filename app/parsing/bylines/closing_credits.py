"""Credits that close an article's text: names in brackets or alone after its last sentence (`……。(记者 张三)`,
`……。张三 李四`), an end credit on a line of its own (`·张三·`, `(通讯员 张三)`), a closing line of labelled credits
(`记者:张三 … 审核:李四`), and the staff lines that name no writer (`【编辑 张三】`): the names each gives.

Like `credits`, every pattern runs on the folded copy of a line and names are cut from the printed text."""

import re

from app.text import fold

from .credits import (CLAUSE_BEFORE_ROLE, END_BYLINE, NAME_SEPARATORS, OFFICE_NAME, ROLE_PREFIX, STAFF_LINE,
                      bare_name, credit_names, credit_pieces, has_role_word, looks_like_names, photo_credit_names,
                      split_names)
from .outlet_datelines import names_an_outlet
from .run_on_credits import names_after_last_sentence
from .run_together_names import name_cuts
from .staff_after_writers import writers_part
from .work_marks import WORK_MARK


_TRAILING_CREDIT = re.compile(r"\(([^()]{2,40})\)\s*$")
# `(张三/文 李四/摄)`: each name with its role after a slash, a writer among them: the article's credit
_NAMES_WITH_ROLES = re.compile(r"(?=.*/\s*文)(?:\s*[\u3400-\u9fff]{2,3}\s*/\s*[文图摄])+\s*")
_OFFICE_FIRST = re.compile(rf"^(?:{OFFICE_NAME}\s+|[\u3400-\u9fff]{{2,8}}?(?:镇|乡|街道)(?=[\u3400-\u9fff]{{2,3}}$))"
                           rf"(?=\S)")


def trailing_byline(printed: str, folded: str) -> tuple[str, str, list[str]]:
    """`……。(记者 张三 通讯员 李四)` or two or three names alone (`……。张三 李四`) ending a paragraph -> text, names."""
    m = _TRAILING_CREDIT.search(folded, max(0, len(folded) - 60)) if folded.rstrip().endswith(")") else None
    inner = writers_part(WORK_MARK.sub("", m.group(1))) if m else ""  # `(记者 张三 文/摄)`, `(文 张三 编辑 李四)`
    # `(某某街道团工委 张三)`, `(某某镇张三)`: office or town first
    office = _OFFICE_FIRST.match(inner) if inner else None
    inner, skip = (inner[office.end():], office.end()) if office and (
        inner[office.end() - 1].isspace() or bare_name(inner[office.end():])) else (inner, 0)
    if not m or not (looks_like_names(inner) or _NAMES_WITH_ROLES.fullmatch(inner)) or not (
            has_role_word(inner) or _closes_text(folded, m.start(), inner)):
        bare = names_after_last_sentence(folded)
        if bare is None or not all(bare_name(name) or name_cuts(name) for name in bare[1]):
            return printed, folded, []
        m, inner, skip = bare[0], bare[0].group(1), 0
    names = [name for name in split_names(printed[m.start(1) + skip:m.start(1) + skip + len(inner)], inner)
             if not _names_a_place(fold(name), folded)]
    return printed[:m.start()], folded[:m.start()], names


_PLACE_SUFFIX = ("乡", "镇", "村", "街道", "社区", "县", "区", "市")


def _names_a_place(token: str, text: str) -> bool:
    """`(某某 张三)` after a text about 某某乡: the place the report came from, not a person (nor a site, `某某网
    作者`)."""
    return any(token + suffix in text for suffix in _PLACE_SUFFIX) or names_an_outlet(token, text)


_SENTENCE_END = "。!?…”"
# Bracketed words after the last sentence that are notes, not names.
_EDITORIAL_NOTES = frozenset({"待续", "未完", "未完待续", "全文完", "资料图", "图片", "供图", "节选", "摘编", "有删节"})


def _closes_text(folded: str, start: int, inner: str) -> bool:
    """`……清洁行动。(张三)`: names alone in brackets right after the last sentence are its credit."""
    before = folded[:start].rstrip()
    pieces = NAME_SEPARATORS.split(inner.strip())
    return (bool(before) and before[-1] in _SENTENCE_END and inner.strip() not in _EDITORIAL_NOTES
            and (len(pieces) <= 3 or len(pieces) == _MOST_NAMES and _names_of_people(pieces)))


_MOST_NAMES = 4  # a closing bracket names up to three, or four when they read as people's names


def _names_of_people(pieces: list[str]) -> bool:
    """`(张三 李四 王五 赵小六)`: four tokens of two or three letters, all but one at most opening with a surname (a
    surname the fold made a common word, `於`→`于`, is missed)."""
    return all(2 <= len(p) <= 3 for p in pieces) and sum(map(bare_name, pieces)) >= len(pieces) - 1


_TEAM_FIRST = re.compile(rf"\s*(?:{OFFICE_NAME}|[\u3400-\u9fff]{{2,20}}?组)\s+")  # (an office, a work group)
_BRACKETED_LINE = re.compile(r"^\s*(?:\(([^()]{2,60})\)|【([^【】]{2,60})】)\s*$")
_NUMERAL = re.compile(r"[一二三四五六七八九十百零〇0-9]+")  # `(十二)`: a numbered head


def end_byline_names(printed: str, folded: str) -> list[str] | None:
    """`·张三 李四·` closing an article -> its names. So does a line that is only a credit in
    brackets (`(张三)`, `(通讯员 张三)`, `(张三供稿 图文李四 审核:王五)`): printed under the last
    paragraph, as the credit at the end of it would be (`……。(张三)`), not a photo's (`(…供图)`); a work group's or
    an office's name may come first (`(某某调研组 张三)`: the team that went, and who wrote)."""
    if folded.startswith("作者") and folded.rstrip().endswith("摄"):
        return photo_credit_names(printed, folded)  # `作者:张三 … 李四 摄`: who wrote it, who took its pictures
    m, group = END_BYLINE.match(folded) if folded.rstrip()[-1:] in "·•・‧∙●" else None, 1  # (what a match ends in)
    if m is None:
        m = _BRACKETED_LINE.match(folded) if folded.rstrip().endswith((")", "】")) else None
        group = 1 if m and m.group(1) is not None else 2  # round brackets or square ones
        inner = m.group(group).strip() if m else ""
        if (not inner or inner in _EDITORIAL_NOTES or inner.endswith(("供图", "提供", "摄", "摄影", "摄影报道"))
                or _NUMERAL.fullmatch(inner)
                or not (has_role_word(inner) or "供稿" in inner or len(credit_pieces(inner)) <= 3)):
            return None
    team = _TEAM_FIRST.match(folded, m.start(group))  # `(某某调研组  张三 )`: the team that went, then its writer
    if team and bare_name(folded[team.end():m.end(group)].strip()):
        return [printed[team.end():m.end(group)].strip()]
    if not looks_like_names(m.group(group)):
        return None
    return split_names(printed[m.start(group):m.end(group)], m.group(group))


def names_staff_only(folded: str) -> bool:
    """`【编辑 张三】`, `(编辑:张三 审核:李四)`: a line naming only the page's staff."""
    m = _BRACKETED_LINE.match(folded) if folded.rstrip().endswith((")", "】")) else None  # (what each match ends in)
    inner = (m.group(1) or m.group(2)) if m else folded
    return bool(STAFF_LINE.match(inner.strip())) and not has_role_word(inner) and credit_names(inner, strict=True) == []


def closing_credit_names(printed: str, folded: str) -> list[str] | None:
    """A credit line too long for the line reader's first look (`记者:张三 通讯员:某某镇 李四 编辑:王五
    审校:赵六`, `(记者:张三 … 审核:李四 王五)`): its authors, or None when it is not a credit."""
    names = end_byline_names(printed, folded)
    if (names is None and ROLE_PREFIX.match(folded.strip()) and looks_like_names(folded)
            and not CLAUSE_BEFORE_ROLE.match(folded)):  # (`…的收入令驻华记者羡慕`: a head about reporters)
        names = split_names(printed, folded)
    return names or None
