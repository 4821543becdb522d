"""`… 摄` under an article's undated lead: the text below still points back at the lead's place when a short opening
phrase comes before the clause (`推进乡村治理,该镇…`), so the lead stays the article's; and a lead the column broke
after its date (`6月初,…` / `…。` over the credit) is the article's first lines, not a photo's title. Every
snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import opens_with_date
from tests.helpers import page

_TITLE = "青石镇:小网格连起民心"
_LEAD = "6月初,白沙县青石镇成为全省首批乡村治理示范镇。就在一个月前,该镇还获评省级卫生镇。"
_BELOW = "推进乡村治理,该镇这几年把网格当作治理的根基,成效明显。"


def test_a_date_and_its_comma_open_a_report():
    assert opens_with_date("6月初,白沙县青石镇成为全省首批")
    assert opens_with_date("10月9日上午,在青石村")
    assert not opens_with_date("7月1日起,这些新规开始施行")
    assert not opens_with_date("青石镇:稻田收割忙")


def test_the_lead_stays_when_the_text_below_points_back_after_an_opening_phrase():
    articles = parse_page(page(_TITLE, _LEAD + "\n林小禾摄", _BELOW))
    assert [a.kind for a in articles] == ["article"], [a.title for a in articles]
    assert articles[0].title == _TITLE and articles[0].body.startswith("6月初")


def test_a_lead_broken_after_its_date_is_no_photo_title():
    articles = parse_page(page(_TITLE, _LEAD[:20], _LEAD[20:] + "\n林小禾摄", _BELOW))
    assert [a.kind for a in articles] == ["article"], [a.title for a in articles]
    assert articles[0].subtitle is None and articles[0].body.startswith("6月初")
