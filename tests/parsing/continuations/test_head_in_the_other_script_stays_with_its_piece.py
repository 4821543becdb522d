"""A head and the text under it inside a piece printed between an interrupted article's parts stay that piece's when
they are printed in the other script than the article: a page that mixes scripts mixes them article by article, so a
simplified part never goes back to an article printed in traditional characters, even when it names the word that
article's headline opens with. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TRADITIONAL = (
    "駐村隊員的一年",
    "“來了就要干出點樣子!”青山縣的駐村隊員們常這樣說。這一年,駐村隊員走遍了全村十二個村民組。",
    "駐村隊員每月在村里住滿二十天,吃住都在村委會的小平房里,冬天冷夏天熱,可沒有一個人叫苦,駐村",
)
_REST = "的日子讓他們和村民成了一家人,誰家有事都愿意來找隊員們商量。"
_SIMPLIFIED = (
    "古村的新变化",
    "一条小河从村中流过,白墙青瓦的老房子沿河排开。走进柳湾村,处处是修缮一新的老宅和干净整洁的巷道。",
    "柳湾村有五个村民组三百多户人家,这几年村集体收入翻了一番,村里的老宅也都修好了。",
    "队长来了",
    "柳湾村的变化要从驻村工作队队长王明说起。他到村里第一件事就是挨家挨户走访,把村民的难处记在本子上。",
    "王明说,老宅修好了,年轻人才愿意回来,村子才有奔头。",
)


def test_simplified_head_and_text_stay_with_the_simplified_piece():
    articles = parse_page(page(*_TRADITIONAL, *_SIMPLIFIED, _REST))
    traditional, simplified = articles
    assert traditional.title == "駐村隊員的一年"
    assert traditional.body.endswith("誰家有事都愿意來找隊員們商量。")
    assert "队长来了" not in traditional.body
    assert simplified.title == "古村的新变化"
    assert simplified.sections == ["队长来了"]
    assert simplified.body.endswith("村子才有奔头。")
