"""A headline between paragraphs of a running feature, right over a caption and its supplied credit
(`青松县农业农村局供图`, on the next line or after one blank line as narrow columns print it), titles the
item after the photo, as one over `张三 摄` does: no section head of the feature. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FEATURE = ("東嶺村的墻繪會說話", "6月6日下午,東嶺村的觀景臺上,村黨支部書記正向村民講解新繪的文化墻。",
            "一墻一文化,一墻一風景。春耕、秋收、石磨米漿,都被畫上了村里的老墻。")
_TITLE = "记者团走进青松县乡村 探访村里的新变化"
_CAPTION, _CREDIT = "启动仪式现场。", "青松县农业农村局供图"
_LEAD = "青松新闻网12月4日电 (林小川)由青松县农业农村局主办的乡村采访活动3日启动,二十多名记者将走进五个村。"
_MORE = "近年来,青松县每年新建改造高标准农田五万亩,粮食产量连续四年保持稳定,今年有望再获丰收。"


def _cut(credit_gap: str) -> list:
    text = (page(*_FEATURE) + "\n" + _TITLE + "\n\n" + _CAPTION + "\n" + credit_gap + _CREDIT
            + "\n\n" + _LEAD + "\n\n" + _MORE + "\n")
    return parse_page(text)


def test_a_head_over_a_caption_and_its_supplied_credit_titles_the_item():
    for gap in ("", "\n"):
        articles = _cut(gap)
        feature = next(a for a in articles if a.title == _FEATURE[0])
        assert feature.sections == [] and feature.body.endswith("老墻。")
        item = next(a for a in articles if a.title == _TITLE)
        assert item.authors == ["林小川"] and item.body.startswith("由青松县农业农村局主办")
        assert any(a.kind == "photo" and a.body.startswith("启动仪式现场") for a in articles)
