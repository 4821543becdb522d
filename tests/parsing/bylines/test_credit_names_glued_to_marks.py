"""Names in a credit glued to what is not a name: a role glued to the first half of a two-character name printed
spaced out (`特约摄影林 夕摄`), the work mark `文/图` glued to the last writer (`记者宋雨 白桦文/图`), and the place a
report was filed from glued to `报道` after its writers (`…记者 宋雨 白桦 日照报道`), which names no one when it does
not open with a surname. Every snippet is invented but the city's name."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_CAPTION = "10月8日,白沙镇青松村果农在坡地上摘苹果装筐,今年全村苹果喜获丰收。"
_TEXT = "近日,柳湾县白沙镇组织干部群众清理沟渠,拆除违章搭建,村容村貌焕然一新。"


def test_a_role_glued_to_a_name_spaced_out():
    (photo,) = parse_page(page("青松村苹果丰收", _CAPTION + "\n特约摄影林 夕摄"))
    assert photo.kind == "photo" and photo.authors == ["林夕"]


def test_the_work_mark_glued_to_the_last_name():
    articles = parse_page(page("白沙镇开展清洁行动", _TEXT, "", "", _CAPTION + "\n记者宋雨 白桦文/图"))
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.authors == ["宋雨", "白桦"] and "摘苹果" not in by_title(articles, "白沙镇开展清洁行动").body


def test_the_place_reported_from_after_the_writers_is_no_one():
    articles = parse_page(page("白沙镇开展清洁行动", "柳湾新闻网·某某新闻记者 宋雨 白桦 日照报道", _TEXT))
    article = by_title(articles, "白沙镇开展清洁行动")
    assert article.authors == ["宋雨", "白桦"] and article.body.startswith("近日,柳湾县")


def test_a_writer_glued_to_the_report_word_is_still_a_writer():
    articles = parse_page(page("白沙镇开展清洁行动", "记者 宋雨 白桦报道", _TEXT))
    assert by_title(articles, "白沙镇开展清洁行动").authors == ["宋雨", "白桦"]
