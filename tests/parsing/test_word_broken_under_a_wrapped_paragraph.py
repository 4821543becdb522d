"""Every line apart, a paragraph the page broke into two blocks inside a word (`…青松村便民服务平` / `台和老年食堂…`),
right under the short last line of a paragraph wrapped at the column's width (`…县委宣传部部` / `长宋雨出席。`): that
last line is no one-sentence subtitle, and the line under the break, as wide as the column, is text whatever its shape;
the piece before the break is text, as the word it cut (`服务平台和`, printed whole below) shows. Every snippet is
invented."""

from app.parsing import parse_page

LINES = [  # every line apart, the full ones as wide as the column (26 letters)
    "柳湾县召开便民服务现场会",
    "9月11日,柳湾县便民服务现场会在白沙镇召开。来自全",
    "县各乡镇的负责人六十余人参加了此次会议。县委宣传部部",
    "长林川出席。",
    "与会人员首先观摩了白沙镇青松村便民服务平",
    "台和老年食堂的运行情况以及镇综合文化站的建设情况,随",
    "后召开座谈会,各乡镇负责人交流了经验做法和下步打算。",
    "据介绍,白沙镇去年建成村级便民服务平台和老年食堂各十",
    "二处,群众办事不出村,老人吃饭也不出村。",
]


def _page() -> str:
    return "\n\n" + "\n\n".join(LINES) + "\n"


def test_the_piece_before_the_break_is_text():
    [article] = parse_page(_page())
    assert article.title == "柳湾县召开便民服务现场会"
    assert "青松村便民服务平台和老年食堂" in article.body
