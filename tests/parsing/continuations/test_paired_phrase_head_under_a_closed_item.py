"""A head of two paired phrases (`站点建到家门口` / `服务送进百姓家`) under an item closed by its credit, over text
naming a place the feature further up named and the closed item never did, opens that feature's rest: a feature's
part heads are built so, and the closed item has ended. Over text about the closed item's own places it titles a
new item. Where every line stands apart, the head's two lines are read as one for it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_FEATURE = ("柳湾县:文明新风 吹进乡村",
            "初夏的柳湾县,田里的秧苗刚插下去,县里的文明实践中心就把讲座搬到了村头的大树下。",
            "这两年,柳湾县在各个乡镇建起了文明实践站,请村里的老党员、退休教师轮流来讲课。")
_ITEM = ("大岭县:红白喜事不再攀比",
         "今年开春以来,大岭县双溪乡把婚丧事的操办标准写进了村规民约,每桌菜不超过十个。",
         "双溪村的某某嫁女儿没收彩礼,村里专门给他家送去了一块写着“新风户”的牌子。(王小明、李大华)")
_HEAD = "站点建到家门口\n服务送进百姓家"
_REST = "前几天,笔者来到柳湾县某某镇的一个文明实践站,几位老人正围着桌子学用手机挂号。"


def test_a_paired_phrase_head_under_a_closed_item_opens_the_features_rest():
    feature, item = parse_page(page(*_FEATURE, *_ITEM, _HEAD, _REST))
    assert feature.title == "柳湾县:文明新风 吹进乡村" and feature.body.endswith("学用手机挂号。")
    assert item.authors == ["王小明", "李大华"] and "笔者来到" not in item.body


def test_over_text_about_the_closed_items_places_it_titles_a_new_item():
    news = "前几天,大岭县双溪乡某某村的文明实践站请来了县医院的医生,给村民们量血压、讲用药。"
    titles = [a.title for a in parse_page(page(*_FEATURE, *_ITEM, _HEAD, news))]
    assert len(titles) == 3 and titles[2].startswith("站点建到家门口")


def test_every_line_apart_the_heads_two_lines_open_the_features_rest():
    feature, item = parse_page(every_line_apart(*_FEATURE, *_ITEM, "站点建到家门口", "服务送进百姓家", _REST))
    assert feature.body.endswith("学用手机挂号。") and "笔者来到" not in item.body
