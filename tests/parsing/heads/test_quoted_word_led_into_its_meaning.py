"""A word the text above quoted, printed alone and led by a dash into the line under it that says what it means
(`…是实行“社区化”的结果。`, then `社区化——` over `建围墙、安街门,人和车一律刷卡进入`), is one section head of the
article above, though its second line has commas: no kicker and title of a new article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("记者来到位于城乡结合部的柳湾区大岭镇某某村,但见:保安站岗,进门刷卡;街面干净整洁,店面式样统一。"
         "“村里能有这样的变化,是实行‘社区化’的结果。”村党支部书记某某说。")
_HEAD = "社区化——\n建围墙、安街门、设门岗、把路口,人和车一律刷卡进入"
_MORE = "来到某某村口,门口的保安迎上前来,微笑着要求出示“一卡通”或登记身份信息。正巧碰见村民某某回村。"
_LAST = "村口设保安站岗,要进村还要刷卡,这是怎么回事?这还得从头说起。"


def test_a_quoted_word_led_by_a_dash_into_its_meaning_heads_a_part():
    (article,) = parse_page(page("郊区小村“变身”城市社区 探访某某村", _LEAD, _HEAD, _MORE, _LAST))
    assert article.title == "郊区小村“变身”城市社区 探访某某村"
    assert "来到某某村口" in article.body and article.body.endswith("从头说起。")


def test_a_word_the_text_did_not_quote_keeps_its_line_a_kicker():
    lead = _LEAD.replace("‘社区化’", "新的管理办法")
    first, second = parse_page(page("郊区小村“变身”城市社区 探访某某村", lead, _HEAD, _MORE, _LAST))
    assert second.kicker == "社区化——" and second.body.startswith("来到某某村口")
