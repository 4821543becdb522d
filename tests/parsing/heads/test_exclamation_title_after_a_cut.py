"""A short exclamation right after a sentence the column cut off, over a credit line and text, is a headline over its
byline: read as the broken sentence's end closed by a credit, it would leave the text below without a headline. After
a finished text the same credit line closes it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("白沙镇竹园村今年种了三百亩花生。为了把花生卖出好价钱,也为了找到更多的收购商,"
          "去年冬天,村支书林小禾与几名")
_TITLE = "助农在行动:帮到底,再出把力!"
_CREDIT = "白沙日报全媒体记者 王青 周明"
_TEXT = ("柳湾县青石村的合作社去年建起了冷库,收储村里种的蔬菜。"
         "今年春节后蔬菜一度卖不出去,合作社向社会各界求助。")
_REST = "村干部一起跑遍了周边的收购站,谈下了三家长期客户。"


def test_the_exclamation_heads_the_text_under_its_byline():
    articles = parse_page(page("花生地里的新变化", _FIRST, _TITLE, _CREDIT, _TEXT, _REST))
    titles = [a.title for a in articles]
    assert _TITLE in titles
    assert [a.authors for a in articles if a.title == _TITLE] == [["王青", "周明"]]


def test_after_a_finished_text_the_credit_closes_it():
    finished = _FIRST[:-len("去年冬天,村支书林小禾与几名")] + "这是村里多年来最好的一年!"
    articles = parse_page(page("花生地里的新变化", finished, _CREDIT, "青石村的鸡蛋卖出去了", _TEXT))
    assert articles[0].authors == ["王青", "周明"] and articles[0].body.endswith("最好的一年!")
