"""A narrow column breaks its lines at spaces too: a line shorter than the column, right over a line whose
first word would not have fitted after it (`…居民议事` over `“邻里读报角”` over `的启动,…`), goes on in that line;
so does a credit's bracket broken at the space before its second role (`…。(通讯员林小川` over `记者王大成)`).
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_WIDTH = 30
_HEAD = "青松社区有了读报角"
_OTHER = ("社区在每个读报角都放了几份报纸,还有一块小黑板,谁有事都可以写上去,下回读报时大家一起商量着办,"
          "不少老人说,每天来坐一坐,听听新闻,聊聊家常,心里敞亮多了,比一个人待在家里强得多。"
          "社区还打算在读报角旁边添几把长椅,再种上几盆花,让来读报的人坐得舒服些,待得久一些。")


def _lines(text: str) -> list[str]:
    return [text[k:k + _WIDTH] for k in range(0, len(text), _WIDTH)]


def test_a_quoted_word_the_wrap_set_on_its_own_line_stays_in_the_paragraph():
    first = "3月6日,青松社区新时代文明实践站门口挤满了人,一群志愿者们"  # (the column's width)
    short = "和居民骨干们一起见证了社区一个新项目——居民议事"  # (broken at the space before the quoted word)
    rest = _lines("的启动,这个小小的角落让居民们坐下来读报,也坐下来商量社区里的大事小情,大家都说这个办法好。")
    para = "\n".join([first, short, "“邻里读报角”", *rest])
    [article] = parse_page(page(_HEAD, para, "\n".join(_lines(_OTHER))))
    assert "居民议事“邻里读报角”的启动" in article.body and article.sections == []


def test_a_credit_broken_before_its_second_role_stays_whole():
    text = "\n".join(_lines(_OTHER)) + "\n\n社区主任说,读报角下月就能建好。(通讯员林小川\n记者王大成)"
    other = "\n".join(_lines("戏台是村里七十年前搭起的,这回修缮用了整整两个月,村民们都说修得好,今晚就要唱第一场戏了。"))
    articles = parse_page(page(_HEAD, text, "白沙村修好了老戏台", other))
    article = by_title(articles, _HEAD)
    assert article.authors == ["林小川", "王大成"] and article.body.endswith("下月就能建好。")
    assert by_title(articles, "白沙村修好了老戏台").body.startswith("戏台是村里")
