"""A web page's furniture, the lines a site prints around the news: its name, its menus, the links at its foot.

A reader of a copied page skips them by where they stand and by their shape. Up top, before the news's first
sentence: the site's name on a line of its own (中国台湾网移动版, 某某新闻网, 某某客户端) and its menu — short items
between bars (menus.py) or, as often, between spaces (首页 新闻播报 即时发布 视频直播 图说南通 …). At the foot, after
the news's last sentence: a list of links, short items between bars (海淀区| 当雄县| 东至县| …), a link farm that
names counties by the dozen for search engines. Their places are the site's, or nobody's: a site named for a province
(中国台湾网) prints the same name over news from anywhere, and a menu's 图说南通 is a section's name.

What a site's name may tell is the outlet: a county's own site credited on the news's first line (诏安新闻网讯,
罗湖家园网讯) reports on its county (outlets.py reads the place before the site's word: 诏安, 罗湖).
"""

import re

from .matching import NameMatch
from .readings import without_readings

# A site's name alone on a line: a name, then what a site calls itself (网, 在线, 客户端, 移动版 …); a bullet may lead.
# A city's portal may call itself a hotline (某地热线): a place's name, two or three characters, and no more.
_SITE_NAME = re.compile(r"[•·\s]*(?:[\u4e00-\u9fff]{2,10}?(?:网|在线|客户端|新闻网|网移动版|移动版|手机版|网站)"
                        r"|[\u4e00-\u9fff]{2,3}热线)\s*")
_SITE_ENDS = ("网", "线", "端", "版", "站")  # the last characters of the site's words above
# Nets a headline tells of, not a site's name (织密安全网, 编牢防护网, 农村电网).
_NETS = ("安全网", "防护网", "保护网", "防控网", "监管网", "关系网", "渔网", "电网", "管网", "天网", "法网", "互联网",
         "物联网",
         # and hotlines: a service's, not a portal's
         "服务热线", "便民热线", "投诉热线", "举报热线", "求助热线", "咨询热线", "心理热线", "市长热线", "民生热线",
         "政务热线", "维权热线", "公益热线", "开通热线")
# The words a site's name puts between its place and the wire credit's 网讯 or 报讯 (诏安新闻网讯, 罗湖家园网讯).
SITE_WORDS = ("新闻", "家园")
_SITE_LINE_LONGEST = 40  # characters of a line holding a site's name alone, readings and bullet included
_ITEMS_LEAST = 5  # a menu's or a link list's items, at least: a row of two or three words is a phrase
_ITEM_MOST = 6  # characters of one item (图说南通, 通知公告)
_SCRAP_MOST = 5  # characters of a date's piece or a button's word (03-21, 09:23, 来源, 举报, 分享)
# A paper's affiliation, in brackets on its own line: a university or an institute, its city and postal code
# ((上海某某大学 某某学院,上海 200000), (1.某某大学…,武汉 430079;2.…)).
_AFFILIATION = re.compile(r"\s*[((](?=[^))]*(?:大学|学院|研究院|研究所|研究中心|党校|科学院))[^))]*\d{6}[^))]*[))]\s*")
_NOT_AN_ITEM = re.compile(r"[>»›》|\d。,，:：;；!?！？、“”\"()]")


def site_name_line(line: str) -> bool:
    """Whether a (folded) line is only a site's name (中国台湾网移动版): no headline, nor news. A headline may end on a
    net the news tells of (某县织密防汛安全网): that is no site."""
    if len(line) > _SITE_LINE_LONGEST and len(line.strip()) > _SITE_LINE_LONGEST:  # (most lines: a sentence)
        return False
    line = without_readings(line).rstrip()
    if not line.endswith(_SITE_ENDS):  # (most headlines: no site's word last)
        return False
    return _SITE_NAME.fullmatch(line) is not None and not line.endswith(_NETS)


def spaced_menu(line: str, matches: list[NameMatch], start: int) -> bool:
    """Whether a (folded) line of the page's head, starting at `start`, is a menu set with spaces: five short items
    or more, none a sentence's piece, at most half of them naming a place (a list of places is read)."""
    if " " not in line and "\t" not in line or "," in line:  # (most lines: no space between words, or a comma)
        return False
    items = without_readings(line).split()
    if len(items) < _ITEMS_LEAST or not all(len(item) <= _ITEM_MOST and not _NOT_AN_ITEM.search(item)
                                            for item in items):
        return False
    named = sum(start <= m.start < start + len(line) for m in matches)
    return 2 * named <= len(items)


def site_furniture(line: str) -> bool:
    """Whether a (folded, stripped) line a body opens with is the site's name or its menu set with spaces, told by
    shape alone (the places it names not weighed): the body's lead, as a breadcrumb is."""
    return site_name_line(line) or spaced_menu(line, [], 0)


def site_scrap(line: str) -> bool:
    """Whether a (folded) line is a scrap a site breaks its date line or its buttons into (2025 / 03-21 / 09:23 /
    来源 / 举报 / 分享): no line of its own between the headline and the news."""
    return len(without_readings(line).strip()) <= _SCRAP_MOST


def head_furniture(head: str, matches: list[NameMatch]) -> list[tuple[int, int]]:
    """The spans of the site's name lines and space-set menus among the lines of `head` (the body up to its first
    sentence's end), and of a journal paper's affiliation line under its author's name (the author's city, not the
    paper's subject)."""
    spans, start = [], 0
    for line in head.split("\n"):
        if line.strip() and (site_name_line(line) or spaced_menu(line, matches, start) or _AFFILIATION.fullmatch(line)):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def link_farm(body: str, last_close: int, items_of) -> list[tuple[int, int]]:
    """The spans of the lines after the news's last sentence (`last_close`) that list links between bars, five
    or more (`items_of`: a bar line's items, menus.menu_items): the site's, not the news's."""
    spans, start = [], body.find("\n", last_close)
    while start >= 0:
        end = body.find("\n", start + 1) % (len(body) + 1)
        items = items_of(body[start + 1:end])
        if items and len(items) >= _ITEMS_LEAST:
            spans.append((start + 1, end))
        start = end if end < len(body) else -1
    return spans
