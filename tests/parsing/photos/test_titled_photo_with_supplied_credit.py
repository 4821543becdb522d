"""A title over one undated paragraph with an office's `…供图` right under it is a titled photo, as it is over
`张三 摄`; a dated brief so credited stays an article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "3月5日,柳岸镇青松社区组织老人和孩子一起包馄饨,社区志愿者在一旁帮忙,老少同乐。"


def test_title_caption_and_supplied_credit_are_a_photo():
    articles = parse_page(page("白沙镇菊花展开幕",
                               "10月5日,白沙镇举办第三届菊花展,展出各类菊花三千余盆,吸引了周边市民前来观赏。",
                               "展览将持续到本月底,每天上午九点开放。",
                               "\n\n老少同乐包馄饨\n" + _CAPTION + "\n青松社区供图"))
    photo = [a for a in articles if a.kind == "photo"]
    assert [(p.title, p.body) for p in photo] == [("老少同乐包馄饨", _CAPTION)]
    assert [a.title for a in articles if a.kind == "article"] == ["白沙镇菊花展开幕"]


def test_a_dated_brief_with_a_supplied_credit_stays_an_article():
    articles = parse_page(page("老少同乐包馄饨", "本报讯 " + _CAPTION + "\n青松社区供图"))
    assert [a.kind for a in articles] == ["article"]



def test_every_line_apart_the_same_photo():
    import textwrap
    from tests.helpers import column_page
    show = ("10月5日,白沙镇举办第三届菊花展,展出各类菊花三千余盆,吸引了周边市民前来观赏,不少人专程从城里赶来。"
            "今年的展览分为古桥菊韵、田园秋色和童心花园三个展区,展区之间铺设了木栈道,方便老人和孩子行走。"
            "展览将持续到本月底,每天上午九点开放,市民可免费入场参观。")
    text = column_page([["白沙镇菊花展开幕"], textwrap.wrap(show, 20), ["老少同乐包馄饨"], textwrap.wrap(_CAPTION, 20),
                        ["青松社区供图"]], apart=True)
    photo = [a for a in parse_page(text) if a.kind == "photo"]
    assert [(p.title, p.body) for p in photo] == [("老少同乐包馄饨", _CAPTION)]
