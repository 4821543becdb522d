"""An article interrupted where its next part's head stands, its rest (the head and the text under it) printed after
the piece between: when the paragraph under the head names the word the article's headline opens with, a word its
text names again and again and the piece between never prints, the head and its text go back to the article. A part
whose text names no such word stays with the piece it is printed under. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("柳湾是青溪县最北边的山村,柳湾人世代种茶,村里老屋沿溪排开,一条石板路从村头通到村尾。",
          "在柳湾,家家门前都有一口老井,井边的青苔记着几百年的日子。",
          "这几年,柳湾的变化一年比一年大,来村里喝茶、住民宿的客人多了起来。")
_OTHER = ("石门社区今年办起了“长者食堂”,每天中午给辖区六十岁以上的老人供应午饭,十块钱能吃两荤一素,行动不便的老人"
          "还能打电话订餐。",
          "食堂由社区党委牵头,请附近的餐馆掌勺,志愿者轮流帮忙打饭、送餐上门,每天要送出去三十多份。",
          "不少老人说,在食堂吃饭比自己在家做饭省心多了。")
_HEAD = "老茶园 新光景"
_REST = ("从县城到柳湾的山路修好以后,村里把荒了多年的茶园重新种上,又请来县里的农技员,手把手教村民修剪茶树、"
         "施有机肥,还在村口建起了茶叶加工坊。",
         "如今茶园一年能给每户添两万多元收入,在外打工的年轻人也陆续回到村里,有的开起了茶室,有的在网上直播卖茶。")


def test_rest_naming_the_headline_subject_goes_back():
    text = page("柳湾古村迎来新客人", *_FIRST, "长者食堂开进社区", *_OTHER, _HEAD, *_REST)
    first, other = parse_page(text)
    assert first.title == "柳湾古村迎来新客人"
    assert first.sections == [_HEAD]
    assert first.body.endswith("有的在网上直播卖茶。")
    assert other.body.endswith("在家做饭省心多了。")
    assert other.sections == []


def test_a_part_naming_no_such_word_stays():
    rest = ("食堂的菜单每周一换,老人们可以提前一天在群里点菜,想吃软一点的、淡一点的,跟志愿者说一声就行。",
            "有的老人腿脚不便,志愿者就把饭菜装进保温盒,挨家挨户送到老人手里,顺便问问身体怎么样。")
    text = page("柳湾古村迎来新客人", *_FIRST, "长者食堂开进社区", *_OTHER, "菜单天天换 老人吃得香", *rest)
    first, other = parse_page(text)
    assert first.body.endswith("客人多了起来。")
    assert other.sections == ["菜单天天换 老人吃得香"]
    assert other.body.endswith("问问身体怎么样。")
