"""The paper a text credits, as the last word on where it is.

A county's own paper or site (来源:东台日报, 稿源:如东发布) reports on its county, and its texts
often never name it: 高新区网格员…, 县县域社会治理…. The outlet is not read as a place anywhere
else (东台|日报 is a paper's name, matching.py), and a text that names a place of its own is about
that place, whoever printed it. A city's paper (苏州日报) reports on the whole city and beyond, and
gives nothing.
"""

import re

from .gazetteer import LEVEL_RANK, Gazetteer
from .model import ArticleText
from .names import fold

# A credit line: 来源:东台日报, 稿源:如东发布, 来源: 海门视窗 … — the outlet's place, then its kind.
_OUTLET = re.compile(r"(?:来源|稿源)[:：]\s*([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|发布|新闻网|新闻|融媒体?|视窗|网)")


def outlet_county(gazetteer: Gazetteer, folded: str, home_code: str | None) -> str | None:
    """The county of the home region whose own paper the folded text credits, if exactly one."""
    for credit in _OUTLET.finditer(folded):
        counties = {e.code for e in gazetteer.candidates(credit.group(1)) if e.form in ("official", "short")
                    and gazetteer[e.code].level == "county" and (home_code is None or home_code in gazetteer.ancestors(e.code))}
        if len(counties) == 1:
            return counties.pop()
    return None


def with_outlet(gazetteer: Gazetteer, code: str | None, where: str | None, article: ArticleText,
                home_code: str | None) -> tuple[str | None, str | None]:
    """The place found (`code`, `where` it was found), or, when it is nothing or only a province or
    city around the county whose paper the text credits, that county."""
    if code and LEVEL_RANK[gazetteer[code].level] > LEVEL_RANK["city"]:
        return code, where
    county = outlet_county(gazetteer, fold(article.body), home_code)
    if county and (code is None or code in gazetteer.ancestors(county)):
        return county, "body"
    return code, where
