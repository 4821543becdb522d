"""An article broken off inside a word (`…和湖水打了这么多`), its rest (`年的交道,…`) printed after the paragraphs of
the next article, all about the same subject: the rest starts at the paragraph that finishes the broken word (`多年`,
a common word across the break, while `年的` opens no sentence), not at the first paragraph that leans to the broken
article; the paragraphs before it stay the next article's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_BROKEN = ("天刚亮,孟庆余就摇着木船出了湖,收完网,他把一筐筐银鱼送上岸,这才松了一口气。",
           "孟庆余所在的柳湾村,是个靠湖吃湖的渔村。孟庆余说,光靠打鱼没有出路,渔民得抱成团。",
           "当时,成立渔业合作社是深化湖区改革的重要一步,合作社在湖区一个接一个办起来。和湖水打了这么多")
_NEXT = ("柳湾县建成百个渔业合作社",
         "42岁的渔民范小川在湖面上撒网,身后的芦苇荡一眼望不到头。",
         "范小川是柳湾县东港村的渔民,也是村里渔业合作社的社员。合作社统一收购银鱼,渔民不再为卖鱼发愁。",
         "县渔业局负责人说,全县已组建渔业合作社一百个,合作社让湖区渔民的收入年年增加。")
_REST = ("年的交道,孟庆余很清楚合作社能给渔民带来什么。",
         "“合作社办不办?”孟庆余挨家挨户去问,最后有七户渔民愿意和他一起成立合作社。")


def test_the_rest_starts_where_the_broken_word_is_finished():
    articles = parse_page(page("合作社撑起渔家梦", *_BROKEN, *_NEXT, *_REST))
    broken = by_title(articles, "合作社撑起渔家梦")
    assert "这么多年的交道" in broken.body.replace("\n", "") and broken.body.endswith("一起成立合作社。")
    assert by_title(articles, "柳湾县建成百个渔业合作社").body.endswith("收入年年增加。")
