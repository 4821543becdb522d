"""A section head printed on two lines whose first line ends in a comma may quote a phrase
(`从老街旧屋的“烟火气息”,` over `到新社区的 “好日子”`): the quotation marks are not counted when the first
line's shortness is judged, so the two lines stay one head of the feature. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import every_line_apart, page


WIDE = page(
    "柳巷老街坊的新日子",
    "清晨,柳巷的老街坊们醒在新楼里,推窗就能望见河对岸的古塔,吃过早饭再去菜场转一转。",
    "这样不紧不慢的日子,是住在柳巷的老居民们最寻常的光景。",
    "从老街旧屋的“烟火气息”,\n到新社区的 “好日子”",
    "家住青松花园的陈阿伯是个老柳巷人,祖辈住过的老屋留下了他大半辈子的回忆。",
    "“以前街上的人家喝河水,后来装了公用水龙头,再后来家家都通了自来水。”陈阿伯说。",
)
EVERY_LINE_APART = every_line_apart(
    "柳巷老街坊的新日子",
    "清晨,柳巷的老街坊们醒在新楼里,推窗就能望见河对岸的古塔,吃过早饭再去菜场转一转,回家做一桌饭菜。",
    "这样不紧不慢的日子,是住在柳巷的老居民们最寻常的光景,也是他们口中说不完的家常话。",
    "从老街旧屋的“烟火气息”,", "到新社区的 “好日子”",
    "家住青松花园的陈阿伯是个老柳巷人,祖辈住过的老屋留下了他大半辈子的回忆,街坊都叫他活地图。",
    "“以前街上的人家喝河水,后来装了公用水龙头,再后来家家都通了自来水。”陈阿伯笑着说起了往事。",
)


@pytest.mark.parametrize(("text", "last_words"), [(WIDE, "陈阿伯说。"), (EVERY_LINE_APART, "陈阿伯笑着说起了往事。")],
                         ids=["wide", "every line apart"])
def test_a_two_line_head_whose_first_line_quotes_a_phrase_is_one_section(text: str, last_words: str) -> None:
    [article] = parse_page(text)
    assert article.title == "柳巷老街坊的新日子"
    assert len(article.sections) == 1 and article.sections[0].startswith("从老街旧屋的“烟火气息”,")
    assert article.body.endswith(last_words)
