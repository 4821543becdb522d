"""A lead printed with no full stop and broken mid-sentence (`…以全镇河湖打包` / `申报…考评验收`): its second half,
shaped like a headline, stands over the article's part heads, each over its text, not over a lead of its own, and
names no place the lead did not: it is the lead's last words, and the heads under it stay the article's. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

LEAD = "为改善全镇水环境面貌,青石镇开展河道养护示范区创建工作。近日,青石镇作为全市唯一一个以全镇河湖打包"
TAIL = "申报河道养护示范区的乡镇顺利通过专家组考评验收"
PARTS = ("配齐保洁人员", "全镇设河道管理员2名,保洁员40名,负责河道的日常巡查。",
         "更新保洁装备", "全镇配备各类保洁船20艘,并制定巡查路线。",
         "规范处理流程", "河道垃圾分类上岸,生活垃圾由保洁员统一收集处理。")


def _check(articles) -> None:
    assert len(articles) == 1
    assert articles[0].title == "青石镇全力以赴守护水环境"
    assert articles[0].sections == ["配齐保洁人员", "更新保洁装备", "规范处理流程"]
    assert "河湖打包申报河道养护" in articles[0].body and articles[0].body.endswith("统一收集处理。")


def test_the_tail_goes_on_with_the_lead():
    _check(parse_page(page("青石镇全力以赴守护水环境", LEAD, TAIL, *PARTS)))


def test_every_line_apart():
    # (a column wider than the tail: the page broke the sentence, not the column's width)
    _check(parse_page(every_line_apart("青石镇全力以赴守护水环境", LEAD, TAIL, *PARTS, width=len(TAIL) + 4)))


def test_a_title_over_its_own_lead_is_the_next_item():
    articles = parse_page(page("青石镇全力以赴守护水环境", LEAD,
                               "白沙村举办首届农民丰收节活动吸引数千名游客前来观光",
                               "9月23日,白沙村举办首届农民丰收节,数千名游客前来观光采摘,村民们的农产品销售一空。",
                               "活动现场,村民们带来了自家种植的瓜果蔬菜,游客们边逛边买。"))
    assert [a.title for a in articles] == ["青石镇全力以赴守护水环境",
                                           "白沙村举办首届农民丰收节活动吸引数千名游客前来观光"]
