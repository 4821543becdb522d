"""A wire's end credits on lines of their own, the reporter's over its local stringer's (`记者:张三` over
`报道员:李四、王五`): `报道员` is the wire's word for the stringers who report with its reporter, a role like
`通讯员`, so the line is a credit, never the headline of a piece of its own, and its names are the article's authors.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的菇农们忙着采收香菇,大棚里一片忙碌。",
         "目前,该镇共建起香菇大棚80多座,带动村民增收。")


def test_stringers_line_under_the_reporters():
    articles = parse_page(page("柳河镇香菇采收忙", *_TEXT, "记者:周明远\n报道员:吴小平、郑春兰"))
    assert len(articles) == 1
    assert articles[0].authors == ["周明远", "吴小平", "郑春兰"]
    assert articles[0].body.endswith("带动村民增收。")


def test_stringers_line_alone():
    articles = parse_page(page("柳河镇香菇采收忙", *_TEXT, "报道员:吴小平"))
    assert len(articles) == 1
    assert articles[0].authors == ["吴小平"]
