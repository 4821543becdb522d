"""A line of three clauses or more, longer than a cut sentence's line and left unfinished (`那年春天,…想在山脚下建一处
果园,一起在坡上转了一圈时`), is a sentence the page cut off, not a headline — even right after a credit that closed
the item above it, where the rest of an interrupted article may open on a paragraph the columns broke. A short comma
title there (`桃花开了,游客来了`) still titles an item. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import runs_many_clauses
from tests.helpers import page

_FIRST = ("“桃子还没上市,订单就排到了下个月。”说起村里的桃园,合作社的理事长老林满脸是笑。",
          "桃园在青岭村的南坡上,两百多亩桃树是五年前种下的。")
_OTHER = ("东坡村今年办起了农民夜校,每周两晚请农技员来讲课,村民听完就到地里去试。", "记者:方晓")
_CUT = "那年春天,合作社的几个人想在山脚下建一处果园,一起在坡上转了一圈时"
_REST = ("发现这里的土壤正合适,当年就栽下了桃苗,还请来果树专家手把手地教。",
         "如今桃园一年能卖一百多万元,村里三十多户人家在园里务工。")


def test_line_of_many_clauses():
    assert runs_many_clauses(_CUT)
    assert not runs_many_clauses("桃花开了,游客来了,村民笑了")
    assert not runs_many_clauses("那年春天,合作社的几个人想在山脚下建一处果园,一起在坡上转了一圈。")


def test_cut_line_of_many_clauses_after_a_credit_is_text():
    first, other = parse_page(page("青岭村的桃子熟了", *_FIRST, "东坡村办起农民夜校", *_OTHER, _CUT, *_REST))
    assert first.title == "青岭村的桃子熟了"
    assert "转了一圈时发现这里的土壤正合适" in first.body
    assert first.body.endswith("三十多户人家在园里务工。")
    assert other.authors == ["方晓"]
    assert other.body.endswith("听完就到地里去试。")
