"""A local news item ends by saying what comes next (`下一步,某某镇将…`): text printed after that
paragraph, with no headline of its own, is the rest of an earlier article the item interrupted,
even when both are about the same thing. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page


def _page(closing: str) -> str:
    return page(
        "青松村开展清洁周活动",
        "本报讯 连日来,青松村搞起“农村清洁周”,家家户户扫院子,村里的路也干净了。",
        "",
        "白沙镇:清洁行动擦亮乡村底色",
        "为了让村里更清爽,白沙镇在红旗村办了一次村庄清洁志愿行动。",
        "当天,志愿者们分成几组,拔掉路边的野草,捡走沟里的塑料瓶。",
        closing,
        "此次活动,该村讲究“户户动手、人人参与”,党员和志愿者带头扫院子。",
        "据了解,全村36个小院家家都动了手,共清理垃圾12吨。",
    )


@pytest.mark.parametrize("closing", [
    "这次干部和村民一起干活。下一步,白沙镇将把清洁行动办到每个村。",  # what comes next
    "通过此次清洁行动,进一步增强了村民爱护环境的意识,营造了干净整洁的乡村环境。",  # summing up what it did
])
def test_text_after_a_closing_paragraph_goes_back_to_the_interrupted_article(closing: str) -> None:
    village, town = parse_page(_page(closing))
    assert town.body.endswith(closing.rsplit("。", 2)[-2] + "。")
    assert village.body.endswith("共清理垃圾12吨。") and "户户动手" in village.body


@pytest.mark.parametrize("paragraph", [
    "这次干部和村民一起干活,村民们纷纷点赞。",  # no closing words at all
    "村民们说,通过此次清洁行动,大家都更爱护环境了,还想再办几次。",  # a summing-up clause inside a paragraph
])
def test_without_a_closing_paragraph_the_text_stays_where_it_was_printed(paragraph: str) -> None:
    village, town = parse_page(_page(paragraph))
    assert village.body.endswith("村里的路也干净了。")
    assert town.body.endswith("共清理垃圾12吨。")
