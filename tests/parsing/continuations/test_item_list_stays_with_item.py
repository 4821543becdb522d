"""An item printed inside an article broken mid-sentence lists its villages a paragraph each (`某某村:…`):
the rest of its list stays with it, and the piece that finishes the open sentence, printed after the
list, goes back to the article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_ARTICLE = ("本报讯 (通讯员 柳青禾) 一早,青檀镇敬老院里摆满了鲜花和水果,志愿者们忙着挂灯笼、贴福字。",
            "午饭时间,志愿者端上热腾腾的长寿面,老人们笑呵呵地")
_ITEM = ("立冬前后,石桥乡各村为老人送去棉被和米面,把冬日的问候送到老人家中。",
         "上湾村:村干部挨家挨户走访独居老人,查看老人家里的取暖设备,叮嘱老人注意防寒。",
         "下湾村:卫生室的医生上门为老人量血压、测血糖,建好一人一份的健康档案。",
         "中湾村:志愿者为行动不便的老人理发、剪指甲,陪老人拉家常。",
         "后湾村:村里的食堂为八十岁以上的老人免费送餐上门。")
_REST = ("围坐在一起,一边吃面一边拉着家常,敬老院里笑声不断。",)


def test_list_paragraphs_stay_and_the_open_sentence_is_finished():
    articles = parse_page(page("青檀镇敬老院里过冬至", *_ARTICLE, "石桥乡把温暖送到老人家", *_ITEM, *_REST))
    article = by_title(articles, "青檀镇敬老院里过冬至")
    assert "笑呵呵地围坐在一起" in article.body.replace("\n", "")
    assert "湾村:" not in article.body
    assert by_title(articles, "石桥乡把温暖送到老人家").body.endswith("免费送餐上门。")
