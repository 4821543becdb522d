"""A titled piece printed between the two parts of another article, its text closed by a credit in brackets
naming its own reporters (`……。(记者 张三 通讯员 李四)`), is an article of its own, even when it is printed in
the script of an article further up that named other writers: an article names its writers once. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("難題終於解決了", "晨報訊(記者 周明遠)近日,家住青柳街道的陳阿姨來到報社,說困擾她多年的漏水問題終於解決了。",
          "陳阿姨住在三樓,樓上的水管年久失修,每逢雨季她家的天花板就往下滴水,多次協調都沒有結果。")
_CANTEEN = ("新区首家长者食堂开张",
            "“菜品多,价钱也实在。”日前,南湖新区的长者食堂正式开张,周边老人在家门口就能吃上热乎饭菜。",
            "长者食堂设在南湖社区服务中心一楼,面积三百多平方米,由一家本地餐饮公司负责运营。")
_STAIRS = ("樓道清理乾淨了", "8月2日上午,青柳街道網格員聽居民說,一棟老樓的樓道裏常年堆著雜物,容易引發火災。",
           "網格員帶著志願者來到現場,一起動手把雜物清理乾淨,還向居民宣傳了消防知識。(晨報記者 林曉 通訊員 何平)")
_CANTEEN_REST = "据了解,长者食堂每天备有十来样荤素小菜,年满六十岁的老人吃饭还能打折,开张以来每天有五十多人来吃饭。"


def test_the_piece_closed_by_other_reporters_keeps_its_own_title():
    first, canteen, stairs = parse_page(page(*_FIRST, *_CANTEEN, *_STAIRS, _CANTEEN_REST))
    assert first.authors == ["周明遠"] and first.sections == []
    assert stairs.title == "樓道清理乾淨了" and stairs.authors == ["林曉", "何平"]
    assert canteen.paragraphs[-1] == _CANTEEN_REST
