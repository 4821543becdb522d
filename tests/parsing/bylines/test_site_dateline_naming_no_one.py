"""A site's dateline with its place and date (`某某网柳湾2月17日电 `) opens the text though no names follow it, set
apart by a space; so does one whose date is printed in four figures (`某某网1028日讯 (通讯员 …)`). Under a caption
between the headline and the text, the dateline tells the caption is no lead. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "2月15日,柳湾县白沙农场的职工把备好的种子和化肥运到各个生产队,准备春耕。"


def test_a_sites_dateline_without_names_opens_the_text():
    articles = parse_page(page("白沙农场春耕准备就绪", "白沙农场春耕准备就绪。\n王青摄",
                               "白沙网柳湾2月17日电 " + _TEXT))
    assert [(a.kind, a.title) for a in articles] == [("article", "白沙农场春耕准备就绪"), ("photo", None)]
    assert articles[0].body.startswith("2月15日")


def test_a_date_in_four_figures():
    [article] = parse_page(page("两个村评上美丽乡村",
                                "白沙网1028日讯 (通讯员 林小禾)10月27日,白沙镇的两个村被评为省级美丽乡村。"))
    assert article.authors == ["林小禾"] and article.body.startswith("10月27日")
