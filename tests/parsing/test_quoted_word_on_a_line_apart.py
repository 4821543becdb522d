"""Where every line stands apart, a quoted word the wrap set on a line of its own (`“读报角”`, spaces on both
sides in the text) goes on the unfinished line above it, and the line below goes on it: it heads nothing.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_W = 24


def _lines(text: str) -> list[str]:
    return [text[k:k + _W] for k in range(0, len(text), _W)]


def test_a_quoted_word_alone_between_lines_of_a_paragraph_is_text():
    # (full lines)
    first = _lines("东海网讯 3月6日上午,在青松社区新时代文明实践站门口,"
                   "一群志愿者和社区里的居民骨干们早早就来了,大家")[:2]
    lines = [*first, "一起见证了社区里的新项目——居民议事", "“邻里读报角”",
             *_lines("的启动,这个小小的角落让居民们坐下来读报,也坐下来商量社区里的大事小情,大家都说这个办法好。"),
             *_lines("社区在每个读报角都放了几份报纸,还有一块小黑板,谁有事都可以写上去,下回读报时一起商量。"
                     "社区还打算在读报角旁边添几把长椅,再种上几盆花,让来读报的人坐得舒服些,待得久一些。")]
    [article] = parse_page(column_page([["青松社区有了读报角"], lines], apart=True))
    assert "“邻里读报角”的启动" in article.body and article.sections == []
