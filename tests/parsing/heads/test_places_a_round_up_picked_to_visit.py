"""A round-up's introduction saying which places it picked to visit (`…各选了两个村庄,看看…`): the head right under it,
a place and a phrase joined by a colon (`柳湾:…`), heads the round-up's first part, not a new item's title, as a
series announced by its name does. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_place_head_under_the_places_picked_goes_on_with_the_round_up():
    [article] = parse_page(page(
        "山区乡村的新面貌",
        "入冬以来,各地加快补齐乡村公路和供水的短板,群众出行、用水更方便了。",
        "山里的村子变化如何?记者在东西两片山区各选取了两个村庄,看看他们的路和水。",
        "柳湾:盘山公路通到家门口",
        "青松村坐落在柳湾县的半山腰。过去村民下山赶集要走两个钟头,如今盘山公路修到了家门口,客车每天往返四趟。",
        "村主任张三说,路通了,山上的茶叶也好卖了,去年全村茶叶收入翻了一番。",
    ))
    assert article.title == "山区乡村的新面貌" and article.body.endswith("翻了一番。")
    assert "青松村坐落" in article.body
