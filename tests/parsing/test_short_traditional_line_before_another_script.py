"""A short line with several letters only the traditional script writes (`青溪區柳灣鎮東岸村`, no stop), printed last
in a traditional article before a simplified item's headline, is the traditional article's: too short for its share
of such letters to be weighed, it holds enough of them to tell its script, so it is not the simplified item's
kicker, and the article's rest printed further down rejoins it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TRAD = ("灘塗上的新村莊", "東岸村在青溪區最東邊,每天清早太陽先照到這個村子,二十年前這裏還是一片荒灘。",
         "青溪區柳灣鎮東岸村")
_REST = "在村口的廣場上,立著一座墾荒者的雕像,老書記常常站在雕像前,給孩子們講當年圍墾的故事。"
_SIMPLE = ("南塘社区的邻里互助队", "南塘社区的二十来个热心人组成了互助队,谁家有难处一个电话就到,帮独居老人买菜、配药。",
           "队员们每周至少上门两次,给老人打扫屋子、陪老人聊天,老人们都说有了这些好邻居心里踏实。")


def test_the_short_traditional_line_stays_with_its_article():
    trad, simple = parse_page(page(*_TRAD, *_SIMPLE, _REST))
    assert simple.kicker is None and simple.title == _SIMPLE[0]
    assert trad.body.endswith(_REST) and "青溪區柳灣鎮東岸村" in trad.body
