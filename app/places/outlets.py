"""The paper a text credits, as the last word on where it is.

A county's own paper or site (来源:东台日报, 稿源:如东发布, a dateline 常熟日报讯) reports on its county, and its texts
often never name it: 高新区网格员…, 县县域社会治理…. The outlet is not read as a place anywhere
else (东台|日报 is a paper's name, matching.py), and a text that names a place of its own is about
that place, whoever printed it. A city's paper (苏州日报) reports on the whole city and beyond, and
gives no place. Any paper of the home region, a city's too, still settles the names a text writes bare
(来源:苏州日报 … 浒墅关, 高新区), as a place the text named would: context, not a place. So does, where no paper
of the home region is credited, a city's or a county's paper or site elsewhere (滁州日报 2017-12-26 … 大柳镇, a name
three provinces give a town; 秀山网讯 … 大溪乡): the names the text writes are that place's before they are anyone
else's. A place's name credited so must be one city's or county's only (a name two counties bear settles nothing).
So do a county's media centre its reporter writes for (芝罘融媒记者) and a county's own site, whose menu links the
county's profile (首页 政务公开 某某区情 …).
"""

import re
from collections import Counter
from functools import lru_cache

from .furniture import SITE_WORDS
from .gazetteer import LEVEL_RANK, Gazetteer
from .model import ArticleText
from .names import fold
from .resolve import Resolved
from .wordsets import WordSet

# A credit line: 来源:东台日报, 稿源:如东发布, 来源: 海门视窗, 来源 南通网 … — the outlet's place, then its kind.
_OUTLET = re.compile(r"(?:来源|稿源)[:：\t ]\s*([\u4e00-\u9fff]{2,4}?)(日报|晚报|发布|新闻网|新闻|融媒体?|视窗|网)")
# A line opening on the paper's name and then its date: 滁州日报 2017-12-26 23:16, 张家港新闻 2019/11/26.
_PAPER_LINE = re.compile(r"(?:^|\n)[ \t]*([\u4e00-\u9fff]{2,4}?)(日报|晚报|新闻)[ \t]+\d{4}[-./年]")
# The paper's or the site's own dateline, read back from its 报讯 or 网讯: 常熟日报讯, 新如皋报讯, 秀山网讯 (本报讯 and
# 本网讯 name no place).
_DATELINES = ("报讯", "网讯")
# The outlet a reporter writes for, credited before the name: (某地融媒记者 王五), 某地区融媒体中心记者 — a county's own
# media centre, its place read back from the centre's word; one that names no place (融媒体中心记者) names no county.
_MEDIA_CENTRE = re.compile(r"(?:融媒体中心|融媒体|融媒|广播电视台)(?:记者|通讯员)")
_MEDIA_WORDS = ("融媒", "广播电视台")
# A county's (or city's) own site links its profile from the menu (首页 政务公开 某某区情 …): a menu's item, between
# blanks or bars, of the place's name and its profile's word.
_PROFILE_WORDS = ("区情", "县情", "市情", "概况")
_PROFILE = re.compile(f"(?:{'|'.join(_PROFILE_WORDS)})(?=[ \t|]|$)", re.MULTILINE)
_PROFILE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}[区县市]?")
_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,5}$")  # the run of letters right before a word (searched in a slice)
# The words one of which each kind of credit above holds: most bodies hold none, and the shared word pass
# (made for the names' clauses already) says so without a search of the body for each.
_CREDIT_WORDS = WordSet(("来源", "稿源", "日报", "晚报", "新闻", *_DATELINES, *_MEDIA_WORDS, *_PROFILE_WORDS))


def _credited(gazetteer: Gazetteer, folded: str, home_code: str | None, levels: tuple[str, ...]) -> str | None:
    """The place of the home region, at one of `levels`, whose own paper the folded text credits."""
    for paper, evening in _papers(folded):
        # an evening paper (姑苏晚报, 江南晚报) is printed for a whole city: its name is no county's
        wanted = tuple(level for level in levels if level != "county") if evening else levels
        places = {e.code for e in gazetteer.candidates(paper) if e.form in ("official", "short")
                  and gazetteer[e.code].level in wanted and
                  (home_code is None or home_code in gazetteer.ancestors(e.code))}
        if len(places) == 1:
            return places.pop()
    return None


@lru_cache(maxsize=64)  # asked of one body for its context and, at times, for its county
def _papers(folded: str) -> tuple[tuple[str, bool], ...]:
    """The place names of the papers the folded text credits, in a source line, before its dateline's 报讯, before
    its reporter's 融媒记者, or in the site's menu (某某区情),
    each with whether the paper is an evening paper."""
    words = _CREDIT_WORDS.found_in(folded)
    if not words:  # (most bodies: no credit of any kind)
        return ()
    first = min((at for at in (folded.find("来源"), folded.find("稿源")) if at >= 0), default=-1)
    papers = [(credit.group(1), credit.group(2) == "晚报")  # (searched from the first 来源 or 稿源 on: none before)
              for credit in _OUTLET.finditer(folded, first)] if first >= 0 else []
    if not words.isdisjoint(_MEDIA_WORDS):  # (a media centre's credit holds one)
        for credit in _MEDIA_CENTRE.finditer(folded):  # 海陵(区)融媒记者: 海陵, 某海陵, 某某海陵
            run = _HAN_BEFORE.search(folded, max(0, credit.start() - 5), credit.start())
            place = _without_level(run.group()) if run else ""
            papers += [(place[-n:], False) for n in (2, 3, 4) if len(place) >= n]
    if not words.isdisjoint(_PROFILE_WORDS):  # (a menu's profile item holds one)
        for profile in _PROFILE.finditer(folded):
            start = max(folded.rfind(mark, 0, profile.start()) for mark in " \t|\n") + 1
            if _PROFILE_ITEM.fullmatch(folded, start, profile.start()):
                papers.append((_without_level(folded[start:profile.start()]), False))
    if "日报" in words or "晚报" in words or "新闻" in words:  # (a paper's line holds one)
        papers += [(line.group(1), line.group(2) == "晚报") for line in _PAPER_LINE.finditer(folded)]
    for dateline in _DATELINES:
        at = folded.find(dateline)
        while at >= 0:
            before = folded[max(0, at - 4):at]
            evening = before.endswith("晚")
            before = before.removesuffix("日").removesuffix("晚")  # 常熟(日)报讯, 新如皋报讯
            word = next((w for w in SITE_WORDS if before.endswith(w)), None)
            if word:  # 罗湖家园网讯, 诏安新闻网讯: the site's word after its place's name (furniture.py)
                before = folded[max(0, at - 3 - len(word)):at - len(word)]
            papers += [(before[-2:], evening), (before[-3:], evening)]
            at = folded.find(dateline, at + len(dateline))
    return tuple(papers)


def _without_level(name: str) -> str:
    """A place's name credited with its level's word (海陵区, 清水县) without it; two letters stay as written (城区)."""
    return name[:-1] if len(name) > 2 and name[-1] in "区县市" else name


def outlet_county(gazetteer: Gazetteer, folded: str, home_code: str | None) -> str | None:
    """The county of the home region whose own paper the folded text credits, if exactly one; else such a county
    elsewhere (秀山网讯, 罗湖家园网讯): a county's own paper or site reports on its county wherever it is."""
    return _credited(gazetteer, folded, home_code, ("county",)) or _credited(gazetteer, folded, None, ("county",))


def outlet_context(gazetteer: Gazetteer, folded: str, home_code: str | None) -> list[str]:
    """The city or county whose paper the folded text credits, as context for the names it writes bare
    (来源:苏州日报 … 浒墅关, 高新区): not a place the text names. Elsewhere too (滁州日报, 秀山网讯)."""
    credited = _credited(gazetteer, folded, home_code, ("city", "county")) \
        or _credited(gazetteer, folded, None, ("city", "county"))
    return [credited] if credited else []


def with_outlet(gazetteer: Gazetteer, code: str | None, where: str | None, article: ArticleText,
                home_code: str | None) -> tuple[str | None, str | None]:
    """The place found (`code`, `where` it was found), or, when it is nothing or only a province or
    city around the county whose paper the text credits, that county; where it is nothing, the city whose paper the
    text credits, if the text speaks of its whole city (来源:南通日报 … 全市秋粮收购会议召开: names no place at all)."""
    if code and LEVEL_RANK[gazetteer[code].level] > LEVEL_RANK["city"]:
        return code, where
    body = fold(article.body)
    county = outlet_county(gazetteer, body, home_code)
    if county and (code is None or code in gazetteer.ancestors(county)):
        return county, "body"
    city = _credited(gazetteer, body, home_code, ("city",)) if code is None and any(
        word in text for text in (fold(article.title or ""), body) for word in _WHOLE_CITY) else None
    return (city, "body") if city else (code, where)


_WHOLE_CITY = ("全市", "本市", "我市")


# The paper's own city in a headline: 我市两人上榜, 我市三人入选; a town's own site's: 我镇今年招来第一个大项目.
_OWN_CITY = "我市"
_OWN_TOWN = "我镇"


def own_town(gazetteer: Gazetteer, places: list[Resolved], article: ArticleText) -> str | None:
    """The town a headline calls the site's own (我镇…): the one town the text names, wherever it names it, and
    before any other place (上海一企业与我镇签约…投资方来大公考察: the investor's city is not the town's news)."""
    headline = f"{article.kicker or ''}{article.title or ''}{article.subtitle or ''}"
    if "我" not in headline or _OWN_TOWN not in fold(headline):  # (one look in C: most headlines say no 我)
        return None
    towns = {p.code for p in places if gazetteer[p.code].level == "town"}
    return towns.pop() if len(towns) == 1 else None


def own_city(gazetteer: Gazetteer, code: str, counts: Counter[str], article: ArticleText) -> str | None:
    """The city a headline calls the paper's own (我市…) where the opening gives only its province (省河长办日前公布了
    江苏省…名单): the city the text names itself, twice at least, and nothing else inside the province. The province is
    where a list or an award comes from; the news is the city's (南通两人上榜 … 南通濒江临海 …)."""
    if gazetteer[code].level != "province" or _OWN_CITY not in fold(f"{article.kicker or ''}{article.title or ''}"):
        return None
    inside = [(named, n) for named, n in counts.items() if named != code and code in gazetteer.ancestors(named)]
    if len(inside) != 1:
        return None
    city, n = inside[0]
    return city if n >= 2 and gazetteer[city].level == "city" else None
