"""Layouts met on real pages: articles without datelines side by side, section heads, kicker and
subtitle lines, captions between a headline and its body, interrupted articles, and the same
page wrapped at a narrow column width. Every snippet here is invented."""

import textwrap

from app.parsing import ParsedArticle, parse_page


def page(*blocks: str, gap: int = 1) -> str:
    """Blocks separated by `gap` blank lines; a block may hold several lines."""
    return ("\n" * (gap + 1)).join(blocks) + "\n"


def narrow(text: str, width: int = 37) -> str:
    """The same page as narrow columns print it: every long line wrapped at `width` characters."""
    out = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return "\n".join(out)


def titles(articles: list[ParsedArticle]) -> list[str | None]:
    return [a.title for a in articles]


def by_title(articles: list[ParsedArticle], title: str) -> ParsedArticle:
    found = [a for a in articles if a.title == title]
    assert len(found) == 1, f"{title!r} among {titles(articles)}"
    return found[0]


# -- a new article or a section head of the one above ------------------------------------------

TWO_UNDATED_ARTICLES = page(
    "青松村办起共享菜园",
    "近日,青松村把村口一片闲置地改成共享菜园,二十户村民认领了菜畦。",
    "村干部说,菜园收成的一部分将送给村里的独居老人。",
    "白沙镇开通乡村公交",
    "上周,白沙镇开通两条乡村公交线路,沿线八个村的村民出行更方便了。",
    "线路每半小时发一班车。",
)


def test_a_headline_naming_a_new_place_starts_a_new_article():
    articles = parse_page(TWO_UNDATED_ARTICLES)
    assert titles(articles) == ["青松村办起共享菜园", "白沙镇开通乡村公交"]
    assert "公交" not in articles[0].body and articles[0].sections == []


def test_a_headline_that_restates_the_text_below_starts_a_new_article():
    text = page(
        "老街茶馆重新开张",
        "修缮一新的老街茶馆昨天重新开张,老茶客们又坐回了熟悉的位置。",
        "茶馆每天下午还有评弹演出。",
        "职工书屋添新书",
        "区总工会为职工书屋添置新书五百册,职工书屋每周开放六天。",
    )
    assert titles(parse_page(text)) == ["老街茶馆重新开张", "职工书屋添新书"]


def test_a_head_about_the_same_place_stays_a_section_head():
    text = page(
        "青松村描绘乡村新图景",
        "近年来,青松村整治河塘、修缮老屋,村容村貌焕然一新。",
        "青山绿水入画来",
        "走进青松村,一条清澈的小河穿村而过,河边的步道上不时有村民散步。",
        "产业兴旺好日子",
        "村里的茶叶合作社今年收入比去年增长了两成。",
    )
    articles = parse_page(text)
    assert titles(articles) == ["青松村描绘乡村新图景"]
    assert articles[0].sections == ["青山绿水入画来", "产业兴旺好日子"]


# -- kicker, title and subtitle --------------------------------------------------------------

def test_three_headline_lines_are_kicker_title_and_subtitle():
    text = page("区政协视察河道整治", "碧水绕城 清流入户", "三条河道年底前全部完工",
                "本报讯(甘霖)昨天,区政协组织委员视察河道整治工程。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title, article.subtitle) == (
        "区政协视察河道整治", "碧水绕城 清流入户", "三条河道年底前全部完工")


def test_a_slogan_over_a_line_naming_who_acted_is_the_kicker():
    text = page("把好事办到群众心坎上", "梅林镇召开民生实事推进会",
                "本报讯(柯然)梅林镇昨天召开民生实事推进会,确定今年十件实事。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title) == ("把好事办到群众心坎上", "梅林镇召开民生实事推进会")


def test_a_title_over_a_slogan_keeps_the_slogan_as_subtitle():
    text = page("梅林镇召开民生实事推进会", "把好事办到群众心坎上",
                "本报讯(柯然)梅林镇昨天召开民生实事推进会,确定今年十件实事。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title, article.subtitle) == (
        None, "梅林镇召开民生实事推进会", "把好事办到群众心坎上")


def test_a_comma_title_under_a_dash_kicker_is_the_title():
    text = page("治水护绿惠民生——", "湖光镇:水清岸绿,百姓乐享",
                "湖光镇今年疏浚河道二十公里,沿岸新建绿道六公里。",
                "镇里还在河边建起三座口袋公园。")
    article = parse_page(text)[0]
    assert (article.kicker, article.title) == ("治水护绿惠民生——", "湖光镇:水清岸绿,百姓乐享")
    assert article.body.startswith("湖光镇今年疏浚河道")


def test_a_comma_title_that_restates_its_text_is_a_title():
    text = page("银杏社区:老人吃饭,食堂管饱",
                "银杏社区的老人食堂开张一个月,每天有六十多位老人来这里吃饭。",
                "食堂的饭菜每周换一次花样。")
    article = parse_page(text)[0]
    assert article.title == "银杏社区:老人吃饭,食堂管饱"


def test_a_comma_line_that_breaks_a_sentence_stays_text():
    text = page("银杏社区 办起老人食堂",
                "今年以来,银杏社区多方筹措资金",
                "办起老人食堂,每天有六十多位老人来这里吃饭。")
    article = parse_page(text)[0]
    assert article.title == "银杏社区 办起老人食堂"
    assert article.body == "今年以来,银杏社区多方筹措资金办起老人食堂,每天有六十多位老人来这里吃饭。"
