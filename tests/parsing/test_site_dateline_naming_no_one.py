"""A site's dateline with its place and date (`某某网柳湾2月17日电 `) opens the text though no names follow it, set
apart by a space; so does one whose date is printed in four figures (`某某网1028日讯 (通讯员 …)`). Under a caption
between the headline and the text, the dateline tells the caption is no lead. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "2月15日,在柳湾县白沙农场,农工们正在往各作业站运送化肥,为春耕备足物资。"


def test_a_sites_dateline_without_names_opens_the_text():
    articles = parse_page(page("白沙农场备耕忙", "白沙农场备耕忙。\n王青摄", "白沙网柳湾2月17日电 " + _TEXT))
    assert [(a.kind, a.title) for a in articles] == [("article", "白沙农场备耕忙"), ("photo", None)]
    assert articles[0].body.startswith("2月15日")


def test_a_date_in_four_figures():
    [article] = parse_page(page("两个村进了十强", "白沙网1028日讯 (通讯员 林小禾)10月27日,评选结果揭晓,白沙镇两个村进了十强。"))
    assert article.authors == ["林小禾"] and article.body.startswith("10月27日")
