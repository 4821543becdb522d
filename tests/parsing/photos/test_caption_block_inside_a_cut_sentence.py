"""An untitled photo whose caption is two paragraphs, set apart by three blank lines, printed inside a sentence a column
cut (`…该村所` / the caption / `在的…产区,…`): the caption's first paragraph does not end the cut sentence; the two
paragraphs are one caption, and the article's rest under the photo finishes the sentence. Every snippet is invented."""

from app.parsing import parse_page


def _page() -> str:
    return "\n\n" + "\n\n".join([
        "青松村小米卖出好价钱",
        "9月3日,记者走进柳湾县白沙镇青松村的小米合作社,村党支部书记正忙着调试新买的加工设备。",
        "青松村全村种植谷子三百亩,小米品质好,在周边很有名气。该村所",
    ]) + "\n\n\n\n" + "\n\n".join([
        "8月12日,在青石镇营前村,一名农民画爱好者在河边创作采菱主题作品。",
        "近期,营前村的菱角进入收获期。当地水网密布,菱角是村民增收的特色农产品。\n通讯员 宋雨 摄",
        "在的白沙镇一带土质疏松,光照充足,种出的谷子颗粒饱满。",
        "合作社成立以后,统一品种、统一收购、统一销售,带动社员增收。",
    ]) + "\n"


def test_the_caption_block_is_one_photo_and_the_cut_sentence_goes_on_below_it():
    article, photo = parse_page(_page())
    assert article.title == "青松村小米卖出好价钱" and "该村所在的白沙镇一带" in article.body
    assert "菱" not in article.body and article.body.endswith("带动社员增收。")
    assert photo.kind == "photo" and photo.authors == ["宋雨"]
    assert photo.body.startswith("8月12日,在青石镇") and photo.body.endswith("特色农产品。")
