"""An untitled photo whose caption is two paragraphs, set apart by three blank lines under an item its credit finished
(`……。(白桦)` / the caption / `张三 摄`): the two paragraphs are one caption of a photo of its own, not the
closed item's text nor another article's. Every snippet is invented."""

from app.parsing import parse_page


def _page() -> str:
    return "\n\n" + "\n\n".join([
        "小记者走进青松村",
        "近日,白沙镇青松村迎来二十名小记者。他们参观了村史馆,品尝了农家菜,还采访了村里的老党员。(白桦)",
    ]) + "\n\n\n\n" + "\n\n".join([
        "4月13日,记者在柳湾县青石镇的半山腰,遇见一支为山上人家运送物品的骡马队。",
        "赶骡的姑娘说,这支骡马队在这里跑了好几年,上下山时还把路上的粪便捡起来埋掉。\n宋雨 摄",
    ]) + "\n"


def test_the_caption_block_is_one_untitled_photo():
    item, photo = parse_page(_page())
    assert item.title == "小记者走进青松村" and "骡马" not in item.body
    assert photo.kind == "photo" and photo.title is None and photo.authors == ["宋雨"]
    assert photo.body.startswith("4月13日,记者在柳湾县") and photo.body.endswith("捡起来埋掉。")
