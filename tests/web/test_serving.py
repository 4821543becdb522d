"""Many readers at once, through a real uvicorn on loopback over a real archive: connections, downloads,
conditional GETs, cache and CORS headers, limits and the public URL."""

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from tests.helpers import LiveServer, run_cli


@pytest.mark.sqlite_only  # a PostgreSQL pool is bounded on purpose (tests/archive/test_postgresql.py)
def test_the_connection_pool_never_runs_dry_for_the_request_threads(seeded_data_dir: Path) -> None:
    # Every request thread, and downloads beside them, get a connection at once instead of waiting
    # (a pool smaller than the thread pool made requests wait 30 s and then fail with a 500).
    with LiveServer(seeded_data_dir, threads=24) as server:
        engine = server.app.state.engine
        engine.pool._timeout = 2  # a wait would show up as an error within 2 s
        held = [engine.connect() for _ in range(24 + 8)]
        try:
            with httpx2.Client(base_url=server.url, timeout=10) as client:
                assert client.get("/api/search", params={"q": "苏州"}).status_code == 200
        finally:
            for connection in held:
                connection.close()


def test_pages_keep_answering_while_many_requests_run_at_once(live_server: LiveServer) -> None:
    statuses: list[int] = []

    def reader(path: str) -> None:
        with httpx2.Client(base_url=live_server.url, timeout=20) as client:
            for _ in range(3):
                statuses.append(client.get(path).status_code)

    paths = ["/api/search?q=镇", "/search?q=社区", "/api/articles", "/", "/places"] * 12
    threads = [threading.Thread(target=reader, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(statuses) == 3 * len(paths)
    assert set(statuses) == {200}


def test_downloads_beyond_the_free_slots_are_503_with_retry_after(seeded_data_dir: Path) -> None:
    with (LiveServer(seeded_data_dir, export_slots=1) as server,
          httpx2.Client(base_url=server.url, timeout=10) as client):
        slots = server.app.state.export_slots
        slots.take()  # one download in progress
        try:
            busy = client.get("/api/articles.ndjson")
            assert busy.status_code == 503
            assert int(busy.headers["retry-after"]) > 0
            assert busy.json()["status"] == 503
            assert client.get("/api/search.csv", params={"q": "镇"}).status_code == 503
            assert client.get("/api/articles").status_code == 200  # pages are not held up
        finally:
            slots._free.release()
        whole = client.get("/api/articles.ndjson")
        assert whole.status_code == 200 and len(whole.text.splitlines()) == client.get("/api/articles").json()["total"]
        assert client.get("/api/articles.ndjson").status_code == 200  # the slot came back after the stream


def test_a_download_that_fails_half_way_is_a_broken_transfer_not_a_complete_200(
        seeded_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.web.routes import articles

    real = articles.iter_articles

    def failing(session, filters) -> Iterator[dict]:  # type: ignore[no-untyped-def]
        for n, record in enumerate(real(session, filters)):
            if n == 5:
                raise OSError("disk I/O error")
            yield record

    monkeypatch.setattr(articles, "iter_articles", failing)
    with LiveServer(seeded_data_dir) as server, httpx2.Client(base_url=server.url, timeout=10) as client:
        with pytest.raises(httpx2.RemoteProtocolError):
            with client.stream("GET", "/api/articles.ndjson") as response:
                assert response.status_code == 200
                response.read()
        monkeypatch.setattr(articles, "iter_articles", real)
        assert client.get("/api/articles.ndjson").status_code == 200  # and the slot was given back


def test_an_unchanged_archive_answers_304_until_an_ingest_moves_it(data_dir: Path, tmp_path: Path) -> None:
    assert run_cli(data_dir, "ingest", "seeds").returncode == 0
    with LiveServer(data_dir) as server, httpx2.Client(base_url=server.url, timeout=10) as client:
        first = client.get("/api/articles")
        etag, modified = first.headers["etag"], first.headers["last-modified"]
        assert first.headers["cache-control"] == "no-cache"
        again = client.get("/api/articles", headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert client.get("/search?q=镇", headers={"If-None-Match": client.get("/search?q=镇").headers["etag"]}
                          ).status_code == 304
        assert client.get("/api/articles", headers={"If-Modified-Since": modified}).status_code == 304
        assert client.get("/api/articles", headers={"If-None-Match": 'W/"other"'}).status_code == 200
        assert client.get("/api/articles/999999", headers={"If-None-Match": etag}).status_code == 404

        page = tmp_path / "new.txt"
        page.write_text("胥口镇新建便民服务站\n\n本报讯 胥口镇便民服务站今天启用，居民办事不出镇。\n", encoding="utf-8")
        assert run_cli(data_dir, "ingest", str(page)).returncode == 0
        moved = client.get("/api/articles", headers={"If-None-Match": etag})
        assert moved.status_code == 200 and moved.headers["etag"] != etag


def test_static_files_are_cached_and_the_api_is_open_to_other_sites(client) -> None:  # type: ignore[no-untyped-def]
    static = client.get("/static/site.css")
    assert static.status_code == 200 and "max-age" in static.headers["cache-control"]
    api = client.get("/api/articles", headers={"Origin": "https://research.example"})
    assert api.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/api/search", headers={"Origin": "https://research.example",
                                                        "Access-Control-Request-Method": "GET"})
    assert preflight.status_code == 200 and "GET" in preflight.headers["access-control-allow-methods"]


def test_oversized_headers_and_bodies_are_refused(live_server: LiveServer) -> None:
    with httpx2.Client(base_url=live_server.url, timeout=10) as client:
        huge = client.get("/api/articles", headers={"X-Padding": "a" * 40_000})
        assert huge.status_code in (400, 431)
        body = client.post("/api/articles", content=b"x" * 200_000)
        assert body.status_code == 413
        assert body.json()["status"] == 413


def test_the_api_rate_limit_is_off_by_default_and_429_with_retry_after_when_set(seeded_data_dir: Path) -> None:
    with LiveServer(seeded_data_dir) as server, httpx2.Client(base_url=server.url, timeout=10) as client:
        assert {client.get("/api/articles").status_code for _ in range(30)} == {200}
    with (LiveServer(seeded_data_dir, api_rate_limit=5) as server,
          httpx2.Client(base_url=server.url, timeout=10) as client):
        statuses = [client.get("/api/articles").status_code for _ in range(6)]
        assert statuses == [200] * 5 + [429]
        limited = client.get("/api/search", params={"q": "镇"})
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert limited.json()["status"] == 429
        assert client.get("/").status_code == 200  # pages for readers are not limited


def test_the_host_header_never_reaches_permalinks_citations_or_feed_ids(seeded_data_dir: Path) -> None:
    with LiveServer(seeded_data_dir, public_url="https://zhenzhi.example.org/") as server, \
            httpx2.Client(base_url=server.url, timeout=10) as client:
        article_id = client.get("/api/articles").json()["items"][0]["id"]
        hostile = {"Host": "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "gopher"}
        page = client.get(f"/articles/{article_id}", headers=hostile).text
        assert "evil.example" not in page and "gopher" not in page
        assert f"https://zhenzhi.example.org/articles/{article_id}" in page
        code = client.get("/api/places").json()[0]["code"]
        feed = client.get(f"/feeds/places/{code}.atom", headers=hostile).text
        assert "evil.example" not in feed and "<id>https://zhenzhi.example.org/feeds/places/" in feed


def test_the_source_view_of_a_long_page_comes_in_parts(data_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "long.txt"
    story = "胥口镇今天召开居民议事会，商量老旧小区加装电梯的办法，到会居民都发了言，大家说得很实在。"
    page.write_text("胥口镇居民议事会商量加装电梯\n\n本报讯 " + "\n".join([story] * 1200) + "\n", encoding="utf-8")
    assert run_cli(data_dir, "ingest", str(page)).returncode == 0
    with LiveServer(data_dir) as server, httpx2.Client(base_url=server.url, timeout=30) as client:
        first = client.get("/pages/long.txt")
        assert first.status_code == 200
        assert first.text.count('class="ln"') == 500
        assert 'id="L1"' in first.text and 'id="L501"' not in first.text
        assert 'href="/pages/long.txt?page=2" rel="next"' in first.text
        last = client.get("/api/pages/long.txt", params={"page": 3}).json()
        assert (last["part"], last["parts"]) == (3, 3)
        assert [line["number"] for line in last["text_lines"]][0] == 1001
        assert client.get("/pages/long.txt", params={"page": 2}).text.count('class="ln"') == 500


def test_the_connection_goes_back_before_the_answer_is_sent(seeded_data_dir: Path) -> None:
    held_while_sending: list[int] = []
    server = LiveServer(seeded_data_dir)

    class Watch:  # the outermost layer: sees the answer start on its way to the client
        def __init__(self, app):  # type: ignore[no-untyped-def]
            self.app = app

        async def __call__(self, scope, receive, send):  # type: ignore[no-untyped-def]
            async def watching(message):  # type: ignore[no-untyped-def]
                if message["type"] == "http.response.start":
                    held_while_sending.append(server.app.state.engine.pool.checkedout())
                await send(message)

            await self.app(scope, receive, watching)

    server.app.add_middleware(Watch)
    with server, httpx2.Client(base_url=server.url, timeout=10) as client:
        # the counts the server computes ahead when it starts hold a connection of their own while they run: the
        # readers' connections alone are watched
        server.app.state.warmer.stop()
        assert client.get("/api/articles").status_code == 200
        assert client.get("/api/search", params={"q": "镇"}).status_code == 200
        assert client.get("/places").status_code == 200
    assert len(held_while_sending) == 3 and set(held_while_sending) == {0}


def test_a_keep_alive_connection_is_asked_to_reconnect_after_its_turn(seeded_data_dir: Path) -> None:
    # Server processes sharing a socket keep the connections they accepted: a reconnect now and then lets a
    # crowd that arrived at once spread over them.
    ports: list[int] = []
    with LiveServer(seeded_data_dir, keepalive_requests=3) as server, httpx2.Client(base_url=server.url) as client:
        answers = []
        for _ in range(7):
            answer = client.get("/api/articles", extensions={"trace": lambda name, info: ports.append(
                info["return_value"].get_extra_info("socket").getsockname()[1])
                if name == "connection.connect_tcp.complete" else None})
            answers.append(answer)
    assert all(a.status_code == 200 for a in answers)
    assert [a.headers.get("connection") for a in answers] == [None, None, "close", None, None, "close", None]
    assert len(ports) == 3 and len(set(ports)) == 3  # three connections, each opened anew
