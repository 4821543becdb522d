"""A titled photo's caption printed in two paragraphs, the first one sentence saying what the picture shows, on which
day and where (`11月12日,在某某园,村民…。`), the second its background, over the photo credit: one caption, the
titled photo whole. A two-paragraph article whose lead tells what happened keeps its lead, the last paragraph the
photo's caption. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_SCENE = "11月12日,在柳湾县白沙镇竹园村的柑橘园,村民把刚摘的柑橘抬下山。"
_BACKGROUND = "今年柳湾县柑橘喜获丰收,全县种植面积近十万亩,产量比去年多出两成。"


def test_the_two_paragraphs_are_one_caption():
    [photo] = parse_page(page("柑橘采摘忙", _SCENE, _BACKGROUND + "\n通讯员 林小禾 摄"))
    assert (photo.kind, photo.title, photo.authors) == ("photo", "柑橘采摘忙", ["林小禾"])
    assert photo.body.startswith("11月12日") and photo.body.endswith("多出两成。")


def test_a_lead_telling_what_happened_stays_the_articles():
    lead = "11月12日,柳湾县召开柑橘产业推进会,部署今冬明春果园管理和销售工作。"
    articles = parse_page(page("柑橘采摘忙", lead, _BACKGROUND + "\n通讯员 林小禾 摄"))
    assert [(a.kind, a.title) for a in articles] == [("article", "柑橘采摘忙"), ("photo", None)]
