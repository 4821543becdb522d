"""An article interrupted at a paragraph break by an item whose photo's caption and credit stand between
its headline and its dated text, and continued after that item's closing credit: the continuation goes
back to the article it continues, as it does after any item closed by its credit. (While the page is
read the item's text is a dated text without headline, the headline sitting over the caption; it gets
its headline back later.) Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FIRST = "本报讯(记者 张三)重阳节当天,白沙镇青松村锣鼓声声,村里举行第二届敬老文化节,一片欢声笑语。"
_SECOND = "青松村是远近闻名的长寿村,目前全村60岁以上的老人有七百多人,百岁老人就有三位。"
_REST = "当天,青松村还向老人们送上棉被和慰问金,表彰了一批好媳妇、好婆婆,受到村民的热烈欢迎。"
_OTHER = ("红石镇:老人欢聚一堂 共品长寿宴", "桂花湾广场上锣鼓喧天。", "王五摄",
          "某某网南昌10月14日电 10月13日上午,红石镇举办长寿文化节,百余名老人欢聚一堂,共品长寿宴。",
          "红石镇向来敬重老人,家家户户讲孝道。目前全镇有80岁以上老人700多名。(赵六、钱七、孙八)")


def test_the_continuation_after_a_captioned_dated_item_goes_back():
    articles = parse_page(page("敬老文化节 推动新风尚", _FIRST, _SECOND, _OTHER[0], _OTHER[1] + "\n" + _OTHER[2],
                               *_OTHER[3:], _REST))
    first = by_title(articles, "敬老文化节 推动新风尚")
    assert first.body.endswith("热烈欢迎。") and "长寿广场" not in first.body
    other = by_title(articles, _OTHER[0])
    assert other.body.endswith("700多名。") and "棉被" not in other.body
    assert all(a.title for a in articles if a.kind == "article")
