"""An article about a city (`滨江…`) interrupted at its section head by an item set in a street of its own that
never names the city: the head over text naming no town but the city again (`…滨江市南湖区委书记…`) is the
city article's next section, printed after the item, not a section of the item — as a text naming the article's
town would be. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CITY = ("傍晚时分,走进滨江市北岸区柳荫社区,健身步道上散步的居民三三两两,议事长廊里几位老人正商量着加装电梯的事。",
         "柳荫社区的新气象,正是滨江城市治理的写照。这几年,滨江靠党建带动,把资源和力量沉到基层,蹚出一条治理新路。")
_STREET = ("“楼下的路灯坏了,麻烦看看。”清早,河口街道望江社区居民老陈在群里留了言,不到半小时,物业师傅就来修好了。",
           "河口街道把辖区划成小网格,网格员天天入户走访,居民的大事小情都能及时办。")
_STREET_PART = "在河口街道的各个社区,网格员和下沉干部一起入户,把居民的心事记在本子上,一件件去办。"
_CITY_PART = ("5日查看旧楼改造进度;6日走访两家养老院……这是滨江市南湖区委书记刘平一周的日程。",
              "“基层的事没有小事,书记就要带头去办。”刘平说。")


def test_head_over_the_city_named_again_goes_back_to_the_city_article():
    text = page("滨江探索城市治理新路", *_CITY, "河口街道网格连着千家万户", *_STREET,
                "网格织得密 服务送上门", _STREET_PART, "“一把手”走基层:凝聚治理合力", *_CITY_PART)
    city, street = parse_page(text)
    assert city.sections == ["“一把手”走基层:凝聚治理合力"]
    assert city.body.endswith("书记就要带头去办。”刘平说。")
    assert street.sections == ["网格织得密 服务送上门"]
    assert street.body.endswith("一件件去办。")
