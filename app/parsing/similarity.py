"""How much two pieces of text share: the cue for reuniting a headline with its body, and for
telling a new article from a section head of the one before.

A headline names the places, people and things its article is about, so most of its
character bigrams recur in its own body and few in a neighbour's. Place names are the
sharpest cue: two articles side by side on a page are about different places, while the
sections of one article keep naming the same ones.
"""

from collections.abc import Callable, Sequence
from functools import lru_cache
import re

from app.text import bigrams as pairs
from .heads.named_works import names_a_work_named_above
from .areas import heads_another_province, inside_a_district_named
from .shapes import numbers_an_instalment, two_sentences

OPENING_WORD_CHARS = 4  # where a text names its subject first
RESTATES = 0.5  # share of a headline's bigrams found in the text it heads
NEW_HEADLINE_MARGIN = 0.2  # ... and how much less of them the article above may hold
FOREIGN_RESTATES = 0.75  # a headline restated this much below, none of it above, heads a new article
_CJK_OR_ALNUM = re.compile(r"[\u3400-\u9fff0-9A-Za-z]+")


def compact(folded: str) -> str:
    """The letters and digits of a text, what its bigrams are made of."""
    return "".join(_CJK_OR_ALNUM.findall(folded))  # (the runs kept, joined: quicker than a `sub` of the rest)


def bigrams(folded: str) -> set[str]:
    return set(pairs(compact(folded)))


CACHED_HEADLINE_CHARS = 200  # headlines are asked about again and again; longer texts are not kept


def headline_bigrams(headline_folded: str) -> frozenset[str]:
    if len(headline_folded) > CACHED_HEADLINE_CHARS:
        return frozenset(bigrams(headline_folded))
    return _cached_bigrams(headline_folded)


@lru_cache(maxsize=1024)
def _cached_bigrams(headline_folded: str) -> frozenset[str]:
    return frozenset(bigrams(headline_folded))


def shared_bigrams(headline_folded: str, letters: str) -> int:
    """How many of the headline's bigrams occur in a body given by its letters and digits
    (`compact(body)`, or several bodies' joined by a line break): a bigram is one of a body's when it
    is a substring of its letters, so no set of the body's bigrams is made."""
    return sum(map(letters.__contains__, headline_bigrams(headline_folded)))


def affinity_in_letters(headline_folded: str, letters: str) -> float:
    """Share of the headline's bigrams that occur in a body given by its letters and digits (see
    `shared_bigrams`); 0.0 when it has none."""
    grams = headline_bigrams(headline_folded)  # (counted here, not by `shared_bigrams`: asked for every pair of texts)
    return sum(map(letters.__contains__, grams)) / len(grams) if grams else 0.0


def text_affinity(headline_folded: str, *bodies: str) -> float:
    """Share of the headline's bigrams that occur in any of the bodies (folded text)."""
    return affinity_in_letters(headline_folded, "\n".join(map(compact, bodies)))


# The two characters before a place word (`城厢镇`, `虹西社区`, `胡桥村`, `南丰县`) key a place name.
# (`镇村`, `村镇`, `村庄`, `村民`, `村容` and `村貌` are common nouns: `提升镇村风貌`, `引导村民`, `整治村容村貌`.)
_PLACE_WORDS = "街道|社区|小区|新村|镇(?!村)|村(?![镇庄民容貌])|园区|高新区|县|市"
# (A look-ahead for the place words' first characters, which the alternatives would try one by one, and the two
# letters spelt out: the same matches for less. One group, the key and its word: a list of strings, no tuples.)
_PLACE = re.compile(r"([\u3400-\u9fff][\u3400-\u9fff]"
                    f"(?=[{''.join(word[0] for word in _PLACE_WORDS.split('|'))}])(?:{_PLACE_WORDS}))")

# The same scan run over the text reversed (place word first, then the two letters): every alternative opens with
# a plain character, so the engine skips in C to the place words instead of trying the pattern at every letter.
# The two scans find the same matches unless two may overlap, which takes two place words at most a letter apart,
# the first with two letters before it: the reversed scan meets those first (the word alone, no letters: a match
# of no other kind), and then the text is scanned the plain way, whose direction settles the overlaps.
_WORDS = [alternative.partition("(?!")[0] for alternative in _PLACE_WORDS.split("|")]
_REVERSED_WORDS = frozenset(word[::-1] for word in _WORDS)


def _reversed(alternative: str) -> str:
    """`镇(?!村)` -> `镇(?<!村镇)`: a place word, and what may not follow it, met in the reversed text."""
    word, _, not_after = alternative.partition("(?!")
    return word[::-1] + (f"(?<!{not_after[:-1]}{word[::-1]})" if not_after else "")


_ANY_REVERSED = "|".join(word[::-1] for word in _WORDS)
_PLACE_REVERSED = re.compile("|".join([rf"{word[::-1]}(?=[\u3400-\u9fff]?(?:{_ANY_REVERSED})[\u3400-\u9fff]{{2}})"
                                       for word in _WORDS]
                                      + [_reversed(alternative) + r"[\u3400-\u9fff]{2}"
                                         for alternative in _PLACE_WORDS.split("|")]))
# Provinces, cities and districts key a region a headline may open with (`江苏南通:`).
_REGION = re.compile(r"([\u3400-\u9fff]{2})(?:省|市|区|县)")
# A headline that opens with a name and a colon (`白沙:一条老街的四季`).
NAMED_HEAD = re.compile(r"^([\u3400-\u9fff]{2,12}):")
# Keys that are grammar, not names (`该镇`, `在村`, `乡村`, `农村`, `全镇`, `各社区`).
_NOT_NAME = set("的了在为和与是等该本全各每个多到将对从把被让向由这那其乡农不")  # (`小事不出村`)


# Common nouns ending in a place word (`千年古镇`, `江南小镇`, `集镇`, `城镇`): not a name. Before 街道 or 社区 the same
# letters end a name (`潞城街道`, `新城社区`): no common noun ends in those words.
_COMMON_BEFORE_SUFFIX = set("古小集城镇村")
_NAMED_BY_ITS_LETTERS = ("街道", "社区")
# Honours and kinds of place (`全国文明村`, `示范村`, `千强镇`, `自然村`, `工业园区`): a category,
# not a name.
_KINDS = frozenset({"示范", "文明", "卫生", "先进", "特色", "美丽", "重点", "生态", "和美", "康居", "贫困",
                    "千强", "百强", "名镇", "样板", "自然", "行政", "工业", "产业", "科技", "亮点",
                    "老旧", "安置", "高档", "大楼", "商品",  # (kinds of housing estate: `老旧小区`, `大楼小区`)
                    "度假", "养老"})  # (kinds of resort: `度假村`, `养老社区`)
# `村里村外`, `镇里镇外`: a place word, a side of it and the word again say where, inside or out, and name no place.
_SIDES = set("里外内")
# A verb done well before a place word (`做好村中的事`, `抓好镇圩规划`): a task, not a name.
_DONE_WELL = set("做抓搞办管建守用护干带")
# Words ending in 市 that name no city (`都市`, `上市`, `超市`, `门市`), nor does a preposition before it (`隐于市`).
_NOT_A_CITY = ("都市", "上市", "超市", "门市", "夜市", "股市", "早市", "于市")  # (`大隐于市`: in the market)


def _place_kind(match: str) -> int:
    """What a match of `_PLACE` (a key, then its place word) keys: 0 no name, 1 a county or city (县 and
    市, which neighbours share), 2 a town, village or smaller place."""
    key = match[:2]
    if (key[0] in _NOT_NAME or key[1] in _NOT_NAME
            or key[-1] in _COMMON_BEFORE_SUFFIX and match[2:] not in _NAMED_BY_ITS_LETTERS
            or key in _KINDS or match.endswith(_NOT_A_CITY) or (key[1] == "好" and key[0] in _DONE_WELL)
            or key[0] == match[2] and key[1] in _SIDES):
        return 0
    return 1 if match[-1] in "县市" else 2


class _PlaceKinds(dict[str, tuple[str, int]]):
    """Each match's key and kind by the match reversed, worked out when first met (a look-up of one already
    met stays in C)."""

    def __missing__(self, reversed_match: str) -> tuple[str, int]:
        if len(self) >= _PLACE_KINDS_KEPT:
            self.clear()  # (a bound on the memo: the matches of a long run of pages)
        match = reversed_match[::-1]
        found = self[reversed_match] = match[:2], _place_kind(match)
        return found


_PLACE_KINDS_KEPT = 65536
_kind_of = _PlaceKinds().__getitem__


def place_keys(folded: str) -> tuple[set[str], set[str]]:
    """Keys of the places a text names (two characters before 镇, 街道, 社区, 村 …), and of its
    towns and villages alone (not counties and cities, 县 and 市, which neighbours share)."""
    found = set(_PLACE_REVERSED.findall(folded[::-1]))
    if not _REVERSED_WORDS.isdisjoint(found):  # (two place words close together: see `_PLACE_REVERSED`)
        found = {match[::-1] for match in _PLACE.findall(folded)}
    places: set[str] = set()
    towns: set[str] = set()
    for reversed_match in found:
        key, kind = _kind_of(reversed_match)
        if kind:
            places.add(key)
            if kind == 2:
                towns.add(key)
    return places, towns


def joined_place_keys(parts: Sequence[str],
                      keys_of: Callable[[str], tuple[set[str], set[str]]]) -> tuple[set[str], set[str]]:
    """`place_keys("".join(parts))`, from each part's keys (`keys_of`, a memo of `place_keys`) when
    the joints allow it.

    Keys come from a left-to-right scan for matches that do not overlap, so those of a joined text
    are not always its parts'. But a try of `_PLACE` reads past a character only when that
    character is a Han letter (two letters, then a place word; the character after 镇 or 村 is read
    without being taken in). So when every part but the last ends in another character (`。`, `”`),
    no try reads across a joint and the scan of the joined text restarts at each part as the part's
    own scan does: its keys are its parts'. Otherwise the joined text is scanned."""
    places: set[str] = set()
    towns: set[str] = set()
    open_joint = False  # the part before ends in a Han letter
    for part in parts:
        if not part:
            continue
        if open_joint:
            return place_keys("".join(parts))
        more_places, more_towns = keys_of(part)
        places |= more_places
        towns |= more_towns
        open_joint = "\u3400" <= part[-1] <= "\u9fff"  # it ends in a Han letter: a try may read on into the next
    return places, towns


def place_names(folded: str, towns_only: bool = False) -> set[str]:
    """Keys of the places a text names; with `towns_only`, of its towns and villages alone."""
    places, towns = place_keys(folded)
    return towns if towns_only else places


def opening_words(headline: str, opening: str) -> set[str]:
    """The headline's bigrams that the text below opens with (its subject, named first)."""
    return bigrams(headline) & bigrams(compact(opening)[:OPENING_WORD_CHARS])


def opens_with_place(headline: str, opening: str) -> bool:
    """`江苏南通:…` over `走进江苏省南通市…`, `某某村:…` over `某某村位于…`: a headline that opens
    with the name of a place and a colon is an article's title; section heads do not name their
    article's place that way."""
    m = NAMED_HEAD.match(headline.strip())
    if not m:
        return False
    name = m.group(1)
    keys = place_names(name) | place_names(opening) | {
        r.group(1) for r in _REGION.finditer(opening) if not set(r.group(1)) & _NOT_NAME}
    return any(key in name for key in keys)


def names_a_new_subject(headline: str, opening: str, above: str) -> bool:
    """`某某街:…` over text naming 某某街 that the article above never named: the name before the
    colon is the new article's subject (a street, a team, a place without a suffix)."""
    m = NAMED_HEAD.match(headline.strip())
    return m is not None and m.group(1) in opening and m.group(1) not in above


# `2月8日下午`, `1月30日~31日`, `近日,`: the day a news item's first sentence puts its event on.
_EVENT_DATE = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日|(?:^|[”。!?])(?:近日|日前),")


def dated_lead_elsewhere(opening: str, above: str) -> bool:
    """`2月8日下午,某某镇某某村…` (or `“…”近日,某某镇…`) under a headline: a first sentence that dates its event and
    names towns or villages, none of which the article above names, is a news item's lead, not a section
    of that article (a section goes on about the places its article is about). So is one that opens by saying what
    the work is for (`为进一步…,某某村围绕…`), dated or not — unless it names a work in title marks the article above
    names too (`heads.named_works`)."""
    first = opening.split("。", 1)[0]
    return (bool(_EVENT_DATE.search(first) or first.startswith("为")) and names_towns_never_named(first, above)
            and not names_a_work_named_above(first, above))  # (`…《某某晚报》…` both: one feature's parts)


GENERAL_OPENING_CHARS = 300  # a feature's opening said in general is its lead alone, a paragraph or two


def general_opening_over_its_part(headline: str, above_body: str) -> bool:
    """A head naming no place under a short text that names no town or village and dates nothing (`八桂大地,…`): a
    feature's general opening. Its first part is dated and set in a village, as a news item's lead is."""
    return (not place_names(headline) and len(above_body) <= GENERAL_OPENING_CHARS
            and not place_names(above_body, towns_only=True) and not _EVENT_DATE.search(above_body))


def names_towns_never_named(text: str, above: str) -> bool:
    """Does `text` name towns or villages, none of which the article above (`above`) names? A section goes on
    about the places its article is about; a news item's lead says where it happened."""
    towns = place_names(text, towns_only=True)
    return bool(towns) and not any(key in above for key in towns) and not inside_a_district_named(text, above)


WORD_FOR_WORD_CHARS = 10  # a headline this long repeated whole by the text below is its title


def restated_word_for_word(headline: str, opening: str) -> bool:
    """`某某老茶厂改建成茶文化馆` over `一场春雨过后,某某老茶厂改建成茶文化馆,…`: the text below repeats
    the headline whole, as an article's lead repeats its title; a section head does not, unless it
    is a quotation taken from the text (`“有一种幸福叫…”`), so quoted lines do not count."""
    letters = compact(headline)
    return len(letters) >= WORD_FOR_WORD_CHARS and "“" not in headline and letters in compact(opening)


def heads_new_article(headline: str, opening: str, above_body: str, above_heading: str,
                      resumed: bool = False) -> bool:
    """A headline between paragraphs starts a new article, not a section, when it is about the
    text below it (`opening`) and not about the article above: it opens with a place and a
    colon (or with any name and a colon, named below and never above), it numbers an instalment of a series (`…(1):…`),
    the text below repeats it word for word, it names a place the text below names and
    the article above does not, the text below opens with a word of it the article above never
    used, it exclaims or asks and then says what happened (`…关爱老人!社区开展…活动`), or it
    restates the text below (much more than the article above) and the two texts share no town or
    village (a city or county is shared by neighbouring items),
    or the text below opens as a news item dated and set somewhere the article above never names.
    Under the rest of an article another one interrupted (`resumed`) its restating the text below is no sign: the
    reader has just followed that article across the page, and its next section's head says what the section tells.
    A section head (`人居环境细梳妆`) rarely repeats the words under it, and the sections of one
    article keep naming the same places."""
    above = above_body + above_heading
    if (opens_with_place(headline, opening) or two_sentences(headline) or numbers_an_instalment(headline)
            or restated_word_for_word(headline, opening) or names_a_new_subject(headline, opening, above)
            or dated_lead_elsewhere(opening, above) and not general_opening_over_its_part(headline, above_body)
            or heads_another_province(headline + opening.lstrip()[:4], above)):  # (`甘肃…`, `在甘肃…` set it there)
        return True
    above_places = place_names(above)
    # a place the text below names, in full or bare in the headline (`在吴江震泽…` over `震泽镇…`),
    # or in full in the headline and bare below (`锦溪镇…` over `锦溪…`), that the article above
    # does not name, not even bare (`搬经由来` under an article about 搬经)
    named = ({key for key in place_names(opening) if key in headline}
             | {key for key in place_names(headline) if key in opening})
    # (an article that has named no place yet, a feature's general opening, tells nothing by places: every place the
    # text below names is new to it)
    if above_places and any(key not in above for key in named - above_places):
        return True
    # a town or village in the headline and another in the text below, neither ever named above (`某某镇…` over
    # `某某村位于…`): an item about the places it names, not the next part of an article about others
    if (above_places and any(key not in above for key in place_names(headline, towns_only=True))
            and any(key not in above for key in place_names(opening, towns_only=True))):
        return True
    # the text below opens with a word of the headline the article above never used
    # (`十里漕湖 再迎高光` over `漕湖,城北的…`): a new subject, not a section of the old one
    above_letters = compact(above)
    if (any(gram not in above_letters for gram in opening_words(headline, opening))
            and not _goes_on_about(opening, above) and not _keeps_to_places_above(opening, above)):
        return True
    if resumed or goes_on_about_its_places(opening, above):  # (`大柳湾联盟…` under `…柳湾村…`: the same village)
        return False
    fit_below = text_affinity(headline, opening)
    fit_above = text_affinity(headline, above_body, above_heading)
    if fit_below >= FOREIGN_RESTATES and fit_above == 0 and not _goes_on_about(opening, above):
        # (`武进…加装电梯10台` over its lead, none of its words above: no head of that article, towns or not; but
        # `惹眼的“红帽子”` over `走进某某村,最惹眼的是红帽子…` under an article about 某某村 heads its next part)
        return True
    return (fit_below >= RESTATES and fit_below - fit_above >= NEW_HEADLINE_MARGIN
            and not place_names(headline + opening, towns_only=True) & place_names(above, towns_only=True)
            and not _same_town_word(opening, above))


def titles_news_below(headline: str, opening: str, above: str) -> bool:
    """A two-phrase line (`垃圾分类进农村,绿色生活新时尚`), shaped like a section head, that titles the
    news item below instead: the item's lead repeats it word for word, or dates its event in a town
    the article above never named and the line names it, or is a comma title (`小事见真情,服务暖人心`)
    over a lead that opens by saying what the event was for (`为…,12月5日上午某某街道开展…`), as news
    items open; a feature's section goes on with its story (`9月12日,参访团一行走进…`). A slogan
    section head does neither."""
    if restated_word_for_word(headline, opening):
        return True
    first = opening.split("。", 1)[0]
    if not _EVENT_DATE.search(first):
        return False
    towns = place_names(first, towns_only=True)
    news_lead = "," in headline and first.startswith("为")  # a comma title over `为…,12月5日某某街道开展…`
    return any(key not in above and (news_lead or key in headline) for key in towns)


# A town's or a community's full name (`桐城镇`, `青松社区`): the keys above leave out names a common
# noun could end (`…城镇`, `…小镇`), but the same whole word printed in both texts is one place.
_TOWN_WORD = re.compile(r"[\u3400-\u9fff]{2}(?:镇|乡|街道|社区)")


def _goes_on_about(opening: str, above: str) -> bool:
    """The text below names villages or towns, each one the article above names (`一切为了方便老人出行` over
    `为了方便老人出行,某某村…`): its head restates it, but the article goes on about the same place."""
    below = place_names(opening, towns_only=True) - _PRONOUNS  # (`我们村`: the speaker's village, no name)
    return bool(below) and below <= place_names(above, towns_only=True)


_PRONOUNS = frozenset({"我们", "咱们", "你们", "他们"})


def goes_on_about_its_places(sentence: str, above: str) -> bool:
    """A sentence naming a village or town the article above named, bare or in full (`某某里位于…` after `…某某里村…`),
    and none it never named: it goes on about the article's own place."""
    above_towns = place_names(above, towns_only=True) - _PRONOUNS
    return any(town in sentence for town in above_towns) and not place_names(sentence, towns_only=True) - above_towns


def _keeps_to_places_above(opening: str, above: str) -> bool:
    """The text below names a place the article above names, a city or county too, and no town or village it does
    not (`走上竹编产业路` over `产业强起来,…`, then `…柳湾竹篮…` under a feature set in 柳湾县): the word it opens with
    is a common noun the head shares (`产业`), no new subject's name; a new item's opening word is its subject."""
    new_towns = place_names(opening, towns_only=True) - place_names(above, towns_only=True) - _PRONOUNS
    return bool(place_names(opening) & place_names(above)) and not new_towns


def _same_town_word(opening: str, above: str) -> bool:
    return any(word in above for word in _TOWN_WORD.findall(opening))


HEADING_WORD_CHARS = 4  # a run of the headline's characters this long names its subject (`湖畔旺屯`)
FIRST_WORDS_CHARS = 30  # ... when the paragraph's first sentence names it


def names_heading_word(opening: str, heading: str, paragraphs: list, host, k: int) -> bool:
    """`新中国成立前,湖畔旺屯所在地…` on after an item headed `某某社区…`, an earlier article headed
    `湖畔旺屯“八字诀”:…` waiting above: a paragraph whose first words (`opening`, its letters) name four
    characters of the earlier article's headline that its text (`paragraphs`) names again and again, the
    subject it is about, and that the host never printed, in its headline or its text above paragraph k,
    goes on about that article's subject."""
    first = opening[:FIRST_WORDS_CHARS]
    words = {word for word in _heading_words(heading) if word in first}
    if not words:
        return False
    text = "".join(p.folded for p in paragraphs)
    words = {word for word in words if text.count(word) >= 2}
    if not words:
        return False
    above = compact(host.heading + "".join(host.paragraphs[:k]))
    return any(word not in above for word in words)


@lru_cache(maxsize=4096)
def _heading_words(heading: str) -> frozenset[str]:
    """The runs of four Han characters of a headline (asked about for every paragraph after it)."""
    letters = compact(heading)  # (Han letters and ASCII ones and digits: a word of Han alone has none below U+3400)
    return frozenset(word for i in range(len(letters) - HEADING_WORD_CHARS + 1)
                     if min(word := letters[i:i + HEADING_WORD_CHARS]) >= "\u3400")
