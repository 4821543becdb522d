"""Two-character names are often printed with a space inside each (`林 川 周 夏`), to take the width of
a three-character one: such a line right under a title, over the text, is the byline, and one right
under a byline (`■融媒体记者 王小海 林 川` / `周 夏 叶 青`) is the rest of it. Every snippet is invented."""

from app.parsing import parse_page

_UNDER_TITLE = """

青松镇察看美丽乡村建设

林 川 周 夏

6月3日上午,县委副书记带队来青松镇察看美丽乡村建设情况,实地走访白沙村荷塘、竹编工坊等地。

白沙村创建特色田园乡村以来,整治河塘、修缮老宅,荷韵田园的风貌已初步显现。
"""

_TWO_LINES = """

柳岸新村的“三字经”

■融媒体记者 王小海 林 川
周 夏 叶 青

“柳岸”,得名于河岸两旁的垂柳。这里原是一片低洼地,一年一小淹,三年一大淹,村民们不得不投亲靠友。

如今,新型农村社区拔地而起,粉墙黛瓦掩映在垂柳之间,成了远近闻名的宜居样板。
"""


def test_spaced_names_under_a_title_are_its_byline():
    [article] = parse_page(_UNDER_TITLE)
    assert article.title == "青松镇察看美丽乡村建设"
    assert article.subtitle is None
    assert article.authors == ["林川", "周夏"]
    assert article.body.startswith("6月3日上午")


def test_spaced_names_under_a_byline_are_more_of_it():
    [article] = parse_page(_TWO_LINES)
    assert article.kind == "article"
    assert article.title == "柳岸新村的“三字经”"
    assert article.authors == ["王小海", "林川", "周夏", "叶青"]
    assert article.body.startswith("“柳岸”,得名于")
