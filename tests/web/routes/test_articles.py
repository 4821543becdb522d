"""The JSON API of CONTRACT.md, in process over the seeded archive."""

from fastapi.testclient import TestClient


def test_list_is_paginated_with_totals(client: TestClient) -> None:
    first = client.get("/api/articles", params={"per_page": 5}).json()
    assert set(first) == {"total", "page", "per_page", "items"}
    assert first["page"] == 1 and first["per_page"] == 5 and len(first["items"]) == 5
    assert first["total"] > 30
    second = client.get("/api/articles", params={"per_page": 5, "page": 2}).json()
    assert {a["id"] for a in first["items"]}.isdisjoint({a["id"] for a in second["items"]})
    item = first["items"][0]
    assert "body" not in item and item["excerpt"]
    last_page = -(-first["total"] // 5)
    beyond = client.get("/api/articles", params={"per_page": 5, "page": last_page + 1}).json()
    assert beyond["items"] == [] and beyond["total"] == first["total"]


def test_kind_filter(client: TestClient) -> None:
    photos = client.get("/api/articles", params={"kind": "photo", "per_page": 100}).json()
    assert photos["total"] >= 1
    assert all(a["kind"] == "photo" for a in photos["items"])


def test_one_article_is_the_full_record(client: TestClient) -> None:
    listed = client.get("/api/articles", params={"per_page": 1}).json()["items"][0]
    record = client.get(f"/api/articles/{listed['id']}").json()
    assert record["id"] == listed["id"] and record["title"] == listed["title"]
    assert record["body"] and "\n" in record["body"] or len(record["body"]) > 20
    assert record["url"] == f"/articles/{record['id']}"


def test_unknown_article_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/articles/999999")
    assert response.status_code == 404
    assert response.json() == {"error": "no article with id 999999", "status": 404}


def test_bad_parameters_are_4xx_json_never_5xx(client: TestClient) -> None:
    for path in ["/api/articles/abc", "/api/articles/-1", "/api/articles/0", "/api/articles/99999999999999999999999",
                 "/api/articles?page=0", "/api/articles?page=x", "/api/articles?per_page=1000",
                 "/api/articles?per_page=-5", "/api/articles?kind=video", "/api/articles?city=" + "苏" * 500]:
        response = client.get(path)
        assert 400 <= response.status_code < 500, path
        body = response.json()
        assert body["status"] == response.status_code and body["error"], path


def test_unknown_api_path_is_a_json_404(client: TestClient) -> None:
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and response.json()["status"] == 404


def test_security_headers(client: TestClient) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"]


def test_the_http_surface_is_read_only(client: TestClient) -> None:
    for method in ["POST", "PUT", "PATCH", "DELETE"]:
        for path in ["/api/articles", "/api/articles/1", "/api/search?q=胥口", "/api/places", "/articles/1", "/"]:
            response = client.request(method, path)
            assert response.status_code == 405, (method, path)
    assert client.delete("/api/articles/1").json()["status"] == 405
    assert client.get("/api/articles/1").status_code == 200
