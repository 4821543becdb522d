"""A head whose word the text below opens with (`走上竹编产业路` over `产业强起来,…`) stays a section when the text
below goes on naming the article's own place (a city or county too) and no town or village new to it: the shared
word is a common noun, not a new subject's name. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "春雨柳湾话振兴"
_HEAD = "走上竹编产业路"


def _page(below: str) -> str:
    return page(
        _TITLE, "□ 本报记者 林小禾",
        "青山隐隐兮水迢迢,竹影婆娑兮入画来。",
        "三月的细雨里,站在柳湾县城东的老桥上望去,远处的竹海泛着新绿,把县城衬得像一幅水墨画。",
        _HEAD,
        "产业强起来,乡亲们的钱袋子才能鼓起来,这几年县里把竹编当成富民的大事来抓。",
        below,
    )


def test_head_over_a_common_word_in_the_articles_place_is_a_section():
    below = "一只精巧的柳湾竹篮,从集市小摊走进了网上店铺,折射出柳湾县竹编一路走来的变化。"
    [article] = parse_page(_page(below))
    assert article.title == _TITLE and article.sections == [_HEAD]


def test_head_over_text_about_a_new_town_still_titles_an_item():
    below = "东岭镇的竹编合作社近日挂牌,三十多户农民入社,当月就接到了两万只竹篮的订单。"
    assert [a.title for a in parse_page(_page(below))] == [_TITLE, _HEAD]
