"""`……。(据某某晚报)` ending a text says where it was taken from: the article is finished, so the short
spaced line after it titles the next article instead of heading a section of this one, and no credit of
the next article is this one's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FIRST = "7月3日,青禾镇枫林村的农家书屋里坐满了放暑假的孩子,大家安安静静地翻着新到的绘本和科普书。"
_LAST = "据了解,青禾镇今年已建成五个农家书屋,每个书屋都有志愿者轮流值守,方便孩子们借书还书。(据青禾晚报)"
_NEXT = "入夏以来,柳岸市图书馆每天迎来上千名读者,自习区和少儿阅读区几乎座无虚席,馆里延长了开放时间。"


def test_a_bracketed_source_ends_the_article_and_the_next_title_heads_its_own():
    articles = parse_page(page("青禾镇农家书屋成了孩子们的乐园", _FIRST, _LAST,
                               "暑期阅读热 书香满馆来", "长三角资讯 " + _NEXT + "(图文/柳岸市图书馆 苏晴)"))
    assert [a.title for a in articles] == ["青禾镇农家书屋成了孩子们的乐园", "暑期阅读热 书香满馆来"]
    assert by_title(articles, "青禾镇农家书屋成了孩子们的乐园").authors == []
    assert by_title(articles, "暑期阅读热 书香满馆来").authors == ["苏晴"]


def test_a_paragraph_merely_quoting_a_source_does_not_end_the_article():
    middle = "村民们说,书屋让孩子们的假期过得充实(据村里统计,日均来访四十多人),家长们也放心。"
    articles = parse_page(page("青禾镇农家书屋成了孩子们的乐园", _FIRST, middle, "书香满屋 童心飞扬", _LAST))
    assert [a.title for a in articles] == ["青禾镇农家书屋成了孩子们的乐园"]
