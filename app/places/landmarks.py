"""Landmarks: the gardens, temples, hills, lakes, old streets and bridges a text names, as names of its place.

A text on 拙政园 or 狼山国家森林公园 often writes no county at all, and one on 北京's 大运河森林公园 may write 通州区
bare, the name 南通's district bears too. `data/landmarks.csv` gives each landmark the county it lies in (the town
where it is sure and the park is the town's own, 香山公园; the city where the county is not, 寒山寺). A landmark is
matched as an ignored word is (gazetteer.py): one form of the automaton, with no place of its own, that hides the
shorter names inside it (东方之门 is no 东方市) and is hidden by a longer one; and, as a place's name is, it is no
landmark right before a word that makes it another proper noun (拙政园路, a road; matching.py). Names of two
characters are left out of the table (but 濠河, which no word holds): they stand inside everyday words (保留园区)
or a person's name, or are a place's name already (虎丘, whose hill the rules on features read: words.py).

A landmark is read twice, and nowhere else: as context, which settles the names the text writes (通州区 beside
大运河森林公园 is 北京's), as a credited paper does (outlets.py); and, named in the headline or the first paragraph,
or three times anywhere (deeper in, once, a city's feature visiting 拙政园 names a stop), as the place of a text
that names no county or town of its own but those around the landmark or inside it (狼山国家森林公园 … and, once,
崇川区), when the place found is nothing or only the city around the landmark — never over a county or town the
text writes. A home city's old city (苏州古城, 南通老城区, 南通城里) is read as a landmark of the district it lies in,
the city's own name left to the matching (a landmark's form would hide it).
"""

from collections import Counter
from collections.abc import Sequence
from operator import itemgetter
from typing import NamedTuple

from .front import lead_end
from .gazetteer import Gazetteer
from .matching import NAME_FORMING
from .model import FIELDS, ArticleText
from .names import fold
from .resolve import Resolved
from .roundups import shared_area

_FORM = itemgetter(0)  # a scan's hit's form
# Right after a city's name, its old city (苏州古城, 南通老城区, 南通城里): the district it lies in
# (aliases.csv, `old_city`): 城 after 古, 老 or 旧, or before 里 or 内
_OLD_BEFORE, _OLD_AFTER = "古老旧", ("里", "内")
_KEPT_NAMING = 3  # a landmark named this often is where the text is, wherever it first names it (濠河 … 濠河 … 濠河)


class Landmarks(NamedTuple):
    named: list[str]  # the codes of the landmarks the article names, once each
    up_front: list[str]  # … of those its headline or its first paragraph names: where the text is


def landmarks_named(gazetteer: Gazetteer, article: ArticleText) -> Landmarks:
    """The landmarks the article names, and those of them its front names."""
    named, up_front = Counter(), set()
    at = gazetteer.landmarks
    for field in FIELDS:
        folded = fold(getattr(article, field) or "")
        hits = gazetteer.scan(folded) if folded else ()  # (scanned ahead: a look-up, not a scan)
        if not hits:
            continue
        landmarks = not at.keys().isdisjoint(map(_FORM, hits))  # (most texts: none; the loop in C)
        old_cities = _old_cities(gazetteer, folded, hits) if "城" in folded and not gazetteer.old_cities.keys(
        ).isdisjoint(map(_FORM, hits)) else []  # (most texts: no 城, or no home city named; the looks in C)
        if not landmarks and not old_cities:
            continue
        lead = lead_end(folded) if field == "body" else 0  # the first paragraph, past a caption or a source line
        front = folded.find("\n", lead + 1) % (len(folded) + 1) if field == "body" else len(folded)
        found = [(at[form], start) for form, start, end in hits if form in at and not _hidden(hits, start, end)
                 and NAME_FORMING.match(folded, end) is None] if landmarks else []
        for code, start in found + old_cities:
            named[code] += 1
            if start < front:
                up_front.add(code)
    up_front.update(code for code, times in named.items() if times >= _KEPT_NAMING)
    return Landmarks(sorted(named), sorted(up_front))


def _old_cities(gazetteer: Gazetteer, folded: str, hits: Sequence[tuple[int, int, int]]) -> list[tuple[str, int]]:
    """(district, where) of each home city's old city the text names (南通老城区: 崇川区): a city's name matched right
    before an old city's word, its own name left to the matching (the mentions keep 南通市). Looked for from each
    城, few, not from the names, many (nor by a pattern over the whole text, slower than a look at each 城)."""
    found = []
    at = folded.find("城")
    while at >= 0:
        word = at - 1 if at and folded[at - 1] in _OLD_BEFORE else at if folded[at + 1:at + 2] in _OLD_AFTER else -1
        for form, code in gazetteer.old_cities.items() if word >= 0 else ():
            start = word - len(gazetteer.forms[form])
            if (form, start, word) in hits and not _hidden(hits, start, word):
                found.append((code, start))
        at = folded.find("城", at + 1)
    return found


def _hidden(hits: Sequence[tuple[int, int, int]], start: int, end: int) -> bool:
    """Whether a longer name overlaps the span, or one as long that starts before it: the one the matching keeps."""
    return any(s < end and start < e and (e - s > end - start or e - s == end - start and s < start)
               for _, s, e in hits)


def with_landmark(gazetteer: Gazetteer, code: str | None, where: str | None, places: list[Resolved],
                  landmarks: Landmarks) -> tuple[str | None, str | None]:
    """The place found (`code`, `where` it was found), or the landmarks' place where the text names no county or town
    but those holding it or inside it, and the place found is nothing or a place around the landmarks'. Only the
    landmarks of the front count."""
    front = landmarks.up_front
    if not front or code and gazetteer[code].level == "town":
        return code, where
    found = shared_area(gazetteer, front)  # several: the place they share (拙政园 and 山塘街: 姑苏区)
    if found is None or found == code or code and code not in gazetteer.ancestors(found):
        return code, where
    if code and gazetteer[code].level == "county" and gazetteer[found].level != "town":
        return code, where  # a county found: only its landmark's town says more
    around = gazetteer.ancestors(found)
    # a county or town of the text's own elsewhere, inside the place found (far ones named in passing aside: 南通城里
    # 寺街 … 平遥、周庄、丽江古城 of other cities): the text says where it is
    if any(gazetteer[p.code].level in ("county", "town") and p.code not in around
           and found not in gazetteer.ancestors(p.code) and (code is None or code in gazetteer.ancestors(p.code))
           for p in places):
        return code, where
    return found, where or "body"

