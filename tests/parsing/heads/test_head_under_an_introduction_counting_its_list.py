"""A head right under an introduction that names the things the feature goes through in a list and counts them
(`种好梨、茶、鱼三样产业`, `打出“梨、茶、鱼”三张牌`): it heads the first of them, a part of the same article, not a
new item's title; a list whose count does not match announces nothing. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青石县:因地制宜抓产业 农户腰包鼓起来"
_LEAD = "这几年,青石县因地制宜抓产业,让农户的钱袋子一年比一年鼓。"
_HEAD = "梨果搭上直播快车"
_UNDER = ("日前,记者来到柳河镇的梨果市场,刚到门口就听见吆喝声此起彼伏,市场里人挤人。",
          "“今晚八点开播,想买梨的朋友别错过。”主播孙小梅对着镜头说。")


def test_head_under_a_counted_list():
    listed = "如今,梨、茶、鱼三样产业撑起了全县农民增收的半边天,网店也开到了村口。"
    (article,) = parse_page(page(_TITLE, _LEAD, listed, _HEAD, *_UNDER))
    assert article.sections == [_HEAD]
    assert article.body.endswith("主播孙小梅对着镜头说。")


def test_head_under_a_quoted_counted_list():
    listed = "县里提出要打出“梨、茶、鱼”三张牌,带着农户一起干。"
    (article,) = parse_page(page(_TITLE, _LEAD, listed, _HEAD, *_UNDER))
    assert article.sections == [_HEAD]


def test_the_count_must_match_the_list():
    from app.parsing.heads.counted_lists import counts_its_list
    assert counts_its_list("打出“梨、茶、鱼”三张牌")
    assert not counts_its_list("打出“梨、茶、鱼”四张牌")
    assert not counts_its_list("村里种了梨、茶和鱼,收入不错。")
