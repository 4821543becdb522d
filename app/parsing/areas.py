"""The areas an article keeps to: China's provinces, regions and municipalities as a text names them (`北京`, `广西`,
`内蒙古`), and the counties and districts (`某某区`, `某某县`).

One article's parts stay in its province: a head naming a province (`北京:…`, `…——广西乡间见闻`) that the
article above never names, while that article names another (`…天津以…`, `安徽省某某县…`), titles an item about
the province it names, not the next part of the article about the other.

A feature about a county or district goes from village to village inside it: text setting its scene in a town or
village of a district the article above named (`7月8日,位于某某区山里的某某镇某某村…`) is not set elsewhere, though
the article never named that village."""

import re

# `某某区`, `某某县`, `某某旗`: a county or a city's district
_DISTRICT = re.compile(r"([\u3400-\u9fff]{2})(?:区|县|旗)")

PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
             "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南",
             "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "台湾", "香港", "澳门")


def heads_another_province(head: str, above: str) -> bool:
    """Does `head` name a province `above` never names, where `above` names another?"""
    named = [p for p in PROVINCES if p in head]
    return bool(named) and not any(p in above for p in named) and any(p in above for p in PROVINCES)


def inside_a_district_named(text: str, above: str) -> bool:
    """Does `text` name a county or district `above` names too (its towns and villages lie inside it)?"""
    return any(m.group(1) in above for m in _DISTRICT.finditer(text))
