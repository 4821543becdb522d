"""An article interrupted at a paragraph break may go on, under the piece printed between, with a paragraph that opens
on a quotation and names its speaker right after the closing mark (`“……。”某某掩不住笑意,…`), with no verb of saying
near: the name right after the quotation the paragraph opens with is the one who said it. When the earlier article
introduced that person by a common noun (`果农某某`) and the piece between never names them, the paragraph goes back
to the article that met them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_EARLIER = ("河湾乡:小果子结出大产业",
            "河湾乡地处丘陵,土壤肥沃,光照充足,种植柑橘已有二十多年历史。",
            "这几天,河湾乡东坡村的柑橘到了采摘的时候,果农们在园子里又摘又装,一刻不停。",
            "2016年,在外打工多年的果农周冬根回到村里,流转了三百多亩山地种下柑橘。")
_BETWEEN = ("某村返乡青年入选致富带头人",
            "某某广电讯 日前,省里公布了今年的致富带头人名单,某村返乡青年吴立新榜上有名。",
            "吴立新大学毕业后回到村里,带着乡亲们种茶、卖茶,茶园面积扩大到五百亩。",
            "如今的某村,茶园一片连着一片,来喝茶的游客不少,村子出了名。")


def test_quotation_and_its_speaker_the_earlier_article_met():
    rest = ("“今年的柑橘又甜又大,收成比去年多了一倍。”周冬根掩不住笑意,园子里估计能收两百多万斤。",
            "现在,河湾乡的柑橘卖到了外省,家家户户靠它多了一份进项。")
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *rest))
    assert earlier.body.endswith("家家户户靠它多了一份进项。")
    assert between.body.endswith("村子出了名。")


def test_speaker_the_piece_between_names_stays_with_it():
    # the quotation's speaker is the piece between's own: the paragraph is that piece's
    rest = ("“今年的茶叶卖得好,乡亲们的腰包鼓起来了。”吴立新掩不住笑意,茶园还要再扩大一百亩。",
            "现在,某村的茶叶卖到了外省,家家户户靠它多了一份进项。")
    earlier, between = parse_page(page(*_EARLIER, *_BETWEEN, *rest))
    assert earlier.body.endswith("流转了三百多亩山地种下柑橘。")
    assert between.body.endswith("家家户户靠它多了一份进项。")
