"""Looks the tagger takes before the work of a rule, each answering as the rule would without it: a body credits
no paper unless it holds a credit's word, a zone written with its town in brackets has a bracket right before
the town, a field whose only aside's word is 社区 asks only for it, an address before a town is looked for only
where a name ends right before it, a county's event is looked for only in a body holding a word of one held.
Random texts against the rule's own search; made-up snippets."""

import random

from app.places import outlets, venues, wordsets
from tests.places.test_real_text_rules import tag, where


def _papers_searched(folded: str) -> tuple:
    """The credited papers as found before the look at the credit's words: every search made."""
    first = min((at for at in (folded.find("来源"), folded.find("稿源")) if at >= 0), default=-1)
    papers = [(c.group(1), c.group(2) == "晚报") for c in outlets._OUTLET.finditer(folded, first)] if first >= 0 else []
    papers += [(line.group(1), line.group(2) == "晚报") for line in outlets._PAPER_LINE.finditer(folded)]
    for dateline in outlets._DATELINES:
        at = folded.find(dateline)
        while at >= 0:
            before = folded[max(0, at - 4):at]
            evening = before.endswith("晚")
            before = before.removesuffix("日").removesuffix("晚")
            papers += [(before[-2:], evening), (before[-3:], evening)]
            at = folded.find(dateline, at + len(dateline))
    return tuple(papers)


def test_the_papers_a_body_credits_are_those_every_search_finds():
    """`_papers` searches only for the kinds of credit whose words the shared word pass found: the same papers
    on random texts of credits' pieces, and on texts holding none."""
    rng = random.Random(15)
    pieces = ["来源", "稿源", ":", ":", "滁州", "如东", "常熟", "新如皋", "日报", "晚报", "报讯", "网讯", "发布", "网",
              "日", "报", "讯", "源", "\n", " ", "2017-12-26", "本", "镇", "。", "\ud800"]
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert outlets._papers.__wrapped__(text) == _papers_searched(text), text


def test_the_words_of_more_texts_than_a_pages_fields_are_answered_alike():
    """The shared word pass keeps what it found in a page's texts: asked again after more texts than it keeps,
    it answers as a fresh pass does."""
    words = wordsets.WordSet(("社区", "毗邻"))
    texts = [f"第{i}段" + ("社区" if i % 3 else "毗邻") for i in range(3 * wordsets._TEXTS_KEPT)]
    first = [words.found_in(text) for text in texts]
    assert [words.found_in(text) for text in reversed(texts)] == first[::-1]
    assert first[:3] == [{"毗邻"}, {"社区"}, {"社区"}]


def test_a_credited_paper_found_after_the_look_for_its_words(gazetteer):
    # a paper's own line (its name, then its date), a credit line and a dateline: each still found
    body = "滁州日报 2017-12-26 23:16\n大柳镇的村民们忙着收稻谷,镇上的合作社帮他们晒粮。"
    assert where(tag(gazetteer, "秋收", body)) == ("滁州市", "南谯区", "大柳镇")
    body = "常熟日报讯 开发区的网格员深入小区走访,帮居民修好了水管,清除了杂草。"
    assert where(tag(gazetteer, "网格员服务居民", body)) == ("苏州市", "常熟市", None)


def test_a_zone_with_its_town_in_brackets_after_the_look_at_the_bracket(gazetteer):
    # the town's bracket right before it: the zone is that town; a word between the zone and the town: it is not
    body = "平东村隶属吕四港经济开发区(吕四港镇),全村有11个村民小组。村里种蔬菜,养鱼蟹。"
    assert where(tag(gazetteer, "平东村", body)) == ("南通市", "启东市", "吕四港镇")
    body = "启东市吕四港经济开发区和吕四港镇的码头又添新泊位,吕四港经济开发区今年引进了三个项目。"
    assert where(tag(gazetteer, None, body))[:2] == ("南通市", "启东市")


def test_a_community_called_after_a_town_on_the_one_look_at_shequ(gazetteer):
    # 社区 the only aside's word: the bare names right before it are communities, the counties named with them stay
    body = "8月14日,莆田市妇联的暑期活动同步在仙游县南桥社区,荔城区拱辰社区,城厢区筱塘社区和涵江区铺尾社区举办。"
    assert where(tag(gazetteer, None, body)) == ("莆田市", None, None)
    # and a town named in full before its community is still the town
    body = "江阴市周庄镇的华宏社区办起了夏日集市,周庄镇的居民们带着孩子来逛,摊位一直摆到傍晚。"
    assert where(tag(gazetteer, None, body)) == ("无锡市", "江阴市", "周庄镇")


def test_a_village_placed_in_a_town_written_with_its_address(gazetteer):
    """The address written right before the town (its county, its city) is walked back over only where a name
    ends right where the town starts: with or without it, the village the sentence places there."""
    text = "青石村位于泰州市靖江市生祠镇北部。青石村有三个自然村,青石村的桃子出名。"
    assert where(tag(gazetteer, None, text)) == ("泰州市", "靖江市", "生祠镇")
    text = "青石村位于生祠镇北部。青石村有三个自然村,青石村的桃子出名。"
    assert where(tag(gazetteer, None, text)) == ("泰州市", "靖江市", "生祠镇")


def test_a_body_holds_an_events_word_where_the_pattern_finds_one():
    """The shared word pass says whether a body holds 举行, 举办, 召开 or 开幕 as the venue rule's pattern does."""
    rng = random.Random(18)
    pieces = ["举", "行", "办", "召", "开", "幕", "会", "在", "镇", "。", "\n", "\ud800"]
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert bool(venues._HELD_WORDS.found_in(text)) == bool(venues._HELD.search(text)), text


def test_a_county_event_held_in_a_town_after_the_look_for_its_word(gazetteer):
    # each word of an event held: the county's event, not the town's news; no such word: the town named up front
    for held in ("举行", "举办", "召开", "开幕"):
        body = (f"昨天,吴江区首届读书节在黎里镇文化中心{held}。全区各镇的读书会代表参加了活动。"
                "区图书馆发布了全年的阅读计划,黎里镇的志愿者负责引导。")
        assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", None), held
    body = "昨天,吴江区的读书会代表在黎里镇文化中心读书。黎里镇的志愿者负责引导,黎里镇的书院迎来了很多读者。"
    assert where(tag(gazetteer, None, body)) == ("苏州市", "吴江区", "黎里镇")
