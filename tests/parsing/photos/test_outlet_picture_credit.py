"""`图/新华社` on a line of its own credits a picture to an outlet (an agency, a paper, a site), naming no person: it
is a picture credit, never a closing credit whose outlet becomes an author. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.photos.agency_pictures import credits_an_outlets_picture
from tests.helpers import page

_LEAD = "青瓦白墙,溪水绕村;清晨的雾气还没散尽,白沙镇竹园村已经热闹起来。"
_TEXT = ("竹园村今年新修了三条村道,二十多户村民把老屋改成了民宿。村支书林小禾说,游客多了,"
         "村里的土特产也跟着卖了出去。")


def test_an_outlets_picture_line_names_no_one():
    assert credits_an_outlets_picture("图/新华社") and credits_an_outlets_picture("图/白沙日报")
    assert not credits_an_outlets_picture("图/林小禾") and not credits_an_outlets_picture("图为村民在采茶")


def test_the_outlet_under_the_lead_is_no_author():
    articles = parse_page(page("竹园村的新日子", "文/记者王青、林小禾", _LEAD + "\n图/新华社", _TEXT))
    assert [a.authors for a in articles if a.kind == "article"] == [["王青", "林小禾"]]
    assert all("新华社" not in a.authors for a in articles)


def test_the_picture_credit_under_a_written_byline_keeps_the_lead():
    """`图/新华社` under the lead of a piece bylined `文/记者…`: the two halves of one credit; the lead is the
    text's."""
    lead = "青瓦白墙,溪水绕山;清晨的雾气还没散尽,山间一片宁静。"
    articles = parse_page(page("竹园村民宿多起来", "文/记者王青、林小禾", lead + "\n图/新华社", _TEXT))
    assert [(a.kind, a.title) for a in articles] == [("article", "竹园村民宿多起来")]
    assert articles[0].body.startswith("青瓦白墙") and articles[0].body.endswith("卖了出去。")
