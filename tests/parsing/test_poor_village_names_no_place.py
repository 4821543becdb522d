"""A village's kind (`省级贫困村`, `贫困县`) is a category, as `示范村` and `文明村` are, and names no place: a part's
head calling its village so (`缘起` / `山多地少的贫困村`) between the paragraphs of a running feature names no new
place, and heads the feature's part. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_OPENING = ("2020年,山川省的茶叶产量又创新高。",
            "这说明,山川省的茶产业已排进全国前列。可也得承认,全省还有上万个村子家底薄、起步迟。",
            "这回,我们就去山川省的一个村子走走,听听村里人的烦心事。")
_PART = ("青石乡柳沟村多年来是省里挂号的贫困村,日子一直紧巴。", "村主任讲,村里地块零碎,每人摊不到一亩,收成全看老天。")


def test_head_calling_its_village_poor_heads_a_part():
    (feature,) = parse_page(page("柳沟村的烦心事", *_OPENING, "缘起\n山多地少的贫困村", *_PART))
    assert feature.sections == ["缘起 山多地少的贫困村"]
    assert feature.body.endswith("收成全看老天。")


def test_head_calling_its_village_poor_with_every_line_apart():
    (feature,) = parse_page(every_line_apart("柳沟村的烦心事", *_OPENING, "缘起", "山多地少的贫困村", *_PART))
    assert feature.sections == ["缘起 山多地少的贫困村"]
    assert feature.body.endswith("收成全看老天。")


def test_one_line_head_naming_a_poor_county():
    (feature,) = parse_page(page("柳沟村的烦心事", *_OPENING, "一个贫困县的出路", *_PART))
    assert feature.sections == ["一个贫困县的出路"]
