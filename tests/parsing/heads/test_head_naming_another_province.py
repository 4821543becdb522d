"""One article's parts stay in its province. A head naming a province (`重庆:…`, `…——广西乡间见闻`) that the
article above never names, while that article names another (`…天津…`, `安徽省…`), titles an item about the
province it names, even over text that does not name it again; a head naming the article's own province, or a
province under an article that names none, is asked about as before. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.areas import heads_another_province
from tests.helpers import page

_TIANJIN = ("清晨的河西区梧桐里,几位老人在新装的电梯口说着家常,再也不用扶着栏杆一级级往上挪了。",
            "老楼加装电梯是天津今年的民生实事之一。天津各区把加梯的事交给居民商量,一栋一议,签字率过半就开工。")
_NIGHT = ("入夜,江边的步行街人头攒动,小面馆、烤鱼摊前排起了长队,游客举着手机拍个不停。",
          "摊主老刘说,今年夜市延长了营业时间,周末一晚能卖出三百多碗面。")
_ANHUI = ("今年春天,我从省城来到安徽省青石县柳湾村当驻村干部,一住就是大半年。",
          "村里的老人说,我是第一个在村里过年的干部。")
_GUANGXI = ("夜色里的山路弯弯绕绕,车灯照着路边的竹林,向导说再过两道弯就到寨子了。",
            "寨子里的年轻人种起了百香果,晚上聚在晒场上商量怎么卖到山外去。")


def test_province_named_apart_from_the_article_above():
    assert heads_another_province("重庆:夜市点亮烟火气", "老楼加装电梯是天津今年的民生实事之一。")
    assert not heads_another_province("天津:夜市点亮烟火气", "老楼加装电梯是天津今年的民生实事之一。")
    assert not heads_another_province("重庆:夜市点亮烟火气", "老楼加装电梯是今年的民生实事之一。")


def test_colon_head_naming_another_province_titles_an_item():
    first, second = parse_page(page("老楼装上新电梯", *_TIANJIN, "重庆:夜市点亮烟火气", *_NIGHT))
    assert first.body.endswith("签字率过半就开工。")
    assert second.title == "重庆:夜市点亮烟火气"
    assert second.body.endswith("三百多碗面。")


def test_dashed_head_naming_another_province_titles_an_item():
    first, second = parse_page(page("我在柳湾村的日子", *_ANHUI, "山寨夜话——广西乡间见闻", *_GUANGXI))
    assert first.body.endswith("第一个在村里过年的干部。")
    assert second.title == "山寨夜话——广西乡间见闻"
