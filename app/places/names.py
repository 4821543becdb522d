"""How people shorten official place names: 吴中区 → 吴中, 木渎镇 → 木渎, 延边朝鲜族自治州 → 延边.

The rules strip the administrative suffix (and the ethnic groups before 自治…) and keep
what is left when it can still name a place: at least two characters, and not a word made
only of positions and generic parts (新城, 城东, 市中 are everywhere, not places).
"""

import re
from collections.abc import Iterable
from functools import lru_cache

from app.text import fold as fold_afresh

# Tagging a page folds each field several times over (its names, its opening, its front, its models,
# its people): the fold of a text seen a moment ago is kept rather than worked out again.
fold = lru_cache(maxsize=256)(fold_afresh)


def fold_joined(parts: Iterable[str | None]) -> str:
    """`fold` of the non-empty parts joined by line breaks, from each part's own fold: the fold works line
    by line and no phrase crosses a line break, so the whole article need not be folded again after its
    fields. (A part holding another kind of line break, which the fold splits only in a text of several
    lines, is folded with the rest as one text.)"""
    parts = [part for part in parts if part]
    joined = "\n".join(parts)
    if any(map(joined.__contains__, _OTHER_LINE_BREAKS)):  # a look for each, in C: quicker than a pattern
        return fold(joined)
    return "\n".join(map(fold, parts))


# What str.splitlines breaks at besides \n.
_OTHER_LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


# The 56 recognised ethnic groups, longest first so 蒙古 wins over a one-character group.
_ETHNIC_GROUPS = sorted(
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺".split(),
    key=len,
    reverse=True,
)
_ETHNIC_TAIL = re.compile("(?:" + "|".join(_ETHNIC_GROUPS) + ")族$")

# Suffixes by level, longest first; 自治县, 回族乡 … also lose the ethnic groups before them.
_SUFFIXES = {
    "province": ("特别行政区", "维吾尔自治区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "市", "盟"),
    "county": ("自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗"),
    "town": ("街道", "苏木", "镇", "乡"),
}

# A short form made only of these characters is a common word, not a place name.
_GENERIC_CHARS = set("东西南北中上下前后左右内外新老旧城郊市区县镇乡矿林开发高")


def strip_suffix(name: str, level: str) -> str | None:
    """The name without its administrative suffix, or None when nothing can be stripped."""
    for suffix in _SUFFIXES.get(level, ()):
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            while (shorter := _ETHNIC_TAIL.sub("", stem)) != stem and shorter:
                stem = shorter
            return stem
    return None


def without_peoples(name: str) -> str | None:
    """A town set up for one or more peoples, written without them (河口苗族乡 → 河口乡, 农丰满族锡伯族镇 →
    农丰镇), as papers of its own county and province often write it; None for other towns."""
    for suffix in ("镇", "乡"):
        if name.endswith(suffix) and name[:-1].endswith("族"):
            stem = name[:-1]
            while (shorter := _ETHNIC_TAIL.sub("", stem)) != stem and shorter:
                stem = shorter
            return stem + suffix if stem != name[:-1] and len(stem) >= 2 else None
    return None


def is_generic(word: str) -> bool:
    """新城, 城东, 老城区: words made only of positions and generic parts, written everywhere."""
    return set(word) <= _GENERIC_CHARS


def short_form(name: str, level: str) -> str | None:
    """The suffix-less form people use on its own (吴中, 常熟, 苏州), if it is safe to match."""
    stem = strip_suffix(name, level)
    if stem is None or len(stem) < 2 or is_generic(stem):
        return None
    return stem


def town_stem(name: str) -> str | None:
    """A town's name without 镇/街道/乡 (木渎, 黄桥; 唐闸镇街道 → 唐闸): matched after its county or
    city, or bare where its county is named around it."""
    stem = strip_suffix(name, "town")
    while stem and (shorter := strip_suffix(stem, "town")) and len(shorter) >= 2:
        stem = shorter
    return stem if stem and len(stem) >= 2 else None


# A bare stem ending like this is also the name of a hill, lake, river, bay or sea (虞山, 阳澄湖,
# 浏河, 黄海): on its own it says the feature, not the town.
_FEATURE_ENDINGS = set("山湖河江湾岛荡海")


def names_a_feature(stem: str) -> bool:
    return stem[-1] in _FEATURE_ENDINGS
