"""Role words some papers print before names: `文字报道:` on a line after the text (its writers) and a
reader-photographer's `拍友` in a photo credit are roles, not names. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = "近日,白沙镇组织干部群众清理沟渠,村容村貌焕然一新,群众纷纷点赞,都说环境好了心情也舒畅了。"
_NEXT = "近日,青松村举办农技培训,请来专家讲解果树修剪,村民们听得认真,记得仔细,收获满满。"


def test_a_text_report_line_after_the_text_names_its_writers():
    articles = parse_page(page("白沙镇开展清洁行动", _TEXT, _TEXT, "文字报道:林夕 王川", "青松村举办农技培训", _NEXT))
    assert by_title(articles, "白沙镇开展清洁行动").authors == ["林夕", "王川"]
    assert by_title(articles, "青松村举办农技培训").authors == []


def test_a_reader_photographer_is_credited_by_name():
    articles = parse_page(page("柳湾镇的流动书屋",
                               "7月3日,柳湾镇枫林村的樟树下,三轮车上的流动书屋成了孩子们的阅读小天地。",
                               "拍友 林夕 摄"))
    assert (articles[0].kind, articles[0].authors) == ("photo", ["林夕"])
