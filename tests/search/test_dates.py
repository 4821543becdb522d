"""The index filters and sorts by the day and page its page order holds, and counts years and months."""

from pathlib import Path

import pytest

from app.search import ArchiveIndex
from app.search.dates import Restriction, page_order
from tests.helpers import make_docs

# Twelve pages of five articles: pages 1–10 dated one a quarter from 2019-03-05, pages 11–12 undated.
DAYS = [20190305, 20190605, 20190905, 20191205, 20200305, 20200605, 20200905, 20201205, 20210305, 20210605, 0, 0]


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> ArchiveIndex:
    docs = make_docs(60)
    for n, doc in enumerate(docs):
        page = n // 5
        doc.order = page_order(DAYS[page], page + 1, n % 5)
    ix = ArchiveIndex(Path(tmp_path_factory.mktemp("ix")), procs=1)
    ix.rebuild(docs, generation=1)
    return ix


def days_of(ix: ArchiveIndex, **options) -> list[int]:
    result = ix.search("镇 OR 区 OR 市", per_page=100, **options)
    return [DAYS[(hit.id - 1) // 5] for hit in result.hits]


def test_a_day_range_keeps_only_dated_pages_inside_it(index: ArchiveIndex) -> None:
    kept = days_of(index, restrict=Restriction(20200101, 20201231))
    assert kept and set(kept) == {20200305, 20200605, 20200905, 20201205}
    assert 0 not in days_of(index, restrict=Restriction(None, 20191231))
    assert set(days_of(index, restrict=Restriction(20210601, None))) == {20210605}


def test_pages_of_one_newspaper(index: ArchiveIndex) -> None:
    assert set(days_of(index, restrict=Restriction(page_ids=(2, 11)))) == {20190605, 0}


def test_oldest_first_puts_undated_last_and_newest_first_too(index: ArchiveIndex) -> None:
    oldest = days_of(index, sort="oldest")
    newest = days_of(index, sort="order")
    dated = [d for d in oldest if d]
    assert dated == sorted(dated) and oldest[len(dated):] == [0] * (len(oldest) - len(dated))
    assert [d for d in newest if d] == sorted(dated, reverse=True) and newest[-1] == 0


def test_years_over_all_hits_and_months_inside_one_year(index: ArchiveIndex) -> None:
    everything = index.search("镇 OR 区 OR 市", per_page=1)
    assert sum(count for _year, count in everything.facets["year"]) + 10 == everything.total
    assert [year for year, _ in everything.facets["year"]] == ["2019", "2020", "2021"]
    assert "month" not in everything.facets
    one_year = index.search("镇 OR 区 OR 市", per_page=1, restrict=Restriction(20200101, 20201231))
    assert [month for month, _ in one_year.facets["month"]] == ["2020-03", "2020-06", "2020-09", "2020-12"]


def test_hit_days_for_timelines(index: ArchiveIndex) -> None:
    days = index.hit_days("镇 OR 区 OR 市")
    assert sorted(set(days)) == sorted(set(DAYS)) and len(days) == index.search("镇 OR 区 OR 市").total
