"""A local news item ends by saying what comes next (`下一步,某某镇将…`): text printed after that
paragraph, with no headline of its own, is the rest of an earlier article the item interrupted,
even when both are about the same thing. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def _page(closing: str) -> str:
    return page(
        "青松村开展清洁周活动",
        "本报讯 连日来,青松村开展“农村清洁周”活动,集中进行大扫除,营造干净整洁的村容村貌。",
        "",
        "白沙镇:清洁行动擦亮乡村底色",
        "为改善农村人居环境,白沙镇在红旗村组织开展了一场村庄清洁志愿服务活动。",
        "活动当天,志愿者们分头清理道路两旁的杂草和垃圾,村庄环境焕然一新。",
        closing,
        "此次活动,该村采取“户户动手、人人参与”的方式,动员党员和志愿者集中开展大扫除。",
        "据了解,全村36个小院已全部参与清洁活动,共清理垃圾12吨。",
    )


def test_text_after_a_what_comes_next_paragraph_goes_back_to_the_interrupted_article():
    village, town = parse_page(_page("此次活动拉近了干群关系。下一步,白沙镇将继续深入开展此类活动。"))
    assert town.body.endswith("下一步,白沙镇将继续深入开展此类活动。")
    assert village.body.endswith("共清理垃圾12吨。") and "户户动手" in village.body


def test_without_a_closing_paragraph_the_text_stays_where_it_was_printed():
    village, town = parse_page(_page("此次活动拉近了干群关系,村民们纷纷点赞。"))
    assert village.body.endswith("营造干净整洁的村容村貌。")
    assert town.body.endswith("共清理垃圾12吨。")
