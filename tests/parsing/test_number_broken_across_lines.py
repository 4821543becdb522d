"""Where every line stands apart, a number the column broke (`…以及青松2` over `1栋的居民代表、党`) keeps the
short line under it in the sentence above: no headline opens with the rest of a number. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_W = 24


def _lines(text: str) -> list[str]:
    return [text[k:k + _W] for k in range(0, len(text), _W)]


def test_the_rest_of_a_broken_number_is_no_headline():
    lead = _lines("东海网讯 近日,白沙镇青松社区召开了一场议事会,市人大代表、社区书记、各个片区的片长,以及青松")[:2]
    lead[1] = lead[1][:_W - 1] + "2"  # (two lines as wide as the column, a number broken at the end)
    rest = "3栋居民代表、党员代表共聚一堂,把楼道里的几件难事摆到桌面上来一起商量解决办法。"
    other = ("会上,居民代表们提出了公共水管锈蚀、大树遮挡阳光、下水道堵塞等问题,社区当场记下,"
             "答应一周之内拿出办法,还约好下个月再开一次会,看看办得怎么样。")
    lines = [*lead, "1栋居民代表、党", *_lines(rest[8:]), *_lines(other)]
    articles = parse_page(column_page([["青松社区议事会"], lines], apart=True))
    assert [a.title for a in articles] == ["青松社区议事会"]
