"""A site's dateline naming the place it reports from before `消息`, then its writer's name alone in brackets closed
by a colon (`某某在线某省消息(张三):`), as a broadcaster's site prints it: the bracketed name is the writer's, the text
opens after the colon. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "平整的水泥路、干净的院落,走进河湾镇,处处清爽宜人。"
_REST = ("“以前巷子里堆满了杂物,现在干干净净的。”村民周明说。",
         "下一步,镇里还将在各村推广垃圾分类,让环境整治常态长效。")


def test_site_place_news_and_one_name_before_a_colon():
    (article,) = parse_page(page("河湾镇:小巷变了样", "某某在线某省消息(吴清):" + _LEAD, *_REST))
    assert article.authors == ["吴清"]
    assert article.body.startswith("平整的水泥路")


def test_site_place_news_and_two_names_before_a_colon():
    (article,) = parse_page(page("河湾镇:小巷变了样", "某某网某省消息(吴清 郑立):" + _LEAD, *_REST))
    assert article.authors == ["吴清", "郑立"]
    assert article.body.startswith("平整的水泥路")


def test_a_sentence_naming_news_and_a_bracket_stays_text():
    # a sentence about a piece of news that quotes who told it stays a sentence: no site's name opens it
    (article,) = parse_page(page("河湾镇:小巷变了样", "村里传来好消息(周明):巷子今年全部硬化。", *_REST))
    assert article.authors == []
    assert article.body.startswith("村里传来好消息")
