"""The answers a server keeps per generation (place tree, counts, articles per day), computed ahead in the
background, are those of the archive as it is now: an ingest shows on the very next request."""

from pathlib import Path

from tests.databases import copy_archive
from tests.helpers import app_client, find_place, ingest, write_page


def test_home_places_and_timeline_follow_an_ingest_at_once(dated_data_dir: Path, tmp_path: Path) -> None:
    data = copy_archive(dated_data_dir, tmp_path / "data")
    with app_client(data) as client:
        def suzhou() -> int:
            return find_place(client.get("/api/places").json(), "苏州市")["count"]

        def total_in(year: str) -> int:
            points = client.get("/api/timeline").json()["series"][0]["points"]
            return next(p["count"] for p in points if p["period"] == year)

        before_places, before_2022 = suzhou(), total_in("2022")
        before_total = client.get("/api/articles").json()["total"]
        xukou = find_place(client.get("/api/places").json(), "胥口镇")["code"]
        people_before = client.get(f"/api/places/{xukou}").json()["people"]
        assert "钱小满" not in {p["name"] for p in people_before["items"]}
        home = client.get("/").text
        write_page(tmp_path / "new" / "2022-05-06", "A01.txt",
                   "胥口镇社区食堂开张\n\n本报讯 苏州市吴中区胥口镇社区食堂今天开张，胥口镇党委书记钱小满到场，"
                   "老人吃饭更方便。\n")
        ingest(data, tmp_path / "new")
        assert suzhou() == before_places + 1
        assert total_in("2022") == before_2022 + 1
        assert client.get("/api/articles").json()["total"] == before_total + 1
        assert client.get("/").text != home  # the newest article and the counts
        assert "胥口镇社区食堂开张" in client.get("/").text
        people_after = client.get(f"/api/places/{xukou}").json()["people"]
        assert "钱小满" in {p["name"] for p in people_after["items"]}
        assert people_after["total"] == people_before["total"] + 1
