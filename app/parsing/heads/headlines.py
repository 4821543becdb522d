"""Headline units -> kicker (引题), title and subtitle (副题).

The headline group of an article is the run of headline units above its body (units are
separated by blank lines; one unit may be printed on two lines). Of three units or more the
first is the kicker, the second the title, the rest the subtitle. Of two, the first is the
kicker when it is printed as one: it ends in `——` or `：`, it is a column's tag in brackets (`【新春走基层】`),
it is too long for a title, it is only the name of a place or
an organisation (`城南街道`, `某某银行城北支行`, a school's `某某镇中心小学` over its column's items), it is a parallel
slogan of three or more equal phrases (`用心服务 用情解忧 用力攻坚`), or it is a slogan that names nobody over a
line that names the place or body that acted (`集中力量办好实事` / `某某镇召开人代会`), or it
is a phrase over a title that opens with a name and a colon (`走进江海小镇` / `白沙:…`).
Otherwise, and always over a line naming the report's kind (`…活动侧记`) or a sentence trailing off in `——`
into the text, the first unit is the title and the second the subtitle. A title unit printed on two lines is
one title only when its lines are a parallel couplet (`扮靓家园` / `手绘文明`); a full headline followed by a shorter
line (`某某团用活监督机制` / `助力文明城市建设`) is a title and its subtitle.
A `——` subtitle ends its group, and a bracketed label under the title (`【人物名片】`) opens the body:
headline-shaped lines after them head the body's first section (`body_heads`).
"""

from dataclasses import dataclass
import re

from app.text import fold
from .column_names import is_column_name
from .place_titles import title_opens_with_leads_place
from .series_labels import label_over_catchword_title
from .exclaimed_titles import label_over_exclaimed_title
from ..lines import MAX_HEADLINE_CHARS, Item, Kind, printed_len
from ..bylines.closing_credits import trailing_byline
from ..bylines.credits import has_role_word
from ..bylines.office_lines import office_signature_names
from ..scripts import printed_in_other_script
from ..shapes import KICKER_END, SUBTITLE_DASH
from ..similarity import NAMED_HEAD, opens_with_place, place_names

_NAME_SUFFIX = (
    "街道|镇|乡|村|社区|区|县|市|州|省|分行|支行|银行|公司|集团|委员会|工委|党委|党工委|办事处|管委会|"
    "局|法院|检察院|医院|学校|小学|中学|完小|幼儿园|学院|大学|商会|协会|中心|高新区|开发区|园区|经开区|新区|"
    "政府|人大|政协"
)
# (one character before a suffix of two or more: `文学院`, `某分行`, a department named by its field)
_LONG_SUFFIXES = "|".join(w for w in _NAME_SUFFIX.split("|") if len(w) > 1)
_NAME_ONLY = re.compile(rf"^(?:[\u3400-\u9fff]{{2,14}}(?:{_NAME_SUFFIX})|[\u3400-\u9fff](?:{_LONG_SUFFIXES}))$")
# Verbs that turn a name-shaped line into a short headline (`张家港打造幸福社区`).
_HEADLINE_VERB = re.compile(
    r"推进|打造|开展|启动|提升|构建|成立|召开|举办|助力|创建|实施|走进|建成|获评|荣获|建设|迎来|守护|"
    r"服务|治理|整治|点亮|扮靓|聚焦|深化|推动|做好|抓实|建起|探索"
    r"|走访|调研|慰问|视察|看望|督导"  # (an official's visit: `某某走访调研山区小村`)
)
# Bodies that act in a headline (one-character suffixes such as 市 or 区 are too common in
# ordinary words like 城市 or 社区 to count here; places are found by `place_names`).
_ORGANISATION = re.compile(
    r"[\u3400-\u9fff]{2,}(?:委员会|党委|党工委|工委|办事处|管委会|法院|检察院|医院|政府|人大|政协|"
    r"公司|集团|银行|分行|支行|商会|协会)"
    r"|(?:省|市|县|区|镇|乡|街道|村)(?:领导|委|政府)")  # (`市领导赴…`: a level of government acting)
_SLOGAN_PART = re.compile(r"^[\u3400-\u9fff]{2,8}$")
_SLOGAN_WORDS = re.compile(r"^[\u3400-\u9fff0-9]{2,10}$")  # a phrase of words and numbers, no punctuation
_TITLE_WORDS = re.compile(r"^[\u3400-\u9fff0-9]{2,16}$")  # a title's phrase under a slogan (`这里的某某专解某某难`)
# `新华社记者`, `本报记者` under a title: a credit that names nobody, no subtitle.
_BARE_ROLE = re.compile(r"^(?:[\u3400-\u9fff]{1,6}?(?:报|网|台|社))?(?:记者|通讯员)$")
_QUOTED_CATCHWORD = re.compile(r"^[“\"][^“”\"]{2,8}[”\"]$")
_WHOLE_QUOTATION = re.compile(r"^“[^“”]+”$")  # (inner `‘…’` allowed)
_SAYING_CHARS = 10
_COUNT_OPENING = re.compile(r"^\s*[0-9]+(?:\.[0-9]+)?(?:个|名|户|人|家|条|项|所|座|支|位|万|余|多)")  # `300个…`
_BRACKET_LABEL = re.compile(r"^\s*【[\u3400-\u9fff]{2,6}】\s*$")  # `【人物名片】`, `【编者按】`
# `【新春走基层 · 最新动态】` or `(新春走基层)` over a title (a bracketed word alone, not names or a credit)
# or a series' tag and its instalment (`【走进某某】系列报道之十二`, `“看某某”系列之三`), or a series' name and its
# column's joined by a middle dot, unbracketed (`寄语新年·乡间来信`)
_COLUMN_TAG = re.compile(r"^【[^【】]{2,20}】$|^\((?![^()]*(?:记者|通讯员|摄|供图))[\u3400-\u9fff·]{4,12}\)$"
                         r"|^[^,。!?]{2,20}?系列(?:报道)?之[一二三四五六七八九十百0-9]{1,4}$"
                         r"|^[\u3400-\u9fff0-9]{2,8}·[\u3400-\u9fff]{2,8}$"
                         # a series' instalment: `…的故事㉙`, `…NO.4`
                         r"|^[^,。!?]{2,20}?(?:[①-⑳㉑-㉟㊱-㊿]|NO\.\s?[0-9]{1,3})$")
# `…活动侧记`, `…纪实`, `…采访手记`: a line naming its kind of report is a subtitle, never a title under a kicker
_LEADS_ON = re.compile(r"[,,][^,,]*(?:—+|-{2,})\s*$")  # `随着…,某某镇的村民…——`: a sentence leading into the text
_REPORT_KIND = re.compile(r"(?:侧记|纪实|纪事|速写|札记|手记|见闻|综述|巡礼)\s*$")
# `关注`, `聚焦`: a column's word over a title (a title of two characters is rarer than a column)
_COLUMN_WORD_CHARS = 2
_COLUMN_WORD = re.compile(rf"^\s*[\u3400-\u9fff]{{{_COLUMN_WORD_CHARS}}}\s*$")
_TITLE_LINE_CHARS = 12  # each line of a short title printed on two (`某某:《某某》` / `获某某奖`)
_NO_SENTENCE = re.compile(r"^[\u3400-\u9fff0-9“”《》]+$")  # words, quotes and a work's marks only
MAX_COUPLET_LINE = 8  # each line of a headline couplet is a short phrase
MAX_PAIR_PHRASE = 4  # each half of a two-phrase kicker (`阅读江南 品味古镇`)
QUOTED_PAIR_PHRASE = 6  # ... quoting a word at one place in each (`点燃“发展”引擎`; a title's halves run longer)


@dataclass
class Headline:
    kicker: str | None
    title: str | None
    subtitle: str | None


def is_kicker(folded: str) -> bool:
    text = folded.strip()
    if (KICKER_END.search(text) or printed_len(text) > MAX_HEADLINE_CHARS or _COLUMN_TAG.match(text)
            or is_column_name(text)):
        return True  # ends in `——` or `：`, too long for a title, or a column's tag or name
    if _NAME_ONLY.match(text) and not _HEADLINE_VERB.search(text):
        return True
    # a parallel slogan of equal phrases (`用心服务 用情解忧 用力攻坚`, `阅读江南 品味古镇`)
    # over another line; two phrases only when short, as a title's halves rarely match so, or when both end on
    # one word (`从前看天种地 如今看屏种地`): a pair set against each other, no two things that happened
    parts = text.split()
    return (len(parts) >= 2 and all(_SLOGAN_PART.match(p) for p in parts)
            and len({len(p) for p in parts}) == 1 and (len(parts) >= 3 or len(parts[0]) <= MAX_PAIR_PHRASE
                                                       or len({p[-2:] for p in parts}) == 1)) or _quoted_pair(text)


def _quoted_pair(text: str) -> bool:
    """`点燃“发展”引擎 激活“振兴”动能`, maybe after the place it is said of (`某某:…`): two spaced phrases of one length
    quoting a word at the same place in each, a pair built alike, set against each other — a slogan, never the line
    that says what happened (a title's halves run longer: `“小喇叭”吹出新风尚 “大舞台”唱响新生活`)."""
    named = NAMED_HEAD.match(text)
    parts = text[named.end():].split() if named else text.split()
    marks = {re.sub(r"[^“”]", "_", p) for p in parts}
    words = [p.replace("“", "").replace("”", "") for p in parts]
    return (len(parts) == 2 and len(marks) == 1 and "“" in next(iter(marks))
            and all(_SLOGAN_PART.match(w) and len(w) <= QUOTED_PAIR_PHRASE for w in words))


def is_name_only(folded: str) -> bool:
    """`某某实验学校`, `某某镇人民政府`: a line that is only the name of a place or a body."""
    return bool(_NAME_ONLY.match(folded.strip()))


def slogan_over_fact(units: list[Item]) -> bool:
    """`集中力量办好实事` over `某某镇召开人代会`: the line that names who did it is the title. A line naming
    its subject before a colon (`白沙:…`) is no slogan, whatever the line under it names."""
    return (not names_subject(units[0].folded) and not NAMED_HEAD.match(units[0].folded)
            and names_subject(units[1].folded))


def phrase_over_named_title(units: list[Item]) -> bool:
    """`走进江海小镇` over `白沙:…`: a title that opens with its subject's name and a colon is the
    main line; the phrase above it is its kicker."""
    return bool(NAMED_HEAD.match(units[1].folded)) and ":" not in units[0].folded


def catchword_over_title(units: list[Item]) -> bool:
    """`“一村一策”` over `某县推进乡村振兴`: a short quoted catchword alone over a longer line is the
    kicker (a title says what happened)."""
    word = units[0].folded.strip()
    return (bool(_QUOTED_CATCHWORD.match(word))
            and printed_len(units[1].folded.strip()) > printed_len(word))


def slogan_over_shorter_title(units: list[Item]) -> bool:
    """`奋斗70年 追梦新征程` over `山里人出门不再难`: a slogan of spaced phrases over one shorter phrase is the
    kicker (a subtitle tells more than its title; a kicker's slogan sets the tone for it)."""
    phrases, below = _spaced_phrases(units[0].folded), units[1].folded.strip()
    return (phrases is not None and _TITLE_WORDS.match(below) is not None
            and printed_len(below) < printed_len("".join(phrases)))


def named_title_on_two_lines(first: str, second: str) -> bool:
    """`白沙:《某某》` over `获省里金奖`: a title naming its place before a colon, printed on two short lines,
    the second no sentence of its own (a subtitle under such a title tells more, at more length)."""
    first, second = first.strip(), second.strip()
    return (NAMED_HEAD.match(first) is not None and printed_len(first) <= _TITLE_LINE_CHARS
            and printed_len(second) <= _TITLE_LINE_CHARS and _NO_SENTENCE.match(second) is not None)


def column_word_over_title(units: list[Item]) -> bool:
    """`关注` over `某某夜市开张了`: a column's word of two characters alone over a longer line is its kicker."""
    return bool(_COLUMN_WORD.match(units[0].folded)) and printed_len(units[1].folded.strip()) > _COLUMN_WORD_CHARS


# `…(金秋看变化)`: a column's name in brackets closing a line, as a paper prints it after its title
_CLOSED_BY_COLUMN = re.compile(r"^[^()]{4,}\([\u3400-\u9fff·]{4,8}\)$")


def title_closed_by_its_column(units: list[Item]) -> bool:
    """A long line over `山里的夜校又开课了(金秋看变化)`: the line the paper closes with its column's name in
    brackets is the title, the line above it its kicker (not a title over its subtitle)."""
    above, below = units[0].folded.strip(), units[1].folded.strip()
    return _CLOSED_BY_COLUMN.match(below) is not None and not above.endswith(")")


def words_quoted_under_their_speaker(units: list[Item]) -> bool:
    """`某某农场主张三` over `“今年是个丰收年”`: a saying quoted whole under a line with no quotation is the
    title, words someone said; the line above names who said them or where, its kicker. (A quoted
    catchword of a few words under a title is its subtitle: the saying holds a clause.)"""
    above, below = units[0].folded.strip(), units[1].folded.strip()
    return ("“" not in above and _WHOLE_QUOTATION.match(below) is not None
            and ("," in below or "‘" in below or printed_len(below) >= _SAYING_CHARS))


def long_line_over_a_count(units: list[Item]) -> bool:
    """`某某镇把“小事不出格、大事不出村”落到每一户人家门口` over `300个微网格都有了联络员`: a short line that
    opens with a count under a line half as long again is the title, the fact the report tells; the long line sets
    the scene, its kicker (a subtitle tells more than its title, it is not the shorter of the two)."""
    above, below = printed_len(units[0].folded.strip()), printed_len(units[1].folded.strip())
    return _COUNT_OPENING.match(units[1].folded) is not None and 3 * below <= 2 * above


def colon_line_over_short_title(units: list[Item]) -> bool:
    """`某某报推出…:在外乡贤与家乡村民隔着屏幕共话新年打算` over `村里的路会越修越宽`: a line that
    tells, after its colon, what the page does, twice as long as the plain line under it, is its kicker; the short
    line is the title (a subtitle tells more than its title, it is not half its length)."""
    above, below = units[0].folded.strip(), units[1].folded.strip()
    colon = above.find(":")
    return (0 < colon < len(above) - 1 and ":" not in below and "——" not in above
            and 2 * printed_len(below) <= printed_len(above))


def slogan_over_spaced_title(units: list[Item]) -> bool:
    """`实施五大工程 全面推进乡村振兴` over `记者深入一线 探访振兴实效`: of two lines of spaced phrases the first is
    the kicker; a subtitle tells more in a sentence, it is not a second slogan."""
    return all(_spaced_phrases(unit.folded) is not None for unit in units[:2])


def _spaced_phrases(folded: str) -> list[str] | None:
    """`奋斗70年 追梦新征程` -> its phrases: two or more set apart by spaces, words and numbers alone."""
    phrases = folded.split()
    return phrases if len(phrases) >= 2 and all(_SLOGAN_WORDS.match(p) for p in phrases) else None


def names_subject(folded: str) -> bool:
    return bool(place_names(folded) or _ORGANISATION.search(folded))


def is_couplet(lines: list[str]) -> bool:
    lengths = [len("".join(line.split())) for line in lines]
    return max(lengths) <= MAX_COUPLET_LINE and max(lengths) - min(lengths) <= 1


def body_heads(units: list[Item], over_byline: bool = False) -> tuple[list[Item], list[Item]]:
    """A run of headline units -> the headline group and the heads of the body's first section
    (title, `——记…` subtitle, `某某是领路人`; title, `【人物名片】`, a name card). A bracketed tag that is
    the run's last line over a byline (`【乡村新气象】` then `本报记者 …`) is the group's, not the body's."""
    for k in range(1, len(units)):
        if _BRACKET_LABEL.match(units[k].folded) and not (over_byline and k == len(units) - 1):
            return units[:k], units[k:]
        if SUBTITLE_DASH.match(units[k].folded) and k + 1 < len(units):
            return units[:k + 1], units[k + 1:]
    return units, []


def heads_text_of_other_writers(items: list[Item], j: int, writers: list[str]) -> bool:
    """Is the text from item j on closed by a credit naming writers (`本报记者 张三 文/图`), none of
    whom the article above named (`记者 李四` under its title), or signed by the office or team that sent
    it (`某某村工作队供稿`) where the article above named its writers? An article names its writers once, so
    the headline over that text starts a new article, not a section of the one above. The text ends where the script
    changes: a credit closing text in the other script below it (an interrupted article's rest) signs that alone."""
    k = j
    while k < len(items) and items[k].kind is Kind.PARAGRAPH and not printed_in_other_script(items[k], items[j]):
        k += 1
    if not writers or k == j:
        return False
    if k < len(items) and items[k].kind is Kind.END_BYLINE:
        return (bool(items[k].names) and not set(items[k].names) & set(writers)
                or office_signature_names(items[k].printed, items[k].folded) == [])
    # (`……。(记者 张三 通讯员 李四)` closing the text's last paragraph, whatever text runs on under it)
    closing = next((names for item in items[j:k] if (names := _closing_reporters(item))), [])
    return bool(closing) and not set(closing) & set(writers)


def _closing_reporters(item: Item) -> list[str]:
    """The reporters a credit in brackets closing this paragraph names with their roles (`(记者 张三)`), if any."""
    _, kept, names = trailing_byline(item.printed, item.folded)
    return names if names and has_role_word(item.folded[len(kept):]) else []


_LABEL_HEAD = re.compile(r"^\s*([\u3400-\u9fff]{4,6}):\s*\S")  # `义诊现场:忙碌又暖心的一天`


def labels_a_part(head: Item, items: list[Item], j: int, above: list) -> bool:
    """`义诊现场:…` then `村民心声:…`: heads that open with labels of the same length and a colon, one
    over the text from item j to the next headline and another right below that text or among the
    article's section heads above (`above`, its paragraphs), label the parts of one feature; a head
    naming a place before its colon (`某某镇:…`) titles news. So do heads printed in the same form
    as one of the article's section heads above (`便民暖心 邻里相伴显温情` under `翰墨传情 春联送福添年味`:
    two spaced phrases of the same lengths, or one phrase of four to six characters each), and bare place names
    (`某某镇`, then `某某镇某某村`), each over the text about that place, one above or right below. A bare place name
    over text that opens by naming it in full (`某某镇某某村` over `某某镇某某村位于…`), inside a feature already two
    paragraphs long, heads its part alone too: where another item cut in after its first part, the form of the next head
    is out of sight. (Over text naming only its last part, `某某镇竹园社区` over `竹园社区面积…`, it may title an item
    of its own.)"""
    sections = [p.folded for p in above if p.section]
    if any(_same_phrases(head.folded, other) for other in sections):
        return True
    bare = _bare_place(head.folded)
    label = _LABEL_HEAD.match(head.folded) if ":" in head.folded else None
    if not bare and (label is None or place_names(label.group(1)) or opens_with_place(head.folded, items[j].folded)):
        return False  # (asked of every head: the text below is looked through only for these two forms)
    # (`江苏沭阳:…` over `…沭阳县…`: a place the text below names as one, whatever suffix the label leaves off)
    k = j
    while k < len(items) and items[k].kind is Kind.PARAGRAPH:
        k += 1
    below = [items[k].folded] if k < len(items) and items[k].kind is Kind.HEADLINE else []
    if bare:
        return any(map(_bare_place, sections + below)) or _opens_with_its_place(head.folded, items[j].folded, above)
    return any((m := _LABEL_HEAD.match(o)) and len(m.group(1)) == len(label.group(1)) for o in sections + below)


_PLACE_LIKE_NOUNS = ("小镇", "乡村", "农村", "山村", "渔村")  # (`特色小镇`, `美丽乡村`: not one place)
MAX_PARALLEL_PHRASE = 10  # characters in a phrase of a section head (`鄰里相伴顯溫情`)
ONE_PHRASE_HEAD = (4, 6)  # characters of a one-phrase head matched by length (a title runs longer)
_PLACE_HEAD = re.compile(r"^[\u3400-\u9fff]{2,9}(?:镇|乡|村|街道|社区)$")
_PHRASE_MARKS = re.compile(r"[,，。;；:：!！?？、]")


def _bare_place(folded: str) -> bool:
    """`和桥镇`, `徐舍镇美栖村`: a head that is nothing but a place's name."""
    head = folded.strip()
    return bool(_PLACE_HEAD.match(head)) and not head.endswith(_PLACE_LIKE_NOUNS)


MIN_FEATURE_PARAGRAPHS = 2  # text above a bare place name that heads the feature's next part


def _opens_with_its_place(head: str, opening: str, above: list) -> bool:
    return sum(not p.section for p in above) >= MIN_FEATURE_PARAGRAPHS and opening.lstrip().startswith(head.strip())


def _same_phrases(folded: str, other: str) -> bool:
    """Two spaced phrases each, of the same lengths, no sentence marks: heads of one form."""
    if _PHRASE_MARKS.search(folded) or _PHRASE_MARKS.search(other):
        return False
    parts, others = folded.split(), other.split()
    if len(parts) == 1:  # one short phrase each (`民俗乐万家`, then `文艺共欣赏`)
        return (len(others) == 1 and len(parts[0]) == len(others[0]) and
                ONE_PHRASE_HEAD[0] <= len(parts[0]) <= ONE_PHRASE_HEAD[1])
    return (len(parts) >= 2 and [len(p) for p in parts] == [len(p) for p in others]
            and all(len(p) <= MAX_PARALLEL_PHRASE for p in parts))


def compose(units: list[Item], subtitle_sentence: Item | None = None, lead: str = "") -> Headline:
    if not units:
        return Headline(None, None, subtitle_sentence.printed if subtitle_sentence else None)
    kicker = None
    rest = list(units)
    if SUBTITLE_DASH.match(rest[1].folded if len(rest) > 1 else ""):
        pass  # a `——` subtitle's title is the line right above it, whatever follows
    elif len(rest) == 2 and _REPORT_KIND.search(rest[1].folded):
        pass  # a title over the report's kind (`丰收的笑容,是…` / `…活动侧记`)
    elif len(rest) == 2 and _LEADS_ON.search(rest[1].folded) and not KICKER_END.search(rest[0].folded):
        pass  # a line trailing off in `——` into the text leads on from its title: a subtitle, never the title
    elif len(rest) >= 3 or (len(rest) == 2 and (
            is_kicker(rest[0].folded) or slogan_over_fact(rest) or phrase_over_named_title(rest)
            or catchword_over_title(rest) or slogan_over_shorter_title(rest) or slogan_over_spaced_title(rest)
            or column_word_over_title(rest) or words_quoted_under_their_speaker(rest) or long_line_over_a_count(rest)
            or colon_line_over_short_title(rest) or title_closed_by_its_column(rest) or label_over_catchword_title(rest)
            or label_over_exclaimed_title(rest)
            or title_opens_with_leads_place(rest[0].folded, rest[1].folded, lead)
            or rest[0].kind is Kind.PARAGRAPH)):  # (see `kicker_lines`)
        kicker = rest.pop(0).printed
    if len(rest) == 2 and kicker is None and named_title_on_two_lines(rest[0].folded, rest[1].folded):
        return Headline(None, rest[0].printed.strip() + rest[1].printed.strip(),
                        subtitle_sentence.printed if subtitle_sentence else None)
    title_unit = rest.pop(0)
    title = title_unit.printed
    subtitle_parts = [u.printed for u in rest if not _BARE_ROLE.match(u.folded.strip())]
    if len(title_unit.parts) == 2 and named_title_on_two_lines(*(fold(part) for part in title_unit.parts)):
        title = "".join(part.strip() for part in title_unit.parts)
    elif len(title_unit.parts) > 1 and not is_couplet(title_unit.parts):
        title = title_unit.parts[0]
        subtitle_parts = [" ".join(title_unit.parts[1:]), *subtitle_parts]
    if subtitle_sentence is not None:
        subtitle_parts.append(subtitle_sentence.printed)
    return Headline(kicker, title, " ".join(subtitle_parts) or None)
