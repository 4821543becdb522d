"""An article interrupted by another, the other's picture printed after it (its caption and `张三 摄`, no title),
then text with no headline: the picture stands between two texts, so the text under it is judged as text printed
right after the other article — a tail that goes back to the interrupted article it continues (here naming its
city again), as it would with no picture between. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_CITY = [["青州:古城新貌引客来"],
         ["入秋以来,青州古城里游人如织,老街两旁的店铺挂起了灯笼,百年老宅也开门迎客。"],
         ["修旧如旧,青州把古城保护写进了规划,一砖一瓦都按原样修缮,老街的韵味留住了。"]]
_VILLAGE = [["柳溪村:荷塘变成了风景"],
            ["柳溪村把村口的废塘清了淤,种上荷花,修了木栈道,夏天来赏荷的游客一拨接一拨。"],
            ["村民在栈道边摆起小摊,卖莲蓬、荷叶茶,一个夏天能多挣好几千元。"]]
_PICTURE = [["柳溪村荷塘晨景"], ["赵小川 摄"]]
_REST = [["青州还把古城里的老手艺请了回来,剪纸、面塑、木雕的作坊开进了老宅,游客可以跟着师傅学上一手。"],
         ["青州文旅部门说,古城今年接待游客已超过三百万人次。"]]


def test_headless_text_under_a_picture_goes_back_to_the_interrupted_article():
    for apart in (True, False):
        city, village, picture = parse_page(column_page(_CITY + _VILLAGE + _PICTURE + _REST, apart=apart))
        assert city.title == "青州:古城新貌引客来"
        assert city.body.endswith("古城今年接待游客已超过三百万人次。")
        assert village.body.endswith("一个夏天能多挣好几千元。")
        assert picture.kind == "photo" and picture.authors == ["赵小川"]
