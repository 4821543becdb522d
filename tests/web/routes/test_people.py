"""The people pages and their JSON twins, in process over real archives; people on article and place pages."""

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from tests.helpers import app_client

LIMITS = "职务是报道中的说法"


@pytest.fixture(scope="module")
def namesakes(namesake_data_dir: Path) -> Iterator[TestClient]:
    with app_client(namesake_data_dir) as client:
        yield client


def test_people_json_lists_names_counts_posts_and_links(client: TestClient) -> None:
    data = client.get("/api/people", params={"per_page": 100}).json()
    people = {item["name"]: item for item in data["items"]}
    assert {"曹裕银", "薛晓波", "张益"} <= people.keys() and data["total"] == len(people)
    cao = people["曹裕银"]
    assert cao["count"] == 1 and cao["url"] == f"/people/{quote('曹裕银')}"
    assert cao["posts"] == [{"post": "苏州高新区东渚街道党工委副书记", "place_code": "320505005", "place": "东渚街道",
                             "count": 1}]
    assert {"title": "书记", "count": 7} in data["titles"]


def test_people_page_filters_by_place_and_title(client: TestClient) -> None:
    page = client.get("/people", params={"place": "320505", "title": "副书记"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert '<html lang="zh-CN">' in page.text and LIMITS in page.text
    assert 'rel="alternate" type="application/json" href="/api/people?place=320505&amp;title=' in page.text
    assert f'href="/people/{quote("曹裕银")}?place=320505"' in page.text and "张建设" in page.text
    assert "黄亮" not in page.text  # 书记, not 副书记
    assert '<option value="副书记" selected>' in page.text


def test_people_pages_through_everyone(client: TestClient) -> None:
    first = client.get("/api/people", params={"per_page": 5}).json()
    second = client.get("/api/people", params={"per_page": 5, "page": 2}).json()
    assert len(first["items"]) == 5 and first["total"] > 10
    assert not {i["name"] for i in first["items"]} & {i["name"] for i in second["items"]}


def test_person_page_shows_posts_with_their_reports_and_the_articles(client: TestClient) -> None:
    data = client.get(f"/api/people/{quote('胡拥军')}").json()
    assert data["count"] == 2 and [p["post"] for p in data["posts"]] == ["区委书记"]
    post = data["posts"][0]
    assert post["reports"] == 2 and post["basis"] == "ingest" and post["first"]["url"] != post["last"]["url"]
    page = client.get(f"/people/{quote('胡拥军')}")
    assert page.status_code == 200 and LIMITS in page.text and "按入库顺序" in page.text
    assert f'type="application/json" href="/api/people/{quote("胡拥军")}?page=1"' in page.text
    for report in (post["first"], post["last"]):
        assert f'href="{report["url"]}"' in page.text
    assert "提到胡拥军的报道 2 篇" in page.text


def test_a_shared_name_offers_its_places_and_narrows_to_one(namesakes: TestClient) -> None:
    page = namesakes.get(f"/people/{quote('王大明')}")
    assert "同名提示" in page.text
    for code in ("320613", "320508", "320581"):
        assert f'href="/people/{quote("王大明")}?place={code}"' in page.text
    one = namesakes.get(f"/api/people/{quote('王大明')}", params={"place": "320613"}).json()
    assert one["place_name"] == "崇川区" and one["count"] == 2
    assert [(p["first"]["date"], p["last"]["date"], p["basis"]) for p in one["posts"]] == \
        [("2021-03-01", "2023-05-02", "date")]
    narrowed = namesakes.get(f"/people/{quote('王大明')}", params={"place": "320613"}).text
    assert "2021-03-01" in narrowed and "按入库顺序" not in narrowed and "辛庄镇" not in narrowed


def test_unknown_person_or_place_is_404_in_chinese_for_readers_and_english_for_programs(client: TestClient) -> None:
    for path in [f"/api/people/{quote('无此人')}", "/api/people?place=无此地",
                 f"/api/articles?person={quote('无此人')}", f"/api/people/{quote('曹裕银')}?place=320613"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404 and response.json()["error"].startswith("no "), path
    for path in [f"/people/{quote('无此人')}", "/people?place=无此地"]:
        page = client.get(path)
        assert page.status_code == 404 and "text/html" in page.headers["content-type"], path
        assert "档案中没有人物“无此人”" in page.text or "没有名为或代码为“无此地”的地方" in page.text, path
    assert client.get("/api/people", params={"level": "village"}).status_code == 422


def test_article_page_lists_its_people_with_links(client: TestClient) -> None:
    item = next(a for a in client.get("/api/articles", params={"person": "谢小兵", "per_page": 100}).json()["items"]
                if len(a["people"]) == 3)
    page = client.get(item["url"]).text
    assert "报道中的人物" in page
    for person in item["people"]:
        assert f'<a href="/people/{quote(person["name"])}">{person["name"]}</a>（{"、".join(person["posts"])}）' in page


def test_place_page_lists_the_people_reported_in_posts_there(client: TestClient) -> None:
    data = client.get("/api/places/320613").json()
    names = [p["name"] for p in data["people"]["items"]]
    assert names[0] == "谢小兵" and "胡拥军" in names and data["people"]["url"] == "/people?place=320613"
    page = client.get("/places/320613").text
    assert "报道中在此任职的人物" in page and 'href="/people?place=320613"' in page
    assert f'href="/people/{quote("胡拥军")}?place=320613"' in page
    assert "报道中在此任职的人物" not in client.get("/places/320582").text  # 张家港市: no posts there


def test_the_filter_form_as_a_browser_sends_it_empty_fields_and_all(client: TestClient) -> None:
    page = client.get("/people", params={"place": "崇川区", "title": "", "level": "", "q": ""})
    assert page.status_code == 200 and "胡拥军" in page.text
