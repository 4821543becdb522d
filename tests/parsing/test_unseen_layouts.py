"""Layouts met on pages laid out from real texts nobody had tuned for. Every snippet is invented."""

from app.parsing import ParsedArticle, parse_page
from tests.helpers import page


def titles(articles: list[ParsedArticle]) -> list[str | None]:
    return [a.title for a in articles]


def test_a_headline_naming_the_town_below_without_its_suffix_starts_a_new_article():
    text = page(
        "果园里的新农人",
        "近日,青松村的果园迎来采摘季,返乡青年在园里直播卖桃。",
        "村里说,明年还要再扩种两百亩。",
        "在白沙古街过一个慢周末",
        "白沙镇位于湖畔,老街两侧的茶馆一早就坐满了人。",
        "镇上的手艺人还开起了竹编体验课。",
    )
    assert titles(parse_page(text)) == ["果园里的新农人", "在白沙古街过一个慢周末"]


def test_a_common_noun_before_a_place_word_is_not_a_place():
    # 千年古镇 names no place: the slogan over the line naming the town stays the kicker
    text = page(
        "千年古镇 焕发新颜",
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样。",
        "街上新开了书店和茶室,周末游客不少。",
    )
    [article] = parse_page(text)
    assert (article.kicker, article.title) == ("千年古镇 焕发新颜", "白沙镇老街修缮完工")


def test_two_short_equal_phrases_over_a_headline_are_its_kicker():
    text = page(
        "走读江南 寻味老街",
        "白沙:一条老街的四季",
        "老街的春天从茶馆开始,早上六点,第一壶茶就泡上了。",
        "到了秋天,街口的桂花一开,整条街都是香的。",
    )
    [article] = parse_page(text)
    assert (article.kicker, article.title, article.subtitle) == ("走读江南 寻味老街", "白沙:一条老街的四季", None)


def test_an_article_naming_its_town_bare_keeps_the_paragraph_that_names_it_in_full():
    text = page(
        "白沙镇老街修缮完工",
        "白沙镇老街修缮工程近日完工,二十多座老宅恢复了原样。",
        "街上新开了书店和茶室,老街坊们说比从前热闹。",
        "青松村办起共享菜园",
        "近日,青松村把村口一片闲置地改成共享菜园,二十户村民认领了菜畦。",
        "村干部说,菜园收成的一部分将送给村里的独居老人。",
        "到白沙过个慢周末",
        "周末去了一趟白沙,老街上人不多,茶馆里坐满了喝早茶的老人。",
        "白沙镇文化站的工作人员说,下个月还要在老街办一场灯会。",
    )
    weekend = next(a for a in parse_page(text) if a.title == "到白沙过个慢周末")
    assert "文化站" in weekend.body


def test_a_headline_naming_a_town_in_full_over_text_naming_it_bare_starts_a_new_article():
    # a section head and its one-sentence paragraph, then the next article's headline
    text = page(
        "青松村的新变化",
        "青松村位于湖边,村里的老房子今年都修好了,村道也拓宽了。",
        "一、村里的产业",
        "青松村的茶园是全村的主要收入,今年春茶卖得很好。",
        "白沙镇:百年老街的新故事",
        "白沙是一座老镇,老街上的茶馆开了一百多年。",
        "如今白沙的老街上又多了几家书店。",
    )
    assert titles(parse_page(text)) == ["青松村的新变化", "白沙镇:百年老街的新故事"]


def test_a_headline_naming_a_county_the_text_below_names_starts_a_new_article():
    text = page(
        "果园里的新农人",
        "近日,青松村的果园迎来采摘季,返乡青年在园里直播卖桃。",
        "村里说,明年还要再扩种两百亩。",
        "长林蜜桃 香飘四方",
        "长林蜜桃是长林县的特产,每年七月上市,远销各地。",
        "长林县的桃园有三万亩。",
    )
    assert titles(parse_page(text)) == ["果园里的新农人", "长林蜜桃 香飘四方"]


def test_a_phrase_over_a_title_opening_with_a_name_and_a_colon_is_its_kicker():
    text = page(
        "走进湖边小镇",
        "白沙:第一缕阳光照进老街",
        "□ 记者 林木",
        "每天清晨,白沙镇的老街最先亮起来,早点铺子六点就开门了。",
        "镇上的渔民说,今年的鱼价比去年好。",
    )
    [article] = parse_page(text)
    assert (article.kicker, article.title) == ("走进湖边小镇", "白沙:第一缕阳光照进老街")


def test_a_comma_headline_right_after_a_sentence_the_column_broke_still_heads_the_text_below():
    text = page(
        "老桥的来历",
        "老桥建于清末,当年河上没有桥,两岸的村民来往要绕很远的路。",
        "后来村里的窑主出钱修了一座石桥,桥墩用石条一层层叠起,当地人就叫它",
        "三十年,守着老桥的日子",
        "我家就住在老桥边上,三十年来,守着老桥过日子,每天从桥上走过去上学。",
        "如今老桥还在,桥边的柳树也还在。",
        "叠石桥。桥修好以后,桥边慢慢有了集市。",
    )
    assert titles(parse_page(text))[:2] == ["老桥的来历", "三十年,守着老桥的日子"]
