"""Answers replayed from memory: only while the archive, the index and the day stand still, never a
download, never anything one client's headers could have put there."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.web import guards
from app.web.app import create_app
from app.web.routes import articles
from tests.databases import settings_for
from tests.helpers import SEEDS, app_client, ingest, write_page


@pytest.fixture
def listing_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the listing's query really ran."""
    calls: list[int] = []
    real = articles.list_articles

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(articles, "list_articles", counting)
    return calls


def test_a_repeated_answer_comes_from_memory_until_an_ingest_moves_the_archive(
        archive_dir: Path, tmp_path: Path, listing_calls: list[int]) -> None:
    ingest(archive_dir, SEEDS / "01.txt")
    with app_client(archive_dir) as client:
        first = client.get("/api/articles")
        again = client.get("/api/articles")
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
        assert len(listing_calls) == 1
        assert again.headers["cache-control"] == "no-cache" and "content-security-policy" in again.headers
        assert client.head("/api/articles").headers["etag"] == first.headers["etag"]

        page = write_page(tmp_path / "new", "new.txt", "胥口镇新建便民服务站\n\n本报讯 胥口镇便民服务站今天启用。\n")
        ingest(archive_dir, page)
        moved = client.get("/api/articles")
        assert len(listing_calls) == 2
        assert moved.json()["total"] == first.json()["total"] + 1
        assert any(item["title"] == "胥口镇新建便民服务站" for item in moved.json()["items"])


def test_an_answer_of_yesterday_is_not_replayed_today(client: TestClient, monkeypatch: pytest.MonkeyPatch,
                                                      listing_calls: list[int]) -> None:
    monkeypatch.setattr(guards, "today", lambda: "2031-01-01")
    etag = client.get("/api/articles?per_page=3").headers["etag"]
    monkeypatch.setattr(guards, "today", lambda: "2031-01-02")
    assert client.get("/api/articles?per_page=3").headers["etag"] != etag
    assert len(listing_calls) == 2


def test_downloads_are_streamed_every_time(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = articles.iter_articles

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        yield from real(*args, **kwargs)

    monkeypatch.setattr(articles, "iter_articles", counting)
    first = client.get("/api/articles.csv")
    second = client.get("/api/articles.csv")
    assert first.status_code == second.status_code == 200 and first.content == second.content
    assert len(calls) == 2


def test_a_page_asked_for_with_a_hostile_host_holds_nothing_of_it_for_the_next_reader(client: TestClient) -> None:
    hostile = client.get("/search?q=镇&sort=newest", headers={"Host": "evil.example"})
    assert hostile.status_code == 200 and "evil.example" not in hostile.text
    assert 'href="/api/search?q=' in hostile.text
    assert "evil.example" not in client.get("/search?q=镇&sort=newest").text


def test_the_memory_can_be_turned_off(seeded_data_dir: Path, listing_calls: list[int]) -> None:
    settings = settings_for(seeded_data_dir, response_cache_mb=0)
    with TestClient(create_app(settings), base_url="http://127.0.0.1") as client:
        assert client.get("/api/articles").content == client.get("/api/articles").content
    assert len(listing_calls) == 2
