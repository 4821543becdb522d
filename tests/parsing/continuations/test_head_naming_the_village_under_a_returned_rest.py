"""Once the rest of an interrupted article has gone back to it, a head printed right under that rest, naming itself the
village only that article names (`党建引领` / `青松村的“领头雁”`, printed on two lines), heads the article's next part,
though the short quotation under it, taking up the head's word, reads as its subtitle and a one-line question under
that as a head: they come with it, the quotation as text. A head naming no village of the article stays an item of
its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_ARTICLE = (
    "走进柳湾县青松村",
    "今年春天,青松村与邻近的白石村合并,全村面积五平方公里,耕地三千多亩,常住人口两千余人,党员八十多名。",
    "去年年底,青松村集体收入三百多万元,村民人均收入三万多元,一年来了十多万游客。",
    "村口的老槐树下,一面写满村民心愿的木牌格外显眼,这是村里一位退休教师想出来的点子,木牌上",
)
_PIECE = (
    "围炉夜话:柳溪村的“背水一战”",
    "山脚下,小河边,夜色正浓。院坝里生着一盆炭火,柳溪村的村民们围着火盆坐了一圈。",
    "“笋干卖不起价”",
    "柳溪村早年是山里人赶集的地方。可如今村里的收入,比邻村要少一大截,年轻人也大多出门打工了。",
    "在柳溪村蹲点的工作队员王明说,大家有啥想法都可以敞开说,把村里的事情摆到桌面上来商量。",
)
_REST = ("挂满了村民一笔一画写下的心愿。村里的老人说,有心愿就有奔头。",
         "去年年底,青松村集体收入翻了一番。上升的数字是村子一路向前的见证,也是村民日子越过越好的写照。")


_UNDER = ("“领头雁飞得高,全村跟着跑。”这句话就写在村部门口的墙上,一进村就能看见。", "“领头雁”是谁?",
          "走访了一整天,我们找到了回答——“领头雁”是村党组织,是一心为民的党员干部。")


def _page(head: str) -> str:
    return page(*_ARTICLE, *_PIECE, *_REST, head, *_UNDER)


def test_head_naming_the_articles_village_goes_back_with_what_it_heads():
    article, piece = parse_page(_page("党建引领\n青松村的“领头雁”"))
    assert article.title == "走进柳湾县青松村"
    assert "一进村就能看见。" in article.body
    assert article.body.endswith("是一心为民的党员干部。")
    assert piece.title == "围炉夜话:柳溪村的“背水一战”"
    assert piece.body.endswith("摆到桌面上来商量。")


def test_every_line_apart():
    text = every_line_apart(*_ARTICLE, *_PIECE, *_REST, "党建引领", "青松村的“领头雁”", *_UNDER, width=37)
    article, piece = parse_page(text)
    assert "一进村就能看见。" in article.body
    assert article.body.endswith("是一心为民的党员干部。")
    assert piece.body.endswith("摆到桌面上来商量。")


def test_head_naming_no_village_of_the_article_stays_its_own():
    articles = parse_page(_page("党建引领\n村里的“领头雁”"))
    assert [a.title for a in articles][:2] == ["走进柳湾县青松村", "围炉夜话:柳溪村的“背水一战”"]
    assert len(articles) == 3
    assert "一进村就能看见" not in articles[0].body
