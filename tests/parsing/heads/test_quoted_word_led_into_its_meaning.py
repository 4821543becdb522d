"""A word the text above quoted, printed alone and led by a dash into the line under it that says what it means
(`…靠的是‘网格化’。`, then `网格化——` over `划小片、定专人、常走访,大事小情一网兜住`), is one section head of the
article above, though its second line has commas: no kicker and title of a new article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("走进柳湾区大岭镇某某村,路口有岗亭,车辆要登记才能进。"
         "“村里这几年能变得这么安稳,靠的是‘网格化’。”村党支部书记某某说。")
_HEAD = "网格化——\n划小片、定专人、常走访,大事小情一网兜住"
_MORE = "村里被划成了八个片区,每个片区都有一名专职网格员,手机里存着片区内每户人家的电话。"
_LAST = "一年下来,村里报警的次数少了一大半,这是怎么做到的?网格员某某给我们讲了几件事。"


def test_a_quoted_word_led_by_a_dash_into_its_meaning_heads_a_part():
    (article,) = parse_page(page("城郊小村的安稳日子", _LEAD, _HEAD, _MORE, _LAST))
    assert article.title == "城郊小村的安稳日子"
    assert "村里被划成了八个片区" in article.body and article.body.endswith("讲了几件事。")


def test_a_word_the_text_did_not_quote_keeps_its_line_a_kicker():
    lead = _LEAD.replace("‘网格化’", "新的管理办法")
    first, second = parse_page(page("城郊小村的安稳日子", lead, _HEAD, _MORE, _LAST))
    assert second.kicker == "网格化——" and second.body.startswith("村里被划成了八个片区")
