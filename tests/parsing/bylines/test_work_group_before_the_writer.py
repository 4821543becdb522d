"""An end line in brackets naming the work group that went to the village, then its writer (`(县农业局第二驻村调研组
林小河 )`, spaces as printed), closes the article and names the writer alone. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "三月的一个雨天,调研组走进柳湾县白沙镇青松村,挨家挨户听村民说说村道、路灯和看病的事,一一记在本子上。"


def test_a_work_groups_name_before_the_writer_in_the_end_line():
    [article] = parse_page(page("雨天里走访青松村", _TEXT, "(县农业局第二驻村调研组  林小河 )"))
    assert article.authors == ["林小河"] and article.body.endswith("记在本子上。")
