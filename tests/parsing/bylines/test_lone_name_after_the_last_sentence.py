"""A brief closed by its writer's name after a full stop and a space (`…资料5个。 张三`), or by two names
that a narrow column's wrap joined (`…人才。 张三李四五`) or, every line apart, broke at their space: the
names are the credit, not text. A short sentence after the stop stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, page, wrapped


def test_one_name_after_a_space_closes_the_brief():
    text = page("柳岸桥加固工程开工",
                "3日上午,柳岸镇召开桥梁加固工程推进会,今年全镇共有七座老桥列入加固计划,其中三座已完成设计。 鲁晓岚")
    article = parse_page(text)[0]
    assert article.authors == ["鲁晓岚"]
    assert article.body.endswith("已完成设计。")


def test_two_names_joined_by_the_wrap_close_the_brief():
    brief = wrapped("5日下午,青松镇地方文化研究会在镇文化站召开座谈会,与会者交流了整理老族谱的心得,"
                    # (the wrap leaves the second name alone on its line)
                    "并商定明年编印一本村史小册子。 鲁晓岚林青松")
    show = wrapped("10月5日,柳岸镇举办第三届菊花展,展出各类菊花三千余盆,吸引了周边市民前来观赏。")
    articles = parse_page(column_page([["青松镇召开族谱研究座谈会"], brief, ["柳岸镇菊花展开幕"], show], apart=False))
    assert [a.title for a in articles] == ["青松镇召开族谱研究座谈会", "柳岸镇菊花展开幕"]
    assert articles[0].authors == ["鲁晓岚", "林青松"]
    assert articles[0].body.endswith("村史小册子。")


def test_a_short_sentence_after_a_space_stays_text():
    text = page("柳岸桥加固工程开工",
                "3日上午,柳岸镇召开桥梁加固工程推进会,今年全镇共有七座老桥列入加固计划。 完工在即")
    article = parse_page(text)[0]
    assert article.authors == []
    assert article.body.endswith("完工在即")


def test_names_broken_at_their_space_every_line_apart():
    brief = wrapped("5日下午,青松镇地方文化研究会在镇文化站召开座谈会,与会者交流了整理老族谱的心得,"
                    "并商定明年编印一本村史小册子。 鲁晓岚林青松")  # (the second name alone on the last line)
    show = wrapped("10月5日,柳岸镇举办第三届菊花展,展出各类菊花三千余盆,吸引了周边市民前来观赏。")
    articles = parse_page(column_page([["青松镇召开族谱研究座谈会"], brief, ["柳岸镇菊花展开幕"], show], apart=True))
    assert [a.title for a in articles] == ["青松镇召开族谱研究座谈会", "柳岸镇菊花展开幕"]
    assert articles[0].authors == ["鲁晓岚", "林青松"]
