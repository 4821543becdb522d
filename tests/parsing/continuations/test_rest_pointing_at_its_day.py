"""The rest of a feature interrupted at a paragraph break, printed under another item, goes back to the feature when
its first sentence points at a day (`这一天`) the feature dated and the item between dates none: a day pointed at
needs a text that named it. Where the item between dates its own day, the rest stays with it. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青石村的一天"
_LEAD = "2019年5月8日,是青石村村史上一个特别的日子。"
_SECOND = "这一天,省里的调研组走进这个只有六十多户人家的小山村,在村里待了整整一个下午。"
_ITEM_TITLE = "白沙村的香瓜熟了"
_BYLINE = "本报记者 周明 林晓"
_ITEM = ["香瓜藤爬满了大棚,瓜田里一片忙碌。记者在白沙村看到,果农们正忙着采摘、装箱,运往城里的超市。",
         "“今年的瓜甜,价钱也好。”瓜农王大成一边擦汗一边说,他家种了八个大棚,一棚能收入一万多元。",
         "村支部书记赵春生介绍,村里的香瓜已经种了十多年,如今成了全村人增收的主要门路。"]
_REST = ["村里人,包括驻村的干部李小川,起初并没有觉得这一天会和平常的日子有什么不同,一早就各忙各的。",
         "一大早,李小川就去帮孙老汉挑水,孙老汉说什么也不让,两人推让了好一阵。"]


def test_the_rest_pointing_at_the_features_day_goes_back_to_it():
    articles = parse_page(page(_TITLE, _LEAD, _SECOND, _ITEM_TITLE, _BYLINE, *_ITEM, *_REST))
    assert [a.title for a in articles] == [_TITLE, _ITEM_TITLE]
    assert articles[0].body.endswith("好一阵。") and articles[1].body.endswith("主要门路。")


def test_under_an_item_dating_its_own_day_the_rest_stays():
    dated = ["6月2日,香瓜藤爬满了大棚" + _ITEM[0][len("香瓜藤爬满了大棚"):], *_ITEM[1:]]
    articles = parse_page(page(_TITLE, _LEAD, _SECOND, _ITEM_TITLE, _BYLINE, *dated, *_REST))
    assert [a.title for a in articles] == [_TITLE, _ITEM_TITLE]
    assert articles[1].body.endswith("好一阵。")
