"""What the shape of a line alone says it is, whatever its neighbours: a diary's date line, a
label that opens a body (`编者按`, `(一)`), a caption's opening words or wording, a quotation the column cut
off, a head of two short phrases. All tests run on the folded copy of one line."""

import re

# `1.`, `二、`, `(三)`, `第四站`, `一是…`, `2 某某…`, `01 某某村…`: a numbered head is a section of the article it
# stands in.
ORDINAL_HEAD = re.compile(r"^\s*(?:[0-9]{1,2}\s*[.、]"
                          # a number spaced from the head's words, not a count (`4 个村`)
                          r"|[0-9]{1,2}\s+(?![个名人位家户条座次年月日万亿元岁天件项所支只辆台期批])"
                          r"(?=[\u3400-\u9fff]{4})"
                          r"|[一二三四五六七八九十]{1,3}\s*[、.]|[一二三四五六七八九十]是(?=\S{4})"
                          r"|\([一二三四五六七八九十0-9]{1,3}\)|第[一二三四五六七八九十0-9]{1,3}[章节部篇站]"
                          # `某某治理第二步:…`: a step counted before the colon of the head it opens
                          r"|[\u3400-\u9fff]{1,8}第[一二三四五六七八九十]{1,2}步(?=\s*:)"
                          # `镜头二:…`, `场景三:…`: a scene counted by the word that names the feature's parts
                          r"|(?:镜头|场景|画面|片段|瞬间|篇章|乐章|足迹)[一二三四五六七八九十]{1,2}(?=\s*:))")
# `01` printed alone over a head: the head's number.
HEAD_NUMBER = re.compile(r"^\s*[0-9]{1,2}\s*$")
# A label that opens the text under it and never titles an article.
_EDITORS_NOTE = re.compile(r"^\s*(?:编者按|编者的话|编后|编后语|编者注)\s*[::]?\s*$")
# `3月12日 晴`, `2023年3月12日 星期日`: a diary's or a letter's date line is its first line of text.
_DATE_LINE = re.compile(r"^\s*(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日\s*(?:(?:星期|周)[一二三四五六日天])?\s*"
                        r"(?:[晴阴雨雪雾风云转多小中大暴雷阵]{1,6})?\s*$")
# `9月21日 某某镇某某村`: the day and the place a reporter's note from the field opens with, its first line of text
# (never a head: no head opens with the day it was written).
_DATED_PLACE_LINE = re.compile(r"^\s*[0-9]{1,2}月[0-9]{1,2}日\s+[\u3400-\u9fff]{2,16}"
                               r"(?:村|镇|乡|街道|社区|县|市|区)\s*$")
# A caption announces itself: `图为…`, `图:…`, `▲…`, `上图…`.
_CAPTION_OPENING = re.compile(r"^\s*(?:图为|图说?[::]|[上下左右]图[::为]?|▲)")
# Words that open a clause, not a head (`近年来,白沙` is the start of a sentence the column broke).
_CLAUSE_OPENERS = re.compile(r"^(?:近年来|今年以来|近日|日前|目前|此外|同时|为此|随后|其中|据悉|据了解|另外|"
                             r"首先|其次|然后|最后|如今|当前|当天|因此|所以|但是|而且|[在为对据从随通由自当])")
TWO_PHRASE_MAX = 10  # characters in each phrase of a two-phrase head
DATED_HEAD_MIN, DATED_HEAD_MAX = 4, 8  # characters in each phrase of a dated feature's section head
TOPIC_PHRASE_MAX = 12  # ... in the phrase after a four-character topic's word
CUT_SENTENCE_CHARS = 30  # a line with a comma and a list, longer than this and unfinished, is a sentence cut
_SENTENCE_MARKS_AT_END = re.compile(r"[。!?”」』)]$")
SLOGAN_PHRASE_MAX = 6  # characters in each phrase of a spaced slogan head (`安居为本 环境升级`)
_SENTENCE_MARKS = re.compile(r"[,。、;:!?()《》—…·]")
# `多方合作关爱老人!社区开展“公益+养老服务”活动`: an exclamation or a question and then a statement.
_TWO_SENTENCES = re.compile(r"[\u3400-\u9fff].{3,}[!?][”\"]?\s*[\u3400-\u9fff“\"].{5,}")


def labels_the_text_below(folded: str) -> bool:
    """`编者按` or a numbered head: a label that opens a body, never a title or a subtitle."""
    return bool(_EDITORS_NOTE.match(folded) or ORDINAL_HEAD.match(folded))


# Every dateline (`credits.DATELINE`) opens with a bracket, or names its word for a report (讯, 电, 消息, 报道)
# within its first 40 characters after spaces (a test holds the pattern to it): a line without one is not
# asked the whole pattern, whose many ways to open are tried at the start of every line.
DATELINE_REACH = 40


def may_open_with_dateline(folded: str) -> bool:
    head = folded.lstrip()[:DATELINE_REACH]
    return (head[:1] in "(【" or "讯" in head or "电" in head or "消息" in head or "报道" in head
            or head[:1] == "记" and "通" in head)  # (`记者 张三 通讯员 李四 …`, see `outlet_datelines`)


def is_date_line(folded: str) -> bool:
    return bool(_DATE_LINE.match(folded) or _DATED_PLACE_LINE.match(folded))


def opens_caption(folded: str) -> bool:
    return bool(_CAPTION_OPENING.match(folded))


PICTURE_NOTE = r"\(图为[\u3400-\u9fff“”、,]{2,30}\)"  # (`(图为…现场)`: a site's note where its picture stood)
# `(左一)`, `(右二)`, `(前排左三)`, `(中)`, `(左)`: where a person stands in the picture
PICTURE_POSITION = r"\((?:前排|后排)?[左右前后中](?:[一二三四五六七八九十]|起)?[一二三四五六七八九十]?\)"
# What a picture shows, in a caption's words: a corner of a scene (`果园一角`) or the scene itself (`服务现场`),
# or people doing something, named first (`大家一起…`, `同学们…`; not `大家的…`) — a subtitle restates or extends
# its title instead. So does a thing named by what was just done to it (`新修的青松路`, `改造后的老街`): a picture of
# it, and a site's bracketed note of the picture it printed there (`PICTURE_NOTE`).
# People named by what they are seen doing (`巡逻的老人`), or where they are and what they are doing now
# (`某某社区内,邻里们正在跳舞。`): a picture's moment; one such sentence may close with its full stop.
_PICTURED_PEOPLE = "老人|老人们|孩子们|居民|村民|志愿者|游客|市民|学生|小朋友"
_PICTURE_WORDING = re.compile(r"^\s*(?:[\u3400-\u9fff]{2,8}(?:一角|现场)"
                              r"|(?:大家|[\u3400-\u9fff]{2,3}们)(?!的)[\u3400-\u9fff]{4,14}"
                              r"|[\u3400-\u9fff]{2,12}[内里上前旁],[\u3400-\u9fff]{2,3}们正在[\u3400-\u9fff]{2,12}"
                              r"|(?:新[修建铺装栽]|(?:改造|修缮|整治|翻新)后)的[\u3400-\u9fff]{2,10}"
                              rf"|[\u3400-\u9fff]{{2,10}}的(?:{_PICTURED_PEOPLE})"
                              # `张三(右)正在…`, `李四(前排左二)…`: where a person stands in the picture, told only so
                              rf"|[^。!?]{{0,20}}?{PICTURE_POSITION}[^。!?]{{2,30}}"
                              r"|" + PICTURE_NOTE + r")。?\s*$")


CAPTION_SENTENCE_CHARS = 60  # a caption's one sentence (`3月16日,村民在某某村听讲座。`), not a lead's paragraph
_SENTENCE_ENDS = re.compile(r"[。!?]")


def sentence_ends(folded: str) -> int:
    """How many sentences end in the text (`。`, `!`, `?`)."""
    return len(_SENTENCE_ENDS.findall(folded))


def describes_a_picture(folded: str) -> bool:
    return bool(_PICTURE_WORDING.match(folded))


def opens_unclosed_quote(folded: str) -> bool:
    """A line holding more opening than closing quotation marks goes on below: it is text."""
    return folded.count("“") > folded.count("”")


QUOTED_HEAD_CHARS = 16  # a longer line that opens a quotation it does not close goes on below


def quotes_on_below(folded: str) -> bool:
    """`某某笑着讲:“没想到能拿奖,谢谢大伙儿!`: a line longer than a quoted head that leaves a quotation open, however it
    ends (an exclamation inside the quote too), is text going on below, no headline (`“小院里的` / `大学问”` may be)."""
    return len("".join(folded.split())) > QUOTED_HEAD_CHARS and opens_unclosed_quote(folded)


def two_phrases(folded: str) -> bool:
    """`白沙村,一个普通村庄的逆袭`: two short phrases joined by one comma, the first not opening a
    clause — the shape of a section head, not of the start of a sentence nor of a title."""
    parts = folded.strip().split(",")
    return (len(parts) == 2 and ":" not in folded  # (`某某镇:…,…` is a title)
            and all(0 < len(p.strip("“”\" ")) <= TWO_PHRASE_MAX for p in parts)
            and not _CLAUSE_OPENERS.match(parts[0]))


def spaced_slogan(folded: str) -> bool:
    """`安居为本 环境“升级”`: two phrases of a few characters set apart by a space, no punctuation but
    quotes — a slogan, the shape a feature's section heads take (titles run longer: `“小喇叭”吹出新风尚
    “大舞台”唱响新生活`)."""
    parts = folded.split()
    return (len(parts) == 2 and all(0 < len(p.replace("“", "").replace("”", "")) <= SLOGAN_PHRASE_MAX for p in parts)
            and not _SENTENCE_MARKS.search(folded))


def heads_a_dated_part(folded: str) -> bool:
    """A section head a dated feature prints: a spaced slogan, or two spaced phrases of up to eight
    characters (`新时代实践在基层 百姓生活不发愁`), or one such phrase alone (`演出彰显红歌特色`), or a topic's word of
    four characters before a longer phrase (`民生工程 让道路建设提速增效`); no punctuation (and,
    asked by `assemble`, no place named: `某某街道 青年能人走上前台` titles news) but the one comma of two such
    phrases (`优化服务,突出实效`, printed on two lines at its comma too: `分内小事,` / `用心办好`): a dated
    feature's parts are headed as any feature's are."""
    parts = [p.strip("“”") for p in folded.split()]
    commas = "".join(folded.split()).split(",")  # (printed on two lines at its comma: `分内小事,` / `用心办好`)
    if len(commas) == 2 and not _SENTENCE_MARKS.search("".join(commas)):
        return all(DATED_HEAD_MIN <= len(p) <= DATED_HEAD_MAX for p in commas)  # (`优化服务,突出实效`: two phrases)
    return spaced_slogan(folded) or (0 < len(parts) <= 2 and not _SENTENCE_MARKS.search(folded) and not any(
        c in folded for c in ":,、") and (all(DATED_HEAD_MIN <= len(p) <= DATED_HEAD_MAX for p in parts) or (
            len(parts) == 2 and len(parts[0]) == DATED_HEAD_MIN and
            DATED_HEAD_MIN <= len(parts[1]) <= TOPIC_PHRASE_MAX)))


def lists_in_a_cut_sentence(folded: str) -> bool:
    """`如何使人民群众获得感、幸福感、安全感更加充实、更有保`: a long line with a comma and a list of three or more
    items, left unfinished — a sentence the page cut off, not a headline (a title lists in fewer words)."""
    text = folded.strip()
    return (len(text) > CUT_SENTENCE_CHARS and "," in text and text.count("、") >= 2
            and not _SENTENCE_MARKS_AT_END.search(text))


def runs_many_clauses(folded: str) -> bool:
    """`那年春天,合作社的几个人想在山脚下建一处果园,一起在坡上转了一圈时`: a line of three clauses or more, longer
    than a cut sentence's line, left unfinished — a sentence the page cut off, not a headline (a title says it in
    fewer clauses), even right after a credit that closed the text above (an interrupted article's rest may open so)."""
    text = folded.strip()
    return len(text) > CUT_SENTENCE_CHARS and text.count(",") >= 2 and not _SENTENCE_MARKS_AT_END.search(text)


def opens_clause(folded: str) -> bool:
    """`为了营造…,帮助居民…` between two headlines: a sentence the column broke under its title (a
    headline in a group does not open with a clause's first word)."""
    return bool(_CLAUSE_OPENERS.match(folded.strip()))


# `7月初,`, `10月9日,`, `6月6日上午,`: the date a report's first sentence opens with, its comma right after it
_OPENS_WITH_DATE = re.compile(r"^\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[初底末]|[上中下]旬)?(?:[上下中]午|早上|晚上|"
                              r"凌晨)?[,，]")


# `1月2日上午9时许,`, `2024年5月,`, `昨日下午3时,`: a date or hour and its comma, before what a report's first
# sentence names
_DATE_CLAUSE = re.compile(r"^\s*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|[初底末]|[上中下]旬)?|[昨今前]日|当天|日前|近日)"
                          r"(?:[上下中]午|早上|晚上|凌晨|清晨|傍晚)?(?:\d{1,2}[时点](?:许|左右|\d{1,2}分|半)?)?[,，]")


def past_opening_date(text: str) -> str:
    """A text past the date (and hour) its first sentence opens with, where it names its subject."""
    m = _DATE_CLAUSE.match(text)
    return text[m.end():] if m else text


def opens_with_date(folded: str) -> bool:
    """A line opening with a date and a comma opens a report's first sentence (a caption's too): a title says what
    happened (`7月1日起,…` names when something starts, not the day the text tells of)."""
    return _OPENS_WITH_DATE.match(folded) is not None


def two_sentences(folded: str) -> bool:
    """A headline that exclaims or asks and then says what happened: a title's shape (a section
    head is a phrase or a slogan)."""
    return bool(_TWO_SENTENCES.search(folded.strip()))


# `…(1):…`, `…系列报道之二`, `…(上)`: the number of an instalment, which only a title carries
# (a numbered section head opens with its number).
_INSTALMENT = re.compile(r"[^\s(].{2,}?(?:\((?:[0-9]{1,2}|[一二三四五六七八九十]{1,2}|上|中|下)\)|"
                         r"之[一二三四五六七八九十])"
                         r"\s*(?:[::]|$)")


def numbers_an_instalment(folded: str) -> bool:
    return bool(_INSTALMENT.match(folded.strip()))


# `目。通过…`: the end of a sentence begun above; `报,搅得…`: one character and a comma, the end of a word the
# column broke (`天气预` over it), as no lead opens (`近日,`, `昨天,` hold two); so one character and the list's
# comma (`验、在…` under `…调解的经`), but for a numbered head's `一、`
_CLOSES_AT_ONCE = re.compile(r"^\s*(?:[^\s。!?]{0,3}[。!?]|[\u3400-\u9fff],"
                             r"|(?![一二三四五六七八九十])[\u3400-\u9fff]、)")


def stands_whole(line: str, below: str) -> bool:
    """A line that may be a whole headline: its quotation marks and title marks paired (`村村志》发布` closes a
    book's title opened on the line above), and the line below not the end of a sentence it left open
    (`盟”积分兑换项` over `目。…` is a piece of a sentence the column cut)."""
    return (line.count("“") == line.count("”") and line.count("《") == line.count("》")
            and _CLOSES_AT_ONCE.match(below) is None)


_SPACED_HAN = re.compile(r"[\u3400-\u9fff”]\s+[“\u3400-\u9fff]")


def spaces_its_phrases(folded: str) -> bool:
    """`敬老爱老 某某镇重阳活动暖人心!`: words set apart by a space, as a headline prints its phrases and
    no sentence of the text does."""
    return _SPACED_HAN.search(folded.strip()) is not None


# `……。(据某某晚报)`, `(来源:某某网)` after the last sentence: where the text was taken from, which ends it.
# (`……。(某某市文明办)`: the office that sent it, no one named, ends it as well.)
_ATTRIBUTION = re.compile(r"[。!?…”]\s*\((?:(?:据|来源\s*:|稿源\s*:|转自|摘自)[^()。,!?]{2,20}"
                          r"|[\u3400-\u9fff]{2,14}(?:文明办|宣传部|办公室|委员会)"
                          r"|[\u3400-\u9fff]{1,12}?(?:电视台|广播站|融媒体中心|日报|晚报|报社))\)\s*$")
# (`……。(市电视台)`: the outlet that sent the item, naming no one, closes it as a writer's name does)


def ends_with_attribution(folded: str) -> bool:
    tail = folded[-40:]
    # (every match closes its bracket at the end: the pattern is asked only of a text that does)
    return tail.rstrip().endswith(")") and _ATTRIBUTION.search(tail) is not None


_OPENS_MID_SENTENCE = frozenset("、,;:。!?)》%")  # (`%`: the sign of a number the line above ends on)
_CLOSING_QUOTES = frozenset('"”’')
# (`他` / `们有的…`): a word's suffix or a question's particle, never a line's first word
_BOUND_SUFFIXES = frozenset("们么吗")


def opens_mid_sentence(folded: str) -> bool:
    """`、百家宴等活动…`: a line opening with a mark only a running sentence has goes on the sentence above
    (itself no headline, nor the line it runs on from); so does one opening with the quotation mark that closes a
    quotation of the line above right before such a mark (`",只要一按…`, `”,…`); so does one opening with what only
    ends a word or a question (`们`, `吗`), the column having cut a word in two."""
    opening = folded.lstrip()
    return opening[:1] in _OPENS_MID_SENTENCE or opening[:1] in _BOUND_SUFFIXES or (
        opening[:1] in _CLOSING_QUOTES and opening[1:2] in _OPENS_MID_SENTENCE)


# (or one letter after a clause's comma, `…经过前期治理,目`: no clause is one letter long, as `_WORD_END_FIRST` says)
_INSIDE_A_WORD = re.compile(r"[\u3400-\u9fff]{2}$|[,;:、][\u3400-\u9fff]$")


def stops_inside_a_word(folded: str) -> bool:
    """`…都像是一个神秘的宝`, `…经过前期治理,目`: text that stops on a character with no mark after it, as no paragraph
    ends: the column cut it inside a sentence, maybe inside a word (`宝` / `藏地,…`, `目` / `前已…`), and its rest is
    printed elsewhere on the page, whatever words that rest shares with the text around it."""
    return bool(_INSIDE_A_WORD.search(folded.rstrip()))


# `…要求队员要和`, `…把`: a sentence cut right after a word that joins what follows to it (a conjunction or a
# preposition) has its object still to come; these letters end few words of their own
_JOINING_LETTERS = "和与及把被向跟同对给让"


def stops_on_a_joining_word(folded: str) -> bool:
    """Text cut right after `和`, `与`, `把`, `向` …: whatever is printed next of its sentence opens with the missing
    object, never anew."""
    return folded.rstrip()[-1:] in _JOINING_LETTERS and stops_inside_a_word(folded)


_WORD_END_FIRST = re.compile(r"^[\u3400-\u9fff][,;:。!?]")  # `便,我们…`: one letter, then the clause's mark


def opens_inside_a_word(folded: str) -> bool:
    """`便,我们打算…`: a paragraph that opens on one letter and a mark opens on the end of a word the column
    cut (`…运输也很方` / `便,…`); no sentence opens on a one-letter clause."""
    return _WORD_END_FIRST.match(folded.lstrip()) is not None


_QUOTED = re.compile(r"“([^“”]{2,8})”")


def quotes_the_text_above(head: str, above: str) -> bool:
    """`我们都希望住在“和乐社区”` between paragraphs of a text that quoted `“和乐社区…”`: a head that quotes the
    catchword a quotation of the article above opened with heads a part of that article."""
    return any(f"“{word}" in above for word in _QUOTED.findall(head))


def continues_a_number(above: str, line: str) -> bool:
    """`…以及新围2` over `1栋居民代表、党`: a number the column broke, its digits on two lines; the line goes
    on with the sentence above, it heads nothing."""
    return above.rstrip()[-1:].isdigit() and line.lstrip()[:1].isdigit()


_ASKED_THEN = re.compile(r"[?!][”]?\s*(?=\S)")
# `从“…”到“…”` to the line's end: a title's span from one name to the next, closed by its quote; no clause left open
_FROM_TO = re.compile(r"^从“[^“”,。]{1,12}”到“[^“”,。]{1,12}”\s*$")


# `今年`, `当天`: when what was just said or asked was said, opening the sentence that tells who said it
_SAID_WHEN = re.compile(r"^(?:今年|去年|前年|今天|昨天|当天|当日|如今)")


def runs_on_past_a_question(folded: str) -> bool:
    """`你听过“共享厨房”吗?在青松社区…`: a question or an exclamation, then a clause opening (`在`, `近日`) that the
    line leaves unfinished — the text's first sentences, which the column broke; a headline that asks and
    then says what happened names its subject (`…关爱老人!社区开展…`). So does a quoted exclamation or question
    followed by when it was said (`“我们自己来修!”今年`): a speaker's words and the sentence telling who spoke."""
    m = _ASKED_THEN.search(folded)
    rest = folded[m.end():] if m else ""
    return (m is not None and _CLAUSE_OPENERS.match(rest) is not None and not _FROM_TO.match(rest)
            or m is not None and m.group().startswith(("?”", "!”")) and _SAID_WHEN.match(rest) is not None)


# `代表们首先…`, `一行人随后…`: a subject, then the order in which it did things — a narrative's sentence telling
# events one after another; a headline says what happened, never in what order
_TELLS_THE_ORDER = re.compile(r"^[\u3400-\u9fff]{1,8}?(?:首先|随后|接着)")


def tells_the_order(folded: str) -> bool:
    return _TELLS_THE_ORDER.match(folded) is not None


# `核心提示`, `内容提要`: a summary's label printed alone over the text it sums up, the text's first words
_SUMMARY_LABELS = frozenset({"核心提示", "内容提要", "提要", "导读", "阅读提示"})


def labels_a_summary(folded: str) -> bool:
    return folded.strip().rstrip(":") in _SUMMARY_LABELS


CLOSERS = "”’\"'」』)]》〉"  # what may close a sentence after its stop
KICKER_END = re.compile(r"(?:—+|-{2,}|:)\s*$")  # a kicker leading into its title (`某某村——`, `聚焦:`)
SUBTITLE_DASH = re.compile(r"^\s*(?:—|-{2,})")  # `——记某某村的…`: a subtitle line


# `该巡逻队每天…`, `这样的改变得益于…`: a line opening by pointing back at what the text above named
_REFERS_BACK_OPENING = re.compile(
    r"^\s*(?:该[\u3400-\u9fff]{0,4}?(?:镇|村|县|区|市|乡|社区|街道|队|会|站|所|院|局|组|厂|校|公司|中心|项目)|这样的)")


def refers_back(folded: str) -> bool:
    """A line that opens by pointing back at what the text above it named goes on that text: a headline
    stands alone and names what it tells, it never opens `该某某…` or `这样的…`."""
    return _REFERS_BACK_OPENING.match(folded) is not None


# `10时许,`, `上午9时30分,`, `当天下午3时,`: the hour an event began, which a report's sentence tells and a
# headline or kicker does not (a kicker sums up; the time of day belongs to the narrative under it).
_TELLS_THE_HOUR = re.compile(r"^\s*(?:当天|当日|次日)?(?:[上下中]午|凌晨|清晨|傍晚|晚上|早上)?"
                             r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[时点](?:许|左右|[0-9]{1,2}分|半)?[,，]")


def tells_the_hour(folded: str) -> bool:
    return _TELLS_THE_HOUR.match(folded) is not None


# `记者参观某某村展览厅`, `记者在现场采访村民`: a picture's note printed alone in the text, telling what the reporter
# did where the picture stands — text, no headline (a headline tells what the report is about, not the reporter's visit)
_REPORTER_AT_WORK = re.compile(r"^\s*记者们?(?:参观|在|随|跟随|与|同)[\u3400-\u9fff“”]{2,16}\s*$")


def notes_the_reporter_at_work(folded: str) -> bool:
    return _REPORTER_AT_WORK.match(folded) is not None
