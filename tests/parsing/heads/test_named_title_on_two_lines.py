"""A short title naming its place before a colon printed on two lines (`白沙:《渔家号子》` over `获省里
金奖`), the line under it as short and no sentence, is one title, not a title and its subtitle. A
longer line under such a title still tells more: a subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "近日,白沙街道编排的渔歌小戏《渔家号子》在全省群众文艺汇演中获得金奖,演员都是街道的退休居民。"


def test_a_named_title_on_two_short_lines_is_one_title():
    (article,) = parse_page(page("白沙:《渔家号子》\n获省里“百花奖”金奖", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == (None, "白沙:《渔家号子》获省里“百花奖”金奖", None)


def test_a_named_title_over_a_longer_line_keeps_its_subtitle():
    (article,) = parse_page(page("白沙:《渔家号子》", "退休居民自编自演的渔歌小戏在全省汇演中拿了金奖", _TEXT))
    assert (article.title, article.subtitle) == ("白沙:《渔家号子》", "退休居民自编自演的渔歌小戏在全省汇演中拿了金奖")
