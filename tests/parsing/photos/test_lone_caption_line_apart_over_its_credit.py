"""With every line printed apart (a blank line after each), one short line with no stop alone over a photo's credit
a line below it (`志愿者出发` / `摄影:张三`, `… / 张三 摄`) is the picture's caption, not a title over no caption:
apart, the two are printed alike, and a picture is captioned far more often than titled alone. Every snippet is
invented."""

import pytest

from app.parsing import parse_page

_PARAGRAPHS = ("柳湾村的志愿服务队今天一早就出发了,二十多名队员分成四组,走进山里的十几户独居老人家中,帮着劈柴、"
               "挑水、打扫院子,还给老人们量了血压,临走时又把过冬的棉被一床床送到老人手里。",
               "队长周大山说,山里的老人大多七八十岁了,子女在外打工,最盼的就是有人上门说说话,"
               "队里每个月至少进山两次,今年已经走了二十多趟。",
               "村里还给每户独居老人装了一部一键呼叫的电话,老人有事按一下,离得最近的队员十分钟内就能赶到,"
               "队员们说,山路再远,也要把老人的事放在心上。",
               "天黑前,队员们沿着石板路下山,背篓里装着老人们硬塞给他们的核桃和柿饼,一路上说说笑笑,"
               "约好下个月再来帮老人们修一修漏雨的屋顶。")
# (each paragraph wrapped at the column's width, a blank line after every line)
_TEXT = [p[i:i + 37] for p in _PARAGRAPHS for i in range(0, len(p), 37)]


def _apart(lines: list[str]) -> str:
    """Every line followed by a blank line (two opening the page)."""
    return "\n\n" + "".join(line + "\n\n" for line in lines)


@pytest.mark.parametrize("credit", ["摄影:周小禾", "周小禾 摄"])
def test_lone_line_over_the_credit_is_the_caption(credit):
    text = _apart(["山里来了志愿服务队", *_TEXT, "", "志愿服务队出发进山", credit])
    article, photo = parse_page(text)
    assert article.title == "山里来了志愿服务队"
    assert photo.kind == "photo"
    assert photo.title is None
    assert photo.body == "志愿服务队出发进山"
    assert photo.authors == ["周小禾"]
