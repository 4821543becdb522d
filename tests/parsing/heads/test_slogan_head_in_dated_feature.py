"""A feature that opens with a dateline (`新华社…电`) may still be cut into sections under two-phrase
slogans set apart by a space (`安居为本 环境升级`); a slogan that names a new subject, or that the text
below restates, still starts the next article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_slogan_between_paragraphs_of_a_dated_feature_is_a_section_head():
    (feature,) = parse_page(page(
        "老旧小区改造的暖心故事",
        "新华社北京6月27日电 “日子越过越舒心。”说起小区的变化,白沙社区的居民林夕笑得合不拢嘴。",
        "小区改造关系到千家万户,各地按自家情况一步步推进。",
        "安居为本 环境升级",
        "新铺的柏油路、彩色的篮球场、整齐的电线,让建于上世纪的小区换了模样。",
    ))
    assert feature.sections == ["安居为本 环境升级"]
    assert feature.body.endswith("让建于上世纪的小区换了模样。")


def test_a_slogan_title_restated_by_the_dated_item_below_starts_it():
    first, second = parse_page(page(
        "老旧小区改造的暖心故事",
        "新华社北京6月27日电 “日子越过越舒心。”说起小区的变化,白沙社区的居民林夕笑得合不拢嘴。",
        "青松村 开展清洁周活动",
        "近日,青松村开展清洁周活动,村民们齐动手清理房前屋后的杂物。",
    ))
    assert first.sections == [] and second.title == "青松村 开展清洁周活动"
