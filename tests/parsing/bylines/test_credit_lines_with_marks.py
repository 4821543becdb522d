"""Credit lines after the text set off by a mark (`◆文+/记者 张三 通讯员 李四` over `◆图/通讯员提供`)
close the article: the first names its writers (`文+/`: the text and the rest), the second, a picture
supplied by a correspondent, names nobody and is no headline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "5月25日一早,青松镇中心小学的孩子们冒雨返校,老师们在校门口迎接,还为每人准备了小礼物。"


def test_marked_credit_lines_name_the_writers_and_close_the_article():
    articles = parse_page(page("开学了!孩子们收到小礼物", _TEXT, "◆文+/记者 林小川 通讯员 周 夏\n◆图/通讯员提供",
                               "白沙村修好了便民桥", "日前,白沙村的便民桥修缮完工,村民出行更方便了。"))
    assert [a.title for a in articles] == ["开学了!孩子们收到小礼物", "白沙村修好了便民桥"]
    assert articles[0].authors == ["林小川", "周夏"]
    assert all(a.kind == "article" for a in articles)
