"""A byline line that names its paper before the roles, set apart by a space (`某某经济报 记者 张三 通讯员 李四`
under the title): the paper is no name, the names are those after the roles. A paper's name and one
person's name alone (`某某晚报 张三`, the source line a site prints over a paper's report) name its reporter:
a paper's name spaced from two or three characters is printed so for nothing else, whatever the surname.
A station's desk, a space, its reporters' names and its correspondent's in brackets (`某某广播电视台某某频道
张三 李四(通讯员:王五)`) credits all of them: a desk's name over names is the shape of no headline. A line of
labelled credits opening with its label (`文字:张三 李四    图片:李四`, see `role_credit_lines`) is a byline too, and so
is one naming a paper, a hyphen, then its site and the role (`某某报-某某新闻网实习记者 张三`): the paper is no name;
nor is an app's name before a hyphen and its paper's (`新某某-某某日报 记者 张三 李四`).
So is a desk's or a region's label and its colon before names spaced from a closing `报道` (`华东区:张三 报道`): a
headline never ends in a name set apart from `报道`.

An app's or site's brand ending in Latin letters glued to the role (`某某新闻Knews记者  张三  李四`) is an outlet's name
too: no name of a person is printed in Latin letters glued to a role word, so the names are those after the role."""

import re

from app.text import all_han

from .credits import bare_name, box_byline_names
from .outlet_datelines import OUTLET
from .post_bylines import post_byline_names
from .role_credit_lines import labelled_byline_names
from .spaced_labels import closed_up
from .writer_labels import bare_names_after_label, writer_label_end

# The outlet's name, a space, then a role word (maybe after a desk's own name: `某某报 全媒体记者 …`).
_OUTLET_FIRST = re.compile(r"^\s*[\u3400-\u9fff]{2,10}?(?:报|网|台|社|融媒体中心)\s+(?=[\u3400-\u9fff]{0,6}?(?:记者|"
                           r"通讯员))")
# A magazine's or paper's name in title marks, then the role (`《某某杂志》 记者 张三`): the outlet, no name.
_OUTLET_IN_TITLE_MARKS = re.compile(r"^\s*《[^《》]{2,12}》\s*(?=[\u3400-\u9fff]{0,6}?(?:记者|通讯员))")

# A paper's name and a hyphen before its site's, the role and names right after that (`某某报-某某网记者 张三`).
_PAPER_HYPHEN_SITE = re.compile(rf"^\s*{OUTLET}\s*[-–—]\s*(?={OUTLET})")
# An app's name and a hyphen before its paper's, then the roles (`新某某-某某日报 记者 张三 李四`).
_APP_HYPHEN_OUTLET = re.compile(rf"^\s*[\u3400-\u9fff]{{2,8}}\s*[-–—]\s*"
                                rf"(?={OUTLET}\s*[\u3400-\u9fff]{{0,6}}?(?:记者|通讯员))")
_HYPHENS = frozenset("-–—")
_APP_NAME_WITHIN = 11  # (the hyphen after an app's name: looked for first, in the line's opening)
# An outlet's brand ending in Latin letters, the role word glued to it (`某某新闻Knews记者 …`).
_LATIN_RUN = re.compile(r"[A-Za-z]+")
BRAND_LETTERS = (2, 12)  # Latin letters ending the brand (`Knews`)
_PAPER_AND_NAME = re.compile(r"^\s*[\u3400-\u9fff]{1,8}?[日晚时商]报\s+([\u3400-\u9fff]{2,3})\s*$")
_DESK_AND_NAMES = re.compile(r"^\s*[\u3400-\u9fff]{2,16}?(?:台|频道)"
                             r"\s+((?:[\u3400-\u9fff]{2,3}\s+){0,2}[\u3400-\u9fff]{2,3})"
                             r"\s*\((?:通讯员|记者)\s*:?\s*((?:[\u3400-\u9fff]{2,3}[\s、]*){1,3})\)\s*$")
_DESK_REPORTS = re.compile(r"^\s*[\u3400-\u9fff]{2,8}:\s*((?:[\u3400-\u9fff]{2,3}\s+){0,2}[\u3400-\u9fff]{2,3})"
                           r"\s+报道\s*$")


def byline_names(printed: str, folded: str) -> list[str] | None:
    """`□ 本报记者 张三`, a bare `记者 张三 通讯员 李四` line, one opening with its paper's name, or an official's
    posts and name -> its names."""
    names = box_byline_names(printed, folded)
    if names is None and (outlet := _OUTLET_FIRST.match(folded) or _OUTLET_IN_TITLE_MARKS.match(folded)) is not None:
        names = box_byline_names(printed[outlet.end():], folded[outlet.end():])
    if names is None and (brand := _brand_end(folded)):
        names = box_byline_names(printed[brand:], folded[brand:])
    if names is None and (paper := _PAPER_HYPHEN_SITE.match(folded)) is not None:
        names = box_byline_names(printed[paper.end():], folded[paper.end():])
    if names is None and not _HYPHENS.isdisjoint(folded[:_APP_NAME_WITHIN]) and (
            app := _APP_HYPHEN_OUTLET.match(folded)) is not None:
        names = byline_names(printed[app.end():], folded[app.end():])  # (`新某某-某某日报 记者 张三`: two outlets)
    if names is None and (named := _PAPER_AND_NAME.match(folded)) is not None:
        names = [printed[named.start(1):named.end(1)]]
    if names is None and (desk := _DESK_AND_NAMES.match(folded)) is not None:
        names = _desk_names(printed, desk)
    if names is None and (label := _DESK_REPORTS.match(folded)) is not None:
        names = [n for n in printed[label.start(1):label.end(1)].split()]
        names = names if all(bare_name(name) for name in names) else None
    if names is None:
        names = bracketed_byline_names(printed, folded)
    if names is None:
        names = post_byline_names(printed, folded)  # (`某某镇党委书记 张三`, a signed piece's)
    if names is None and (label := writer_label_end(folded)):  # (`文 | 张三`, `文 |《某某》周刊记者 张三`)
        rest = printed[label:], folded[label:]
        names = byline_names(*rest) or bare_names_after_label(*rest)
    if names is None and (closed := closed_up(printed, folded)) is not None:
        names = byline_names(*closed)  # (`作者 : 张三`, `通 讯 员 张三`: a label spaced out by the layout)
    return names if names is not None else labelled_byline_names(printed, folded)


# `【记者 张三】 【编辑 李四】 通讯员 王五`: a site's byline, its roles in square brackets; the staff's name no writer
_ROLE_IN_BRACKETS = re.compile(r"【\s*(?:[\u3400-\u9fff]{0,8}?记者|通讯员)\s*[^【】\s][^【】]*】")
_STAFF_IN_BRACKETS = re.compile(r"【\s*(?:责任编辑|编辑|审核|校对|审校)[^【】]*】")


def bracketed_byline_names(printed: str, folded: str) -> list[str] | None:
    """`【记者 张三】 通讯员 李四` -> its writers, else None (a dateline's bracketed credit may open it: no text
    follows)."""
    if "【" not in folded or not _ROLE_IN_BRACKETS.search(folded):
        return None
    return box_byline_names(_unbracketed(printed), _unbracketed(folded))


def _unbracketed(line: str) -> str:
    """The line with its staff's groups blanked and its square brackets spaced (its length kept, so both copies cut
    alike)."""
    return _STAFF_IN_BRACKETS.sub(lambda m: " " * len(m.group()), line).replace("【", " ").replace("】", " ")


def _brand_end(folded: str) -> int:
    """Where a brand ending in Latin letters ends when the role word is glued to it (`某某新闻Knews记者 …`), else 0."""
    latin = _LATIN_RUN.search(folded)
    if latin is None or not BRAND_LETTERS[0] <= latin.end() - latin.start() <= BRAND_LETTERS[1]:
        return 0
    name, rest = folded[:latin.start()].strip(), folded[latin.end():latin.end() + 7]
    role = min((at for at in (rest.find("记者"), rest.find("通讯员")) if at >= 0), default=-1)
    cjk = all_han(name + rest[:max(role, 0)])
    return latin.end() if 2 <= len(name) <= 10 and 0 <= role <= 4 and cjk else 0


def _desk_names(printed: str, desk: re.Match) -> list[str] | None:
    names = [name for group in (1, 2) for name in re.findall(r"[^\s、]+", printed[desk.start(group):desk.end(group)])]
    return names if all(bare_name(name) for name in names) else None
