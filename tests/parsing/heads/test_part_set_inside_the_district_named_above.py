"""A feature about a county or district goes from village to village inside it: under a feature that named the
district (`…仅青山区就有…`), a head over text dated and set in a village of that district (`7月8日,位于青山区山里的
某某镇某某村…`) heads the feature's next part, though the feature never named that village; under an article about
another place the same head and text still open an item of their own. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.areas import inside_a_district_named
from tests.helpers import page

_FEATURE = ("周末一到,山里的老院子就住满了城里来的客人,石板路上、葡萄架下,到处是拍照的游人。",
            "这几年,郊区乡村游从吃农家饭变成了住特色小院。仅青山区,就有二十多家精品小院开门迎客,带动几百户村民增收。")
_OTHER = ("东湖街道今年给辖区十二个老旧小区装上了充电桩,居民再也不用从楼上往下拉电线了。",
          "街道还请来志愿者,教老人们用手机扫码充电。")
_HEAD = "小院经济 留住乡愁"
_PART = ("7月8日,位于青山区山里的石门镇杏花村“山居”小院开张,十间客房当晚就订满了。",
         "小院的主人说,来住的多是一家老小,白天摘杏,晚上在院里看星星。")


def test_district_named_in_both():
    assert inside_a_district_named("位于青山区山里的石门镇杏花村", "仅青山区,就有二十多家")
    assert not inside_a_district_named("位于青山区山里的石门镇杏花村", "东湖街道今年给辖区")


def test_part_set_inside_the_district_named_above_goes_on():
    (article,) = parse_page(page("山里小院迎来城里客", *_FEATURE, _HEAD, *_PART))
    assert article.sections == [_HEAD]
    assert article.body.endswith("晚上在院里看星星。")


def test_same_part_under_an_article_about_elsewhere_opens_an_item():
    first, second = parse_page(page("老小区装上充电桩", *_OTHER, _HEAD, *_PART))
    assert first.body.endswith("教老人们用手机扫码充电。")
    assert second.title == _HEAD
