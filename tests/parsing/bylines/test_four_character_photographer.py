"""`某某某某 摄` printed right under a caption that opens `图为…` credits a photographer with a
four-character name (a two-character surname, a transliterated name printed without its middle dot),
which a credit line alone would take for an outlet's name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_four_character_name_under_a_caption_is_the_photographer():
    articles = parse_page(page(
        "白沙镇开展清洁行动",
        "近日,白沙镇组织干部群众清理沟渠,村容村貌焕然一新,群众纷纷点赞。",
        "",
        "",
        "图为9月3日,青松村果农在翻晒玉米。\n扎西顿珠 摄",
    ))
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.authors == ["扎西顿珠"] and photo.body == "图为9月3日,青松村果农在翻晒玉米。"
    assert "翻晒玉米" not in by_title(articles, "白沙镇开展清洁行动").body
