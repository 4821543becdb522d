"""A team's byline under a headline: the outlet's role word, five names or more each spaced, and the place the team
filed from (`某某网记者 张三 李四 王五 赵六 钱七 某地报道`) names them all however long the line; a line whose words
after the role are not all names stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "十一月,我们走进青溪县的五个山村,看村民怎样把山货卖到城里。"


def test_seven_names_and_the_place_filed_from():
    text = page("山村里的新买卖", "青溪网记者 韩立明 方小禾 柯永 邓晓光 周一鸣  欧阳青 梁子 青溪报道", _BODY)
    (article,) = parse_page(text)
    assert article.authors == ["韩立明", "方小禾", "柯永", "邓晓光", "周一鸣", "欧阳青", "梁子"]
    assert article.body == _BODY


def test_five_names_and_the_place_filed_from():
    text = page("山村里的新买卖", "青溪网记者 韩立明 方小禾 柯永 邓晓光 周一鸣 青溪报道", _BODY)
    (article,) = parse_page(text)
    assert article.authors == ["韩立明", "方小禾", "柯永", "邓晓光", "周一鸣"]
