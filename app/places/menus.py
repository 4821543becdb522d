"""A site's menu bar heading the page names the site and its sections, not where the news is.

首页 | 中山网 | 新闻 | 政务 | 视频: one line of five short items or more; or a bar a copying site breaks over
several lines of a few items each, often closing each line on a bar (汽车 | 汽车行情 | ![]() | / 南通论坛 |), with
the readings it prints after characters (图说(shuō)南通) — and its first line may be taken for the headline.
Below the news, a line of its own such as 新闻推荐 or 相关阅读 heads the site's other stories: their places are theirs.
So do a breadcrumb (当前位置:首页 > 新闻 > 县区 > 某县) and a column of the site's sections one to a line (今日某县 /
经济要闻 / 图片新闻 …): a county or town named there is the section the page is filed under, or the paper's slogan,
however often the site repeats it — not the news. A breadcrumb that starts at a province (江苏省 > 苏州市 > 常熟市 > …)
is a place page's address, and is read; so is a step that names a government office (首页 > 某某区某某街道办事处 >
社区服务): the pages under it are the office's own, and its news is its area's.
"""

import re

from .furniture import head_furniture, link_farm
from .matching import NameMatch
from .readings import without_readings

_MENU_ITEMS_LEAST = 5  # 首页 | 某某网 | 新闻 | 政务 | 视频: a site's menu bar, not a row of two or three cells
_MENU_ITEM_MOST = 6  # characters of one item (中山Plus)
_HEADLINE_ITEMS_LEAST = 3  # 新闻 | 南通时政 | 南通服务: a bar's line taken for the headline
_DIGITS = frozenset("0123456789")
HOME_LINK = "首页"  # a menu's first item, the site's home (folded: 首頁 reads 首页)
# 首页 > 新闻 > 县区 (NFKC folds ＞ and 》 apart: both are listed), after an optional 您当前的位置:
_CRUMB_STEP = re.compile(r"\s*(?:>>?|»|›|》)\s*")
_CRUMB_MARK = re.compile("[>»›》]")
_CRUMB_LEAD = re.compile(r"^[^:>»›》]{0,8}位置\s*:?\s*")
_CRUMB_ITEM_MOST = 10  # characters of a section's name (基层信息, 建德频道); the headline itself may close it
# A breadcrumb's step that is a government office (龙岗区某某街道办事处, 某某镇人民政府): the site, or its section, is
# that office's own, and what it posts is its area's news.
_OFFICE_STEP = re.compile(r"[^>»›》\s]{2,8}(?:街道办事处|办事处|人民政府)(?=\s*(?:>>?|»|›|》))")
_COLUMN_LINES_LEAST = 5  # 今日某县 / 经济要闻 / 娥江周末 / 图片新闻 / 总编信箱: a column of sections
_SENTENCE_MARKS = frozenset("。,，:：;；!?")
# A line of its own heading the site's other stories below the news (新闻推荐, 相关阅读 …).
_RELATED_HEAD = re.compile(r"\n[ \t\u3000]*(?:新闻推荐|相关新闻|相关阅读|推荐阅读|相关文章|推荐文章|延伸阅读|"
                           r"相关推荐|热点推荐"
                           r"|热门推荐|猜你喜欢)[ \t\u3000]*(?=\n|$)")


def menu_items(line: str) -> list[str] | None:
    """The items of a line made of short items between bars (a bar at either end dropped), or None: a bar's
    items are words, none longer than six characters; a table's cells hold figures (12队)."""
    if "|" not in line:
        return None
    items = [item.strip() for item in without_readings(line).split("|")]
    items = items[items[0] == "":len(items) - (items[-1] == "")] if len(items) > 1 else items
    if not items or not all(0 < len(item) <= _MENU_ITEM_MOST and _DIGITS.isdisjoint(item) for item in items):
        return None
    return items


def menu_headline(folded: str) -> bool:
    """Whether a line taken for the headline is a line of a menu bar (新闻 | 南通时政 | 南通服务 | ![]() |)."""
    items = menu_items(folded)
    return items is not None and len(items) >= _HEADLINE_ITEMS_LEAST


def outside_menus(body: str, matches: list[NameMatch]) -> list[NameMatch]:
    """The names not in a site's menu bar heading the page (首页 | 中山网 | 新闻 | 政务 …): the bar names the
    site and its sections, not where the news is — one line of five items or more, or two lines or more of
    items in a row. Only the lines before the body's first sentence ends are read: a table further on
    (| 石岐区 | 12 | …) lists places the text is about. Nor those of the site's other stories below the news."""
    head = body[:body.find("。") % (len(body) + 1)]
    matches = outside_crumbs(body, _before_related(body, matches), head)
    matches = _outside_column(head, matches)
    # the site's name on a line of its own and its menu set with spaces up top, its links at the foot (furniture.py)
    matches = _outside(matches, head_furniture(head, matches))
    last = body.rfind("。")
    if last >= 0 and body.find("|", last) >= 0:  # (most bodies: no bar after the news)
        matches = _outside(matches, link_farm(body, last, menu_items))
    if "|" not in head:  # most bodies: no bar up front
        return matches
    menus, start, run = [], 0, []  # run: the bar's lines in a row so far, (start, end, items)
    for line in head.split("\n") + [""]:
        items = menu_items(line)
        if items:
            run.append((start, start + len(line), len(items)))
        else:
            if len(run) >= 2 and sum(n for _, _, n in run) >= _MENU_ITEMS_LEAST or \
                    len(run) == 1 and run[0][2] >= _MENU_ITEMS_LEAST:
                menus += [(begin, end) for begin, end, _ in run]
            run = []
        start += len(line) + 1
    return _outside(matches, menus)


def _before_related(body: str, matches: list[NameMatch]) -> list[NameMatch]:
    """The names before the line heading the site's other stories (新闻推荐, 相关阅读 …), if the body has one."""
    related = _RELATED_HEAD.search(body)
    return [m for m in matches if m.start < related.start()] if related else matches


def outside_crumbs(text: str, matches: list[NameMatch], head: str | None = None) -> list[NameMatch]:
    """The names not in a breadcrumb before the text's first sentence ends (首页>>新闻中心>>基层信息>>某某街道>>内容):
    three steps or more, each a section's short name but the last, which may be the headline. One that starts at a
    province is an address (江苏省 > 苏州市 > …) and is read."""
    if head is None:  # (`head`: the text up to its first sentence's end, when the caller has it)
        head = text[:text.find("。") % (len(text) + 1)]
    if not _CRUMB_MARK.search(head):  # most texts
        return matches
    crumbs, start = [], 0
    for line in head.split("\n"):
        if is_crumb(line):
            # a step naming an office (首页 > 某某区某某街道办事处 > …) is read: the pages are the office's own
            at = start
            for office in _OFFICE_STEP.finditer(line):
                crumbs.append((at, start + office.start()))
                at = start + office.end()
            crumbs.append((at, start + _headline_step_start(line)))
        start += len(line) + 1
    return _outside(matches, crumbs)


def _headline_step_start(line: str) -> int:
    """Where the site's part of a breadcrumb ends: at its last step when that step is longer than a section's
    name — the page's headline (首页 > 新闻 > 经济 > 某县某镇某村发展采摘产业), whose places are the news's —
    else at the line's end."""
    last = list(_CRUMB_STEP.finditer(line))[-1].end()
    return last if len(without_readings(line[last:]).strip()) > _CRUMB_ITEM_MOST else len(line)


def is_crumb(line: str) -> bool:
    """Whether a folded line is a site's breadcrumb (首页 > 新闻 > 县区 > 某县), not a place page's address. Its
    steps are measured as read: readings printed after their characters (中国(guó)西藏网(wǎng)) add none."""
    if not _CRUMB_MARK.search(line):  # most lines
        return False
    items = _CRUMB_STEP.split(_CRUMB_LEAD.sub("", without_readings(line).strip()))
    items = items[items[0] == "":]
    return len(items) >= 3 and all(0 < len(i) <= _CRUMB_ITEM_MOST for i in items[:-1]) \
        and not any(i.endswith("省") for i in items)


def _outside_column(head: str, matches: list[NameMatch]) -> list[NameMatch]:
    """The names not in a column of five short lines or more in a row heading the page, no more than half of which
    name a place (今日某县 / 经济要闻 / 娥江周末 / 图片新闻 / 总编信箱): the site's sections and slogans. A list of
    places one to a line, each a place, is read."""
    if head.count("\n") < _COLUMN_LINES_LEAST - 1:  # most heads: a paragraph, not a column
        return matches
    columns, run, start = [], [], 0
    for line in head.split("\n") + ["。"]:  # the sentence mark closes the last run
        item = line.strip()
        if item and len(item) <= _MENU_ITEM_MOST and _SENTENCE_MARKS.isdisjoint(item) and _DIGITS.isdisjoint(item):
            run.append((start, start + len(line)))
        elif item or not run:
            if len(run) >= _COLUMN_LINES_LEAST:
                named = sum(any(b <= m.start < e for m in matches) for b, e in run)
                if 2 * named <= len(run):
                    columns += run
            run = []
        start += len(line) + 1
    return _outside(matches, columns)


def _outside(matches: list[NameMatch], spans: list[tuple[int, int]]) -> list[NameMatch]:
    """The names that start in none of the spans (the lines of a bar, a breadcrumb or a column)."""
    return [m for m in matches if not any(b <= m.start < e for b, e in spans)] if spans else matches
