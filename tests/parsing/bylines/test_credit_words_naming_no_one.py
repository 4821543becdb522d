"""Words in a credit that name no one: `记述` after a reporter's name says the reporter wrote it down (`(某某客户端
记者 张三 记述)`), as `报道` does; `受访者` in `图/受访者提供` says the person interviewed gave the pictures, and is
no name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("“今年雨水来得早,得赶在下雨前把麦子收完。”营前村党支部书记王青说。这几天,村里的党员分成三个组,"
         "帮家里缺劳力的老人收麦、装袋、运回家,一直忙到天黑才收工。")


def test_a_name_before_written_down_is_the_author_alone():
    [article] = parse_page(page("营前村党员帮群众抢收小麦", _TEXT, "(白沙日报客户端记者 林小禾 记述)"))
    assert article.authors == ["林小禾"]


def test_the_person_interviewed_is_no_author():
    [article] = parse_page(page("大学生下乡走访百户人家", "文/白沙晚报记者 林小禾  图/受访者提供", _TEXT))
    assert article.authors == ["林小禾"]
