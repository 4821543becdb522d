"""A department's name of three characters alone over a longer line (`文学院`, `商学院`) is that line's
kicker, as a body's longer name is (`某某街道`): a title says what happened, a name alone does not.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = "3月9日上午,青川大学商学院的二十名志愿者走进东湖社区,陪独居老人聊天、打扫房间。"


def test_a_department_name_over_a_title_is_its_kicker():
    articles = parse_page(page("西岸村的新书屋开门了",
                               "本报讯 西岸村的书屋昨天开门,村民们一早就来借书,三千多册书都是在外乡贤捐的。",
                               "书屋每天开到晚上九点,周末还有故事会。", "商学院", "青年志愿者第一次“敬老结对”活动举行",
                               _TEXT))
    article = by_title(articles, "青年志愿者第一次“敬老结对”活动举行")
    assert article.kicker == "商学院" and article.body.startswith("3月9日上午")
