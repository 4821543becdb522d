"""Bylines, datelines and photo credits: recognise them and pull out the names.

All patterns run on the folded copy of a line (see `fold`); names are cut from the printed text at the same
offsets, so they are returned as printed (traditional stays traditional)."""

from dataclasses import dataclass
import re

from app.people.lexicon import COMPOUND_SURNAMES, SURNAMES
from app.text import fold

from .column_tags import is_column_tag
from .outlet_dots import OUTLET_DOT
from .roles import ROLE_WORDS, STAFF_ROLES
from .cited_paper_datelines import CITED_PAPER_DATELINES, LISTED_NAMES_REPORTED
from .outlet_datelines import OUTLET, OUTLET_DATELINES, SURNAME_LETTER
from .run_together_names import name_cuts
from .slash_picture_credits import NAME_SLASH_PICTURE
from .team_bylines import team_byline_names
from ..scripts import unglossed

# A paper's or desk's own name before a role (`苏报记者`, `苏报融媒记者`, `驻张家港记者`).
# (`农民日报·中国农网记者`: a paper and its site, joined by a middle dot.) A party committee's desk sending its own
# reports (`县委报道组 张三`, `市委报道组`) is a role too: the names after it are writers, the desk is none.
_OWN_ROLE = rf"[\u3400-\u9fff](?:[\u3400-\u9fff]|{OUTLET_DOT}(?=[\u3400-\u9fff])){{0,11}}?(?:记者|通讯员|报道组)"
_ROLE = "|".join([*(re.escape(w) for w in sorted(ROLE_WORDS, key=len, reverse=True)), _OWN_ROLE])
# (`来源:某某日报通讯员 张三`: a source line that names the outlet and its reporters)
ROLE_PREFIX = re.compile(rf"^(?:来源:\s*)?(?:(?:{_ROLE}|[文图](?=:))[\s:/|]*)+")  # (`文、图 | 张三`, `文/图:张三`)
NAME_SEPARATORS = re.compile(r"[\s、,;/|+_]+")
# One-character roles (`文/张三 图/李四`) count only as a whole token, so a name like 文静 stays a name.
# `(记者 张三 记述)`, `图/受访者提供`
_TOKEN_ROLES = frozenset({"文", "图", "文图", "文·图", "图·文", "报道", "摄影报道", "记述", "受访者"})
# A name token: CJK (with the middle dot of transliterated names) or a Latin name.
_NAME = re.compile(r"^[\u3400-\u9fff·]{2,8}$|^[A-Za-z][A-Za-z .'-]{1,30}$")

# 本报讯, 本报苏州讯, 本报5月1日讯, 本报北京电, a bulletin's 本刊讯, and wire services' 新华社南京5月1日电
# (not 本报通讯员, a credit).
# Other papers and sites open the same way with their own name: `新民晚报讯(记者 …)`,
# `某某网(某某日报网)讯(记者…)` or `某某网消息(记者…)` when a credit follows, or the name in brackets: `(某某网讯)`.
# `某某日报客户端讯`, `某某县融媒体中心讯`
_SOURCE = r"[\u3400-\u9fff]{1,10}?(?:报|网|台|社|在线|融媒体中心|融媒)(?:客户端)?"  # (`某某在线`: a site)
# Bracketed names alone (`(张三 李四)`, `(张三、李四)`) after a paper's or site's dateline word.
_BRACKETED_NAMES = r"\((?:[\u3400-\u9fff]{2,4}[\s、]*){1,4}\)"
# `某某网讯通讯员张三 李四报道:…`: unbracketed, closed by `报道:`
_REPORTED_CREDIT = r"(?:记者|通讯员|特约)[^。,()]{2,24}?"
_REPORTED_BY = _REPORTED_CREDIT + "报道:"
# `…讯通讯员:张三、李四3月…`
_ROLE_COLON_NAMES = r"(?:记者|通讯员):((?:[\u3400-\u9fff]{2,3}、)*[\u3400-\u9fff]{2,3})(?=[0-9])"
_PLACE_REPORT = r"[\u3400-\u9fff]{2,6}(?<![喜快简资通电音短要捷视传审问闻死凶警新速动佳])讯(?=\s+[^\s(])"
DATELINE = re.compile(
    r"^\s*(?:[○◎●]\s*)?(?:(?:本报|本刊|新华社|中新社|中新网)(?:讯|[^\s,。:(]{0,12}?[讯电])(?!员)"
    rf"|{_SOURCE}(?:\([^()]{{2,12}}\))?(?:讯|消息)(?:[0-9]{{1,2}}月[0-9]{{1,2}}日)?(?=\s*\([^()]{{0,20}}?(?:记者|"
    rf"通讯员|实习生))"
    # `某某时报讯 近日…`, `某某网讯(张三)…`, `某某网报道 …`, `某某日报消息 …`: a paper's or site's own
    # name and its word for a report, set apart by a space or followed by the reporters' names;
    # `云上某某报道:(通讯员 张三)` names its reporters in brackets after the colon; `【某某网】(记者 张三)`, the site's
    # name bracketed; `《某某节目》江苏讯(通讯员 张三)`, a programme's
    rf"|{_SOURCE}讯(?=\s+\S|{_BRACKETED_NAMES}|{_REPORTED_BY}|{_ROLE_COLON_NAMES})|{_SOURCE}(?:报道|消息)(?=\s+\S)|"
    # `某某讯 近年来…`: a town's or county's name and 讯, set apart by a space, naming no one (not a word ending in 讯:
    # `喜讯 …`, `快讯 …`)
    rf"{_PLACE_REPORT}|"
    rf"【{_SOURCE}】(?=\s*\([^()]{{0,24}}?(?:记\s?者|通讯员|实习生))|《[^《》]{{2,12}}》[\u3400-\u9fff]{{0,6}}讯(?=\("
    rf"[^()]{{0,20}}?(?:记者|通讯员))"
    rf"|[\u3400-\u9fff]{{2,10}}?报道(?::(?=\s*\()|(?=\([^()]{{0,20}}?(?:记者|通讯员)))|{OUTLET_DATELINES}"
    rf"|{CITED_PAPER_DATELINES}"
    # `某某网威海9月16日电(张三)`, `某某网莆田7月27日讯(通讯员 张三)`, `某某网某地3月5日消息(记者…)`,
    # `某某网4月11日某地站报道 记者 张三`: a site's name,
    # where and when, its word for a report; any short name's
    # 讯 or 电 before a bracketed reporter (`海都讯(某报记者张三)`, `某某在线-某频道11月4日讯(…)`,
    # `某某网客户端—某某网讯(…)`)
    rf"|{_SOURCE}(?:[\u3400-\u9fff]{{0,6}}|[0-9]{{4}}年)(?:[0-9]{{1,2}}月[0-9]{{1,2}}|[0-9]{{3,4}})日"
    rf"[\u3400-\u9fff]{{0,6}}?(?:[讯电]|消息|报道)(?=\s*\(|\s+\S)"
    rf"|\({_SOURCE}讯\)|[\u3400-\u9fff][\u3400-\u9fff·/\-—]{{1,14}}?"
    rf"(?:[0-9]{{1,2}}月[0-9]{{1,2}}日(?:[0-9]{{1,2}}时)?)?[讯电](?=\s*\([^()]{{0,24}}?(?:记者|通讯员|实习生))"
    # or the credit alone in brackets opening the text: `(全媒体记者张三 通讯员李四)近日,…`
    r"|(?=\([^()]{0,20}?(?:记者|通讯员)[^()]{1,30}\)\s*[^\s(])|(?=\((?:[\u3400-\u9fff]{2,3}\s+){1,4}(?:文/图|图/文)"
    r"\)\s*[^\s(])|(?=【[^【】]{0,20}?(?:记者|通讯员)[^【】]{1,30}】\s*[^\s(【]))\s*")
# A credit's brackets: round, or the square `【记者 张三】` some sites print.
_PARENS = re.compile(r"^(?:\(([^()]{0,60})\)|【([^【】]{0,60})】)\s*(?::\s*)?")  # (`…报道(张三):近日…`)
END_BYLINE = re.compile(r"^\s*[·•・‧∙●]\s*([^·•・‧∙●。!?]{1,40}?)\s*[·•・‧∙●]\s*$")
BOX_BYLINE = re.compile(r"^\s*[□▢■◇◆▲△○◎]\s*(\S.{0,40}?)\s*$")  # (▢, the box with rounded corners, too)
PHOTO_CREDIT = re.compile(r"^\s*(?:[□■◇◆▲△○◎]\s*)?(?:\(\s*)?(.{1,40}?)\s*/?\s*摄(?:影报道|影)?\s*(?:\)\s*)?"
                          r"(?:于(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*)?"  # `张三 摄于2014年11月10日`: the day it was taken
                          # `张三摄(某某图片)`, `张三 摄/某某图库`
                          r"(?:\([\u3400-\u9fff]{2,8}\)\s*|/\s*[\u3400-\u9fff]{2,8}\s*)?。?$"
                          r"|^\s*[□■◆◇]?\s*(?:[\u3400-\u9fff]{0,12}?摄影师\s*[:：]|摄影(?:\s*[:：]|\s))\s*(.{2,20}?)"
                          r"\s*$")  # `■某某网特约摄影师:张三`, `摄影 张三`
# A wire service's or paper's picture sent out under its name: `新华社发(张三 摄)`.
AGENCY_PHOTO_CREDIT = re.compile(r"^\s*[\u3400-\u9fff]{1,10}?(?:社|报|网)发\s*\((.{1,40}?)\s*摄\s*\)\s*$")
OFFICE_NAME = r"[\u3400-\u9fff]{2,20}(?:中心|局|委|办|部|站|台|社|队|院|馆|所|协会|公司|政府)"  # an office's name
# `资料图片`, `通讯员 供图` (`某某网发 通讯员供图`), an office's or newsroom's name before `供图` or `提供`: no
# one named.
FILE_PHOTO_ENDINGS = ("图片", "照片", "资料图", "供图", "提供", "图片)", "照片)", "资料图)", "摄")  # (a first look)
_FILE_PHOTO = r"资料图片|资料照片|资料图|网络图片"
# `某某区融媒体中心 摄`: an office took it; four letters at least before the office's word (`李建社 摄` is a name)
_OFFICE_TOOK_IT = r"[\u3400-\u9fff]{3,20}(?:中心|局|委|办|部|站|台|队|院|馆|所|协会|公司|政府)\s*摄"
# `照片由某某村提供`: who passed the picture on, named after `由` (a village, a committee, a family), no photographer
_SUPPLIED_THROUGH = r"\(?(?:图片|照片|图)由[\u3400-\u9fff]{2,20}?提供\)?"
FILE_PHOTO_CREDIT = re.compile(
    rf"^\s*(?:{_FILE_PHOTO}|\((?:{_FILE_PHOTO})\)|(?:[\u3400-\u9fff]{{1,10}}?(?:社|报|网)发\s*)?(?:{_ROLE})?\s*供图"
    # (`某某县委宣传部提供`: the office sent the picture)
    rf"|{OFFICE_NAME}\s*(?:供图|提供)|{_OFFICE_TOOK_IT}|{_SUPPLIED_THROUGH})\s*$")
SAME_BELOW = re.compile(r"\s*\(下同\)\s*$")  # `…供图(下同)`: the credit holds for the pictures below as well
SUPPLIED_LINE = re.compile(r"^\s*\(([^()]{1,60}?(?:供图|供稿|提供|摄))\)\s*$|^\s*([^\s()。,]{2,30}供图)\s*$")
# `张三 供图`, `某报记者 张三 图` (a paper's own picture) on its own line: like `张三 摄`, who supplied it; so is
# `张三提供`, a person who gave the picture (the name opening with a surname, see `photo_credit_names`).
SUPPLIED_BY_NAMES = re.compile(r"^\s*([^()。,]{2,30}?)\s+供图\s*$|^\s*[\u3400-\u9fff]{0,8}?记者\s+([^()。,/]{2,12}?)"
                               r"\s+图\s*$|^\s*([\u3400-\u9fff·]{2,6}?)\s*提供\s*$")
# A trailing "... 张三 摄" printed at the end of a caption line.
TRAILING_PHOTO_CREDIT = re.compile(  # (`… 通讯员 张三 摄影报道`)
    r"(?<=[。!?”])\s+((?:(?:[\u3400-\u9fff·]{2,6}|" + _ROLE + r")\s*){1,6})摄(?:影报道)?\s*$")


@dataclass
class Dateline:
    end: int  # offset where the article text begins
    authors: list[str]


_PIECE = re.compile(r"[^\s、,;/|+_]+")  # (`文+/记者 张三`: text, and the rest, by 张三; `文 / 图_记者 / 张三`)
_CJK_TOKEN = re.compile(r"^[\u3400-\u9fff]+$")
_SPACED_PAIR = re.compile(r"[\u3400-\u9fff]\s+[\u3400-\u9fff]")
# The page's staff named in a credit (`编辑:张三 审核:李四`, a site's `某某在线编辑:张三`): not the article's authors.
STAFF_LINE = re.compile(rf"^(?:{OUTLET}|[\u3400-\u9fff]{{1,10}}?在线)?(?:{'|'.join(STAFF_ROLES)}):?")
# `张三供稿`, `张三(摄影)报道`, `图/通讯员提供`: who sent it
_SUPPLIED_BY = re.compile(r"(?:供稿|供图|提供|摄影报道|报道)$")
# An office or a place printed before the names (`(某某县安监局 张三)`, `通讯员:某某镇 张三`).
_BODY = re.compile(r"^[\u3400-\u9fff]{2,12}(?:局|中心|委员会|办公室|办|站|所|队|院|馆|协会|公司|政府|大学|学校|中学|"
                   r"小学)$"
                   r"|^[\u3400-\u9fff]{2,8}(?:镇|乡|街道|社区)$")


def credit_pieces(folded: str) -> list[tuple[int, int]]:
    """Spans of the tokens of a credit. Two single characters spaced apart (`张 三`) are one
    two-character name, printed as wide as a three-character one."""
    spans = [m.span() for m in _PIECE.finditer(folded)]
    merged: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        nxt = spans[i + 1] if i + 1 < len(spans) else (0, 0)
        head = folded[start:end - 1]  # (`特约摄影林 夕`: a role glued to the first half of a name spaced out)
        if (nxt[1] - nxt[0] == 1 and len(head) >= 2 and _SPACED_PAIR.fullmatch(folded, end - 1, nxt[1])
                and bare_name(folded[end - 1] + folded[nxt[0]])
                and ((role := ROLE_PREFIX.match(head)) and role.end() == len(head) or _names_an_outlet(head))):
            merged += [(start, end - 1), (end - 1, spans[i + 1][1])]
            i += 2
            continue
        if (i + 1 < len(spans) and end - start == 1 and spans[i + 1][1] - spans[i + 1][0] == 1
                and _SPACED_PAIR.fullmatch(folded, start, spans[i + 1][1])
                and folded[start] not in _TOKEN_ROLES and folded[spans[i + 1][0]] not in _TOKEN_ROLES):
            end, i = spans[i + 1][1], i + 1
        merged.extend(_split_between_roles(folded, start, end))
        i += 1
    return merged


# `记者张三通讯员李四`, `张小三通讯员李四` unspaced: the name (or two run together) a token of its own
_NAME_BETWEEN_ROLES = re.compile(
    r"(?:记者|通讯员)([\u3400-\u9fff]{2,12}?)(?=记者|通讯员)|(?<![\u3400-\u9fff])([\u3400-\u9fff]{3})(?=记者|通讯员)")


def _split_between_roles(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    # (most: a name)
    name = None if folded.find("记者", start, end) < 0 and folded.find("通讯员", start, end) < 0 else next(
        (m.span(m.lastindex) for m in _NAME_BETWEEN_ROLES.finditer(folded, start,
                                                                   end) if bare_name(g := m.group(m.lastindex)) or
                                                                   name_cuts(g)), None)
    if name is None:
        return [(start, end)]
    return [*([(start, name[0])] if name[0] > start else []), name, *_split_between_roles(folded, name[1], end)]


def _names_an_outlet(token: str) -> bool:
    """Four characters with no two-character surname (`某某观察`, a column or outlet printed before
    its reporter's name), not a person: Chinese names are two or three characters but for 欧阳….
    So is a paper's, site's, station's or agency's name longer than any person's (`中国某某网 记者/张三`): the outlet
    that ran the report, printed before its writer. (A three-letter one ending in 网 may be a person's: `王小网`.
    Other longer tokens are left to the caller: a sentence, or a transliterated name.)"""
    return _CJK_TOKEN.match(token) is not None and (
        len(token) == 4 and token[:2] not in COMPOUND_SURNAMES or len(token) > 4 and _OUTLET_NAME.fullmatch(token)
        is not None)


_OUTLET_NAME = re.compile(OUTLET)


def _names_a_body(token: str) -> bool:
    """An office, a school or a town named in a credit beside its people: not a person."""
    # (what its words end in)
    return token[-1:] in "局心会室办站所队院馆司府镇乡道区学校" and _BODY.match(token) is not None


_NAME_BEFORE_ROLE = re.compile(r"^([\u3400-\u9fff]{2,3})(?:记者|通讯员)$")


def credit_names(folded: str, strict: bool) -> list[tuple[int, int]] | None:
    """Spans of the names in a credit fragment, role words, staff and their names left out. With
    `strict`, None when a token is neither (the fragment is a sentence, not a credit); else such
    tokens are passed over."""
    names: list[tuple[int, int]] = []
    staff_name_next = after_role = False
    for start, end in credit_pieces(folded):
        piece = "".join(folded[start:end].split())
        if piece in _TOKEN_ROLES:
            continue
        staff = STAFF_LINE.match(piece)
        role = ROLE_PREFIX.match(piece)
        if staff or (staff_name_next and role is None):
            staff_name_next = True  # `审核:张三 李四`: the names after a staff word are staff too
            continue
        staff_name_next = False
        cut = role.end() if role else 0
        # (right after a role word comes a name: `通讯员 刘家一郎` is a person, `某某观察 张三` opens with an outlet)
        prev_role, after_role = after_role, cut == len(piece)
        named_by_role = prev_role or cut > 0
        joined = _NAME_BEFORE_ROLE.match(piece) if prev_role and after_role else None
        if joined and bare_name(joined.group(1)):  # `记者 张三通讯员 李四`: the wrap joined a name to a role
            names.append((start, start + len(joined.group(1))))
            continue
        supplied = _SUPPLIED_BY.search(piece, cut)
        rest = piece[cut:supplied.start() if supplied else len(piece)]
        if supplied and supplied.group() == "报道" and names and not bare_name(rest):
            continue  # `记者 张三 李四 日照报道`: after its writers, the place the report was filed from
        if rest[-1:] == "文" and folded.startswith("/", end) and bare_name(rest[:-1]):
            rest = rest[:-1]  # `记者张三 李四文/图`: the work mark `文/图` glued to the last name
        outlet = _names_an_outlet(rest) and not named_by_role  # (`某某观察 张三`)
        # (an outlet's long name is no two names run together; four letters may be: `张明李华`)
        together = () if _names_a_body(rest) or outlet and len(rest) > 4 else name_cuts(rest)
        if together:  # `张明李晓华`: names printed without a space between them
            ends = [start + cut + k for k in (0, *together, len(rest))]
            names.extend(zip(ends, ends[1:]))
            continue
        if not rest or rest in _TOKEN_ROLES or outlet or _names_a_body(rest):
            continue
        if not _NAME.match(rest) or (strict and len(rest) > 4 and not rest.isascii() and "·" not in rest):
            if strict:
                return None
            continue
        names.append((start + cut, start + cut + len(folded[start + cut:end]) - (len(piece) - cut - len(rest))))
    return names


def split_names(printed: str, folded: str) -> list[str]:
    """Names from a credit fragment, role words removed: '本报记者 张三 通讯员 李四' -> [张三, 李四]."""
    return ["".join(printed[start:end].split()) for start, end in credit_names(folded, strict=False) or []]


def looks_like_names(folded: str) -> bool:
    """True when a fragment is only role words and person names (a byline, not a sentence, nor a column's tag)."""
    folded = folded.strip()
    return 0 < len(credit_pieces(folded)) <= 8 and bool(credit_names(folded,
                                                                       strict=True)) and not is_column_tag(folded)


# (`张三/图 李四/文`)
_TOKEN_ROLE_MARK = re.compile(r"(?:^|\s)(?:文|图|文图)\s*[/:]|[\u3400-\u9fff]\s*/\s*[文图](?:\s|$)")


# `记 者|张三`: a role word spaced out to the width of the field names under it (`作 者 李四`)
_SPACED_ROLE = re.compile(r"记\s+者|作\s+者")


def has_role_word(folded: str) -> bool:
    return any(map(folded.__contains__, ("记者", "通讯员", "实习生", "作者", "报道员"))) or bool(
        ("/" in folded or ":" in folded) and _TOKEN_ROLE_MARK.search(folded)) or bool(_SPACED_ROLE.search(folded))


def parse_dateline(printed: str, folded: str) -> Dateline | None:
    """`本报讯(张三 李四)日前…` -> the offset of 日前 and the names."""
    m = DATELINE.match(folded)
    if not m:
        return None
    end = m.end()
    authors: list[str] = []
    p = _PARENS.match(folded[end:])
    reported = _REPORTED.match(folded, end) if not p else None  # (asked only when no bracket follows)
    if p:
        inner = p.group(1) if p.group(1) is not None else p.group(2)
        inner_start = end + 1
        inner_end = end + 1 + len(inner)
        authors = split_names(printed[inner_start:inner_end], folded[inner_start:inner_end])
        end += p.end()
    elif reported:
        authors = split_names(printed[reported.start(g := reported.lastindex):reported.end(g)], reported.group(g))
        end = reported.end()
    else:
        end, authors = _unbracketed_names(printed, folded, end)
    return Dateline(end=end, authors=authors)


_TOKEN = re.compile(r"(记\s者(?=\s)|通\s讯\s员(?=\s)|\S+)(?:\s+|$)")  # (`记 者 张三`; a line ending on a name)
# (`讯 张三 报道:`)
# (`讯 张三报道:`: one name glued to it)
_REPORTED = re.compile(rf"\s*(?:({_REPORTED_CREDIT}|(?:[\u3400-\u9fff]{{2,3}}\s+){{1,3}}|{LISTED_NAMES_REPORTED}"
                       rf"|{SURNAME_LETTER}[\u3400-\u9fff]{{1,2}}(?=报道:))报道:|{_ROLE_COLON_NAMES})\s*")


def _unbracketed_names(printed: str, folded: str, pos: int) -> tuple[int, list[str]]:
    """`本报讯 记者 张三 通讯员 李四 近日…`: names up to the first word that is not one."""
    authors: list[str] = []
    after_role = False
    while (m := _TOKEN.match(folded, pos)) is not None:
        token = m.group(1).replace(" ", "")  # (a spaced role word is the token's all)
        role = ROLE_PREFIX.match(token)
        rest = token[role.end():] if role else token
        # (after a role and a name, a further bare name: `通讯员张三 李四 近日…`)
        if role is None and not after_role and not (authors and bare_name(rest)):
            break
        if rest and not (_NAME.match(rest) and len(rest) <= 4):
            break
        if rest:
            authors.append(printed[m.start(1) + len(token) - len(rest):m.end(1)])
        after_role = role is not None and not rest
        pos = m.end()
    return pos, authors


def bare_name(token: str) -> bool:
    """A token printed like a person's name: two or three characters opening with a surname."""
    return 2 <= len(token) <= 3 and _CJK_TOKEN.match(token) is not None and token[0] in SURNAMES


_LAST_ROLE = re.compile(r"(?:记者|通讯员|实习生|摄影师)\s*")  # (`某某网签约摄影师 张三 摄`: the site no name)
# `…家的收入令驻华记者羡慕`: words with `的` before the first role word make a clause about reporters (a section
# head), not the paper's or desk's name a byline opens with
CLAUSE_BEFORE_ROLE = re.compile(r"^[^记通实]*?的[^记通实]*?(?:记者|通讯员|实习生)")


def box_byline_names(printed: str, folded: str) -> list[str] | None:
    """`□ 本报记者 张三` or a bare `本报记者 张三 通讯员 李四` line -> its names."""
    m = BOX_BYLINE.match(folded)
    if m and not m.group(1).endswith("摄"):  # (`■张三 摄` under a caption: the mark sets a photo's credit apart too)
        start = m.start(1)
        # `◎ 文 某某日报 《某刊》全媒体记者 张三`: the names are those after the last role word
        roles = list(_LAST_ROLE.finditer(folded, start))
        if not looks_like_names(m.group(1)) and roles:
            start = roles[-1].end()
        if not looks_like_names(folded[start:m.end(1)]):
            return None
        return split_names(printed[start:m.end(1)], folded[start:m.end(1)])
    # (longer when it names people under two roles at least: `本报记者 张三 李四 本报见习记者 王五 本报通讯员 赵六`)
    if ((len(folded.strip()) <= 30 or len(folded.strip()) <= 48 and len(_LAST_ROLE.findall(folded)) >= 2)
            and has_role_word(folded) and looks_like_names(folded)
            # `某报记者张三摄`, `记者 张三 图`: a photo's
            and not folded.rstrip().endswith("摄") and not SUPPLIED_BY_NAMES.match(folded)
            and not CLAUSE_BEFORE_ROLE.match(folded)):
        return split_names(printed, folded)
    return team_byline_names(printed, folded, bare_name)  # (`某某网记者 张三 … 某地报道`, a team of five or more)


def credit_photographers(credit: str) -> list[str] | None:
    """The names in a `张三 摄` credit taken out of a paragraph, or None for `…供图` and the like."""
    return photo_credit_names(credit, fold(credit))


_OUTLET_LETTERS = re.compile(r"[\w\-· ]{1,16}")  # an outlet's name: letters, digits, a hyphen, a space; no sentence


def photo_credit_names(printed: str, folded: str) -> list[str] | None:
    """`张三 摄` / `本报记者 张三 摄` under a photo -> its names (a site's pinyin glosses read past)."""
    printed, folded = unglossed(printed), unglossed(folded)
    m = ("摄" in folded and (AGENCY_PHOTO_CREDIT.match(folded) or PHOTO_CREDIT.match(folded))  # (each holds 摄)
         or folded.rstrip().endswith(("图", "提供")) and (SUPPLIED_BY_NAMES.match(folded)  # (what it ends in)
                                                         or NAME_SLASH_PICTURE.match(folded)))
    if not m:
        return None
    if m.lastindex == 3:  # `张三提供`: one giver, a person's name (not an office's, `某某村委会提供`)
        giver = m.group(3)
        return [printed[m.start(3):m.end(3)]] if giver[0] in SURNAMES and not _names_a_body(giver) else None
    start = m.start(g := m.lastindex or 1)
    if not looks_like_names(m.group(g)):
        # `第1眼T V-某某网记者 张三 摄`: an outlet printed in letters a credit's words are not made of, then its
        # reporter's role; the names are those after the last role word, as in a box byline
        roles = list(_LAST_ROLE.finditer(folded, start, m.end(g)))
        if not roles or not _OUTLET_LETTERS.fullmatch(folded, start, roles[-1].start()):
            return None  # (`……。记者 张三 摄`: a caption's sentence before the role, no outlet's name)
        start = roles[-1].end()
        if not looks_like_names(folded[start:m.end(g)]):
            return None
    end = m.end(g) + (folded.startswith("/", m.end(g)) and m.group(g).endswith("文"))  # (`记者张三文/摄`: the mark)
    names = split_names(printed[start:end], folded[start:end])
    # (`新华网 张三 摄`: the site that ran the picture, printed before its photographer, is no second photographer)
    return names[1:] if len(names) > 1 and len(names[0]) == 3 and fold(names[0])[-1] in "网社报" else names


def supplied_credit(printed: str, folded: str) -> str | None:
    """A line that is only `(…供图)` -> the credit text."""
    m = SUPPLIED_LINE.match(folded)
    if not m:
        return None
    group = 1 if m.group(1) is not None else 2
    return printed[m.start(group):m.end(group)].strip()
