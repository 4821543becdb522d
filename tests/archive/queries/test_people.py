"""The people read functions on real archives: the seeds, and invented pages where one name holds posts in
three counties."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from app.archive.db import make_engine
from app.archive.queries.filters import UnknownFilter
from app.archive.queries.people import PeopleFilters, people_index, person_page
from tests.databases import settings_for


def open_session(data_dir: Path) -> Iterator[Session]:
    engine = make_engine(settings_for(data_dir))
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.fixture
def seeds(seeded_data_dir: Path) -> Iterator[Session]:
    yield from open_session(seeded_data_dir)


@pytest.fixture
def namesakes(namesake_data_dir: Path) -> Iterator[Session]:
    yield from open_session(namesake_data_dir)


def names(session: Session, **filters: str) -> dict[str, int]:
    listing = people_index(session, PeopleFilters(**filters), per_page=100)
    assert listing.total == len(listing.items)
    return {item["name"]: item["count"] for item in listing.items}


def test_everyone_with_a_post_is_listed_with_their_article_count(seeds: Session) -> None:
    everyone = names(seeds)
    assert {"曹裕银", "薛晓波", "张益", "胡拥军", "杨晓峰"} <= everyone.keys()
    assert everyone["胡拥军"] == 2 and everyone["薛晓波"] == 1  # two posts in one article count once
    assert list(everyone.values()) == sorted(everyone.values(), reverse=True)  # most reported first


def test_a_place_filter_takes_the_places_below_it(seeds: Session) -> None:
    assert names(seeds, place="320505005") == {"曹裕银": 1}  # 东渚街道, by code
    assert names(seeds, place="东渚街道") == {"曹裕银": 1}  # and by name
    county = names(seeds, place="320505")  # 虎丘区: 东渚街道 and 枫桥街道 are below it
    assert {"曹裕银", "黄亮", "张建设"} <= county.keys() and "胡拥军" not in county
    with pytest.raises(UnknownFilter):
        names(seeds, place="无此地")


def test_town_party_secretaries_are_not_their_villages(seeds: Session) -> None:
    assert names(seeds, title="书记", level="town") == {"杨晓峰": 1}  # 生田村, 社区 secretaries are filed under towns
    assert names(seeds, q="镇党委书记") == {"杨晓峰": 1}
    assert "薛晓波" in names(seeds, title="书记")


def test_a_person_lists_posts_with_their_reports_and_the_articles(seeds: Session) -> None:
    page = person_page(seeds, "薛晓波")
    assert page is not None
    assert [(p["post"], p["place"]) for p in page.posts] == [("生田村党委书记", "黄桥街道"),
                                                             ("村委员会主任", "黄桥街道")]
    assert all(p["basis"] == "ingest" and p["first"]["url"] == p["last"]["url"] for p in page.posts)
    assert page.listing.total == 1 and page.listing.items[0]["url"] == page.posts[0]["first"]["url"]
    assert person_page(seeds, "无此人") is None


def test_posts_run_from_the_first_to_the_last_dated_report(namesakes: Session) -> None:
    page = person_page(namesakes, "王大明", place="320613")
    assert page is not None and page.place_name == "崇川区"
    (post,) = page.posts
    assert post["post"] == "区委书记" and post["reports"] == 2 and post["basis"] == "date"
    assert (post["first"]["date"], post["last"]["date"]) == ("2021-03-01", "2023-05-02")  # not the ingest order
    assert page.listing.total == 2


def test_a_name_in_several_counties_offers_them_to_choose_from(namesakes: Session) -> None:
    page = person_page(namesakes, "王大明")
    assert page is not None
    assert [(a["name"], a["count"]) for a in page.areas] == [("崇川区", 2), ("姑苏区", 1), ("常熟市", 1)]
    assert len(page.posts) == 3 and page.listing.total == 4
    town = person_page(namesakes, "王大明", place="320581")  # a county page shows the posts of its towns
    assert town is not None and [p["post"] for p in town.posts] == ["常熟市辛庄镇党委书记"]
    assert person_page(namesakes, "王大明", place="320583") is None  # 昆山市: not reported there
    assert names(namesakes, place="常熟市") == {"王大明": 1, "李小红": 1}


def test_a_post_search_ignores_the_case_of_latin_letters_on_every_database(seeded_copy: Path) -> None:
    from tests.databases import open_db

    with open_db(seeded_copy) as db:
        article = db.execute("SELECT id FROM article ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("INSERT INTO person_post (article_id, person, position, name, post, title) "
                   "VALUES (?, 9, 0, ?, ?, ?)",
                   (article, "李小白", "苏州AI产业园主任", "主任"))
    for session in open_session(seeded_copy):
        assert names(session, q="ai产业园") == names(session, q="AI产业园") == {"李小白": 1}
