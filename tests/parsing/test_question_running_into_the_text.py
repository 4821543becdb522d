"""A line that asks (or exclaims) and then opens a clause it leaves unfinished (`你吃过“百家饭”吗?在青松社区…`)
is the text's first sentences the column broke, not a subtitle; a title that asks and then names what
happened stays a title. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import runs_on_past_a_question
from tests.helpers import page


def test_a_question_running_into_a_clause_opens_the_text():
    [article] = parse_page(page("青松社区“百家饭” 拉近邻里情", "你吃过“百家饭”吗?在青松社区老年活动中",
                                "心一楼,有一间特别的厨房,老人们自己买菜,自己做饭。",
                                "大家围坐在一起吃饭聊天,就像一家人。"))
    assert article.subtitle is None and article.body.startswith("你吃过“百家饭”吗?在青松社区老年活动中心一楼")


def test_what_runs_on_past_a_question():
    assert runs_on_past_a_question("你吃过“百家饭”吗?在青松社区老年活动中")
    assert not runs_on_past_a_question("多方合作关爱老人!社区开展爱心活动")
