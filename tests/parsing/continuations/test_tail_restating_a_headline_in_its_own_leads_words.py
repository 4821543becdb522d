"""A paragraph that restates an earlier article's headline only in words the host's own lead has said
already (`…护林员王五边走边说。` above, `这是王五作为护林员每日巡山的习惯。` below) goes on with the host:
those words are its subject too, and tell nothing of the earlier article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_EARLIER = ("大岭护林员每日巡查",
            "某某网消息:青山县地处两省交界,林地面积大,过去盗伐时有发生。2015年起,县里推行林长制,"
            "赵六是该县白云村的一名护林员,每天清早都要沿着山路巡查一遍。")
_HOST = ("绿水县:守护一方青山 换来满目苍翠",
         "某某网某地5月6日电 (李四)走在绿水县桃花镇的林间小道上,新修的防火通道两旁松柏成行,处处是景。"
         "“山上空气好,每天走一走,心里舒坦。”护林员王五边走边说。",
         "一手拿着砍刀,一手提着水壶,看到倒伏的树木就顺手清理,这是王五作为护林员每日巡山的习惯。",
         "“这片林子是我看着长大的。”王五说,自从当上护林员,他每天都要把负责的山头走一遍,发现火情隐患及时上报。",
         "绿水县森林覆盖率超过七成,全县聘用护林员三百余名,实现了山有人管、林有人护。")


def test_tail_restating_a_headline_in_its_own_leads_words_stays():
    articles = parse_page(page(*_EARLIER, *_HOST))
    host = by_title(articles, _HOST[0])
    assert host.body.endswith("林有人护。") and "顺手清理" in host.body
    earlier = by_title(articles, _EARLIER[0])
    assert earlier.body.endswith("巡查一遍。") and "王五" not in earlier.body
