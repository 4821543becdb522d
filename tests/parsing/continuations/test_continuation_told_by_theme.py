"""An article interrupted after a finished paragraph, its rest printed after the interrupting item with
no place of its own named: the rest goes back to the article printed right above that item when it
goes on in that article's words and repeats its headline, and the interrupting item was printed beyond
its lead and credits nothing in the rest. Two neighbours of one theme keep their own text.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_EARLIER = ("三十年前,湖心岛上的渔民驾着木船出湖,撒网捕鱼,一船一船的银鱼养活了岛上几代人。",
            "后来湖水变浑,鱼越打越少,年轻的渔民一个接一个离开湖心岛,到外地的工厂里打工。")
_INTERRUPTING = ("本报讯(通讯员 范小溪)应柳林镇的邀请,上周六县书法协会组团到柳林镇采风。",
                 "在镇文化站,书法家们挥毫泼墨,写下一幅幅春联送给前来观看的居民。",
                 "协会负责人表示,今后每年都要到乡镇走一走,把笔墨送到百姓身边。")
_REST = ("这几年退渔还湖,湖水重新变清,银鱼又多了,在外打工的渔民陆续回来,岛上又热闹了。",
         "如今在湖心岛的码头边,渔民们不再撒网捕鱼,而是摇着木船带游客看银鱼、听渔歌,守着故乡过上了好日子。")


def test_rest_in_the_theme_of_the_article_above_returns_to_it():
    articles = parse_page(page("湖心岛上,老渔民回到故乡", *_EARLIER,
                               "县书法协会赴柳林采风", *_INTERRUPTING, *_REST))
    assert by_title(articles, "湖心岛上,老渔民回到故乡").body.endswith("过上了好日子。")
    assert by_title(articles, "县书法协会赴柳林采风").body.endswith("送到百姓身边。")


def test_neighbour_of_the_same_theme_keeps_its_own_paragraphs():
    # (the second item's own paragraphs share the first's words but not its headline's)
    first = ("湖心岛的老渔民王大河今年七十岁,他说岛上的银鱼又多了起来。",
             "他每天清晨摇着木船出湖,看一看水色,再把看到的写进本子里。")
    second = ("本报讯 (通讯员 范小溪) 日前,东港村的渔民合作社开张,二十多户渔民入了社。",
              "合作社统一收购银鱼,统一定价,渔民们不用再为卖鱼发愁。",
              "合作社还请来老师,教渔民们摇着木船带游客看银鱼、听渔歌。",
              "东港村的渔民说,入了社,日子越过越红火。")
    articles = parse_page(page("老渔民的新日子", *first, "东港村渔民合作社开张", *second))
    assert by_title(articles, "东港村渔民合作社开张").body.endswith("日子越过越红火。")
    assert by_title(articles, "老渔民的新日子").body.endswith("写进本子里。")
