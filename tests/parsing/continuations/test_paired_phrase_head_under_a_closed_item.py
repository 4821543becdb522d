"""A head of two paired phrases (`阵地建设全域化` / `文明实践有根基`) under an item closed by its credit, over text
naming a place the feature further up named and the closed item never did, opens that feature's rest: a feature's
part heads are built so, and the closed item has ended. Over text about the closed item's own places it titles a
new item. Where every line stands apart, the head's two lines are read as one for it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_FEATURE = ("柳湾县:好人风景 这边独好",
            "五月的柳湾县,万物并秀。在柳湾县新时代文明实践中心,一场好人故事分享会正在举行,台下掌声不断。",
            "近年来,柳湾县以阵地建设为基础、以品牌活动为抓手,推动文明实践遍地开花,涌现出各类典型40余个。")
_ITEM = ("大岭县:移风易俗树新风",
         "今年以来,大岭县双溪乡依托新时代文明实践所,打造文明实践品牌,推动文明新风在乡村落地生根。",
         "在双溪村文化广场,宣讲员以“故事会+议事会”形式引导村民化解邻里纠纷。(王小明、李大华)")
_HEAD = "阵地建设全域化\n文明实践有根基"


def test_a_paired_phrase_head_under_a_closed_item_opens_the_features_rest():
    rest = "近日,笔者走进柳湾县某某镇某某社区新时代文明实践站,居民在超市里使用文明积分兑换生活用品。"
    feature, item = parse_page(page(*_FEATURE, *_ITEM, _HEAD, rest))
    assert feature.title == "柳湾县:好人风景 这边独好" and feature.body.endswith("兑换生活用品。")
    assert item.authors == ["王小明", "李大华"] and "笔者走进" not in item.body


def test_over_text_about_the_closed_items_places_it_titles_a_new_item():
    news = "近日,大岭县双溪乡某某村新时代文明实践站开展志愿服务活动,居民在超市里使用文明积分兑换生活用品。"
    titles = [a.title for a in parse_page(page(*_FEATURE, *_ITEM, _HEAD, news))]
    assert len(titles) == 3 and titles[2].startswith("阵地建设全域化")


def test_every_line_apart_the_heads_two_lines_open_the_features_rest():
    rest = "近日,笔者走进柳湾县某某镇某某社区新时代文明实践站,居民在超市里使用文明积分兑换生活用品。"
    feature, item = parse_page(every_line_apart(*_FEATURE, *_ITEM, "阵地建设全域化", "文明实践有根基", rest))
    assert feature.body.endswith("兑换生活用品。") and "笔者走进" not in item.body
