"""Rules found on real texts nobody had tuned for, each shown on a short made-up text."""

import pytest

from app.places.gazetteer import load_gazetteer
from app.places.model import ArticleText, PlaceTags
from app.places.tagger import tag_page


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def tag(gazetteer, title: str | None, body: str) -> PlaceTags:
    return tag_page(gazetteer, [ArticleText(title=title, kicker=None, subtitle=None, body=body)])[0]


def where(tags: PlaceTags) -> tuple[str | None, str | None, str | None]:
    place = tags.place
    return (place.city, place.county, place.town) if place else (None, None, None)


def test_each_namesake_in_a_list_is_the_town_of_the_county_before_it(gazetteer):
    body = ("全国叫沙溪的古镇有好几个,比如四川通江县沙溪镇、云南剑川县沙溪镇。"
            "这回我们去的是太仓市的沙溪古镇,沙溪的老街安安静静。")
    assert where(tag(gazetteer, "沙溪一日", body)) == ("苏州市", "太仓市", "沙溪镇")


def test_a_pond_named_after_a_town_is_not_the_town(gazetteer):
    body = "苏州相城区渭塘镇盛泽荡村的荷花开了。盛泽荡村的游客多了起来,盛泽荡边的民宿也住满了。"
    names = {m.name for m in tag(gazetteer, None, body).mentions}
    assert "盛泽镇" not in names
    assert where(tag(gazetteer, None, body)) == ("苏州市", "相城区", "渭塘镇")
