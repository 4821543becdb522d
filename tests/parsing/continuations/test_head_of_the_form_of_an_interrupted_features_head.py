"""A feature's part heads built as pairs of spaced phrases of one pattern (`种树的手 写出文章`): interrupted at a
paragraph break, its rest opens under its next head of that pattern (`打铁的手 撑起工坊`) printed under the piece
between, and goes back to the feature, not on with the piece (which prints no such head). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("青松岭的新村民",
            "十多年前,三千多户山里人家搬到青松岭下,在荒坡上建起了新家园。",
            "种树的手 写出文章",
            "张大山年轻时只会种树,如今却在村里的文化站写起了散文。",
            "他说,日子好过了,心里的话就想写下来给大家看。")
_ITEM = ("白沙镇:荒滩上长出“绿色银行”",
         "5月3日,白沙镇的河滩上林木成行,鸟儿在枝头歌唱,不少游客前来观光。",
         "白沙镇过去风沙大,近年来镇里发动群众植树造林,河滩变成了林场。")
_REST = ("打铁的手 撑起工坊", "“过去打铁,手上全是老茧。”今年五十岁的李红梅笑着说,她如今开起了一家竹编工坊。")


def test_the_rest_under_a_head_of_the_features_pattern_goes_back():
    articles = parse_page(page(*_FEATURE, *_ITEM, *_REST))
    assert [a.title for a in articles] == [_FEATURE[0], _ITEM[0]]
    feature, item = articles
    assert feature.sections == ["种树的手 写出文章", "打铁的手 撑起工坊"]
    assert feature.body.endswith("竹编工坊。")
    assert item.sections == [] and item.body.endswith("变成了林场。")


def test_a_head_of_no_earlier_pattern_stays_with_the_piece_above():
    rest = ("林下养鸡 收入翻番", "镇里还在林下发展养鸡,一只鸡能卖到一百多元,村民收入翻了一番。")
    articles = parse_page(page(*_FEATURE, *_ITEM, *rest))
    item = next(a for a in articles if a.title == _ITEM[0])
    assert "林下养鸡 收入翻番" in item.sections
