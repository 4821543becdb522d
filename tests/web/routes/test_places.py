"""Browse by place and by author, HTML and JSON twins, in process over the seeded archive."""

from urllib.parse import quote

from fastapi.testclient import TestClient

from tests.helpers import find_place as find


def test_place_tree_counts_add_up(client: TestClient) -> None:
    tree = client.get("/api/places").json()
    suzhou = find(tree, "苏州市")
    assert suzhou and suzhou["level"] == "city"
    gusu = find(suzhou["children"], "姑苏区")
    assert gusu["level"] == "county" and gusu["code"] == "320508"
    assert gusu["count"] >= sum(town["count"] for town in gusu["children"])
    assert suzhou["count"] >= sum(county["count"] for county in suzhou["children"])
    listed = client.get("/api/articles", params={"county": gusu["code"], "per_page": 100}).json()
    assert listed["total"] == gusu["count"]
    assert all(item["place"]["county"] == "姑苏区" for item in listed["items"])


def test_a_county_page_lists_its_towns_articles_too(client: TestClient) -> None:
    gusu = client.get("/api/places/320508").json()
    assert gusu["name"] == "姑苏区" and [n["name"] for n in gusu["trail"]] == ["苏州市", "姑苏区"]
    towns = {child["name"] for child in gusu["children"]}
    assert "吴门桥街道" in towns
    titles = {item["title"] for item in gusu["articles"]["items"]}
    assert "姑苏吴门桥街道 “年轻面孔”走进社区" in titles  # a town's article on its county's page
    assert "姑苏区专项整治安全隐患" in titles  # and a county-wide one


def test_place_page_html_has_breadcrumbs_and_its_json_twin(client: TestClient) -> None:
    town = find(client.get("/api/places").json(), "吴门桥街道")
    page = client.get(f"/places/{town['code']}")
    assert page.status_code == 200
    assert 'href="/places/320500"' in page.text and 'href="/places/320508"' in page.text
    assert '<span aria-current="page">吴门桥街道</span>' in page.text
    assert f'type="application/json" href="/api/places/{town["code"]}' in page.text
    assert "“年轻面孔”走进社区" in page.text


def test_article_page_links_its_place_breadcrumbs_and_authors(client: TestClient) -> None:
    item = client.get("/api/articles", params={"town": "吴门桥街道"}).json()["items"][0]
    page = client.get(item["url"]).text
    assert 'href="/places/320508"' in page
    assert f'href="/authors/{quote("杨婷")}"' in page


def test_unknown_place_or_author_is_404_with_a_message(client: TestClient) -> None:
    for path in ["/api/places/999999", "/api/authors/无此人", "/api/articles?author=无此人",
                 "/api/articles?county=无此区", "/api/articles?town=无此镇"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404 and response.json()["error"], path
    for path in ["/places/999999", f"/authors/{quote('无此人')}"]:
        page = client.get(path)
        assert page.status_code == 404 and "text/html" in page.headers["content-type"]


def test_author_pages(client: TestClient) -> None:
    authors = client.get("/api/authors").json()
    names = {a["name"]: a["count"] for a in authors}
    assert names["东南君"] == 2  # two articles of the same pen name on two pages
    data = client.get(f"/api/authors/{quote('东南君')}").json()
    assert data["count"] == 2 and len(data["articles"]["items"]) == 2
    page = client.get(f"/authors/{quote('东南君')}").text
    assert "常熟东南街道抓实乡村安全" in page and "常熟东南街道 智能消防栓全覆盖" in page
    assert client.get("/api/articles", params={"author": "东南君"}).json()["total"] == 2
