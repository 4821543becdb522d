"""A byline line naming a paper, a hyphen, then its site and the role (`东海农民报-东海农业新闻网实习记者 周青`)
under the title credits the name after the role: the paper is no name and the line no subtitle. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青松乡:九月初九 老人同乐"
_TEXT = "10月3日上午,青松乡的志愿者们带着月饼和棉被走进敬老院,陪老人们下棋、聊天,院里笑声不断。"
_NEXT = "东岭村的老人们在村部吃上了长寿面,村里的厨师一早就开始和面,十几张桌子坐得满满当当。"


def test_a_paper_and_its_site_joined_by_a_hyphen_over_the_role():
    [article] = parse_page(page(_TITLE, "东海农民报-东海农业新闻网实习记者 周青", _TEXT, _NEXT))
    assert article.authors == ["周青"] and article.subtitle is None and article.body.startswith("10月3日上午")
