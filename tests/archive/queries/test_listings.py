"""A place's listing is the same whichever way it is read: its articles ordered all at once, or pages
read newest first until a stretch is full (for places with many articles)."""

from pathlib import Path

import pytest
from sqlmodel import Session

from app.archive.db import make_engine
from app.archive.queries import articles
from app.archive.queries.filters import ArticleFilters
from app.archive.queries.places import PlaceNode, place_tree
from tests.helpers import settings_for


def every_place(nodes: list[PlaceNode]) -> list[PlaceNode]:
    return [place for node in nodes for place in (node, *every_place(node.ordered_children))]


def stretches(session: Session, place: PlaceNode, per_page: int) -> list[list[int]]:
    filters = ArticleFilters(**{place.level: place.code})
    return [articles.list_articles(session, filters, page=page, per_page=per_page).items
            for page in range(1, place.count // per_page + 3)]


@pytest.mark.parametrize("per_page", [1, 3, 20])
def test_page_by_page_gives_every_stretch_of_a_place_listing_unchanged(dated_data_dir: Path, per_page: int,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(settings_for(dated_data_dir))
    with Session(engine) as session:
        places = every_place(place_tree(session))
        assert len(places) > 3 and any(place.count > 3 for place in places)
        monkeypatch.setattr(articles, "PAGE_BY_PAGE_MARGIN", 10**12)  # never: ordered all at once
        ordered = {place.code: stretches(session, place, per_page) for place in places}
        monkeypatch.setattr(articles, "PAGE_BY_PAGE_MARGIN", 0)  # always: page by page
        assert {place.code: stretches(session, place, per_page) for place in places} == ordered
    engine.dispose()
