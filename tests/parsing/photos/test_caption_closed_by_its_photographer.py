"""A line under a headline closed by its photographer's bracketed credit (`晒谷现场(张三/摄)`) is the
caption of the picture printed there, not a subtitle: a subtitle names no photographer. It is cut out as
a photo credited to that name, and the headline keeps its text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_PAGE = page(
    "青松村到田里看秋收",
    "晒谷现场(张小明/摄)",
    "假期里城里人忙着出游,青松村的村民却忙着收稻谷,田间地头一派丰收景象。",
    "村民们趁着晴好天气互帮互助,抢收晾晒,力保颗粒归仓。")


def test_the_credited_line_is_a_photo_of_its_own():
    articles = parse_page(_PAGE)
    [article] = [a for a in articles if a.kind == "article"]
    [photo] = [a for a in articles if a.kind == "photo"]
    assert (article.title, article.subtitle) == ("青松村到田里看秋收", None)
    assert article.body.startswith("假期里")
    assert (photo.body, photo.authors) == ("晒谷现场", ["张小明"])


def test_a_subtitle_without_a_credit_stays_a_subtitle():
    [article] = parse_page(page(
        "青松村到田里看秋收",
        "——白沙镇秋收见闻",
        "假期里城里人忙着出游,青松村的村民却忙着收稻谷,田间地头一派丰收景象。"))
    assert article.subtitle == "——白沙镇秋收见闻"
