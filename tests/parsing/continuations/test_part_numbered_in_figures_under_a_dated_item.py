"""A feature's part numbered in figures (`01` over its head) printed under a dated item (`本报讯…`) is the rest of
the feature printed further up, still open: a dated report is not in numbered parts. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, every_line_apart, page

_FEATURE = ("大岭村合作社带富乡亲",
            "柳湾县地处山区,山多地少,过去村集体经济薄弱。近年来,柳湾县推行村党支部领办合作社,全县已办起合作社一百余家。")
_ITEM = ("白沙镇小麦集中收割",
         "本报讯(记者 王五) 6月10日,白沙镇东坡村合作社的八百亩小麦集中收割,两百余户群众受益。",
         "当日上午,四台收割机开进麦地,合作社负责人李四说,小麦有望当天收完。")
_REST = ("01 建强支部", "“乡亲们,入股合作社的,今天上午来领分红!”在青石村合作社分红会上,村党支部书记赵六用大喇叭喊着。",
         "赵六说,几年前青石村还是有名的穷村,合作社办起来以后,村里的日子一年比一年好。")


def test_a_part_numbered_in_figures_under_a_dated_item_goes_on_with_the_feature():
    articles = parse_page(page(*_FEATURE, *_ITEM, *_REST))
    assert "01 建强支部" not in [a.title for a in articles]
    feature = by_title(articles, _FEATURE[0])
    assert feature.sections == ["01 建强支部"] and feature.body.endswith("一年比一年好。")
    assert by_title(articles, _ITEM[0]).body.endswith("当天收完。")


def test_every_line_apart_the_number_alone_over_its_head():
    articles = parse_page(every_line_apart(*_FEATURE, *_ITEM, "01", *_REST[0].split()[1:], *_REST[1:]))
    assert "建强支部" not in [a.title for a in articles]
    feature = by_title(articles, _FEATURE[0])
    assert feature.sections == ["01 建强支部"] and feature.body.endswith("一年比一年好。")
