"""/openapi.json tells the truth: real answers validate against the published schemas, every parameter
is described with an example, downloads declare their media types, and docs/API.md lists the same
endpoints."""

import re
from urllib.parse import quote

import pytest

from app.web.deps import LOCAL_URL
from tests.helpers import REPO, check_against_openapi


@pytest.fixture(scope="module")
def doc(client) -> dict:  # type: ignore[no-untyped-def]
    return client.get("/openapi.json").json()


@pytest.fixture(scope="module")
def known(client) -> dict:  # type: ignore[no-untyped-def]
    article = client.get("/api/articles?per_page=1").json()["items"][0]
    place = client.get("/api/places").json()[0]
    author = client.get("/api/authors").json()[0]
    person = client.get("/api/people?per_page=1").json()["items"][0]
    return {"id": article["id"], "file": article["source"]["file"], "code": place["code"], "name": author["name"],
            "person": person["name"]}


def check_answers(client, doc: dict, cases: list[tuple[str, str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Each URL answers its status with a body the schema published for its path and status accepts."""
    for path, url, status in cases:
        response = client.get(url)
        assert response.status_code == status, url
        check_against_openapi(doc, path, status, response.json())


def test_real_answers_validate_against_the_published_schemas(client, doc, known) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("/api/articles", "/api/articles?per_page=5", 200),
        ("/api/articles/{article_id}", f"/api/articles/{known['id']}", 200),
        ("/api/search", "/api/search?q=街道", 200),
        ("/api/places", "/api/places", 200),
        ("/api/places/{code}", f"/api/places/{known['code']}", 200),
        ("/api/authors", "/api/authors", 200),
        ("/api/authors/{name}", f"/api/authors/{quote(known['name'])}", 200),
        ("/api/pages/{file}", f"/api/pages/{quote(known['file'])}", 200),
        ("/api", "/api", 200),
        ("/api/articles/{article_id}", "/api/articles/999999", 404),
        ("/api/articles/{article_id}", "/api/articles/abc", 422),
        ("/api/articles", "/api/articles?page=0", 422),
        ("/api/search", "/api/search?q=title:", 400),
        ("/api/search", "/api/search?q=a&county=nowhere", 404),
        ("/api/places/{code}", "/api/places/999", 404),
    ]
    check_answers(client, doc, cases)


def test_people_answers_validate_against_the_published_schemas(client, doc, known) -> None:  # type: ignore[no-untyped-def]
    person = quote(known["person"])
    cases = [
        ("/api/people", "/api/people?title=书记&per_page=5", 200),
        ("/api/people/{name}", f"/api/people/{person}", 200),
        ("/api/search", f"/api/search?q=街道&person={person}", 200),
        ("/api/people/{name}", "/api/people/无此人", 404),
        ("/api/people/{name}", f"/api/people/{person}?place=999", 404),
        ("/api/people", "/api/people?place=nowhere", 404),
        ("/api/people", "/api/people?level=village", 422),
    ]
    check_answers(client, doc, cases)
    listing = client.get("/api/people?title=书记").json()
    assert listing["items"] and listing["titles"], "the seeded archive has people with the title 书记"
    page = client.get(f"/api/people/{person}").json()
    assert page["posts"] and page["articles"]["items"] and page["places"]
    found = client.get(f"/api/search?q={person}&person={person}").json()
    assert found["total"] == page["count"] and known["person"] in {v["name"] for v in found["facets"]["person"]}


def test_newspaper_and_timeline_answers_validate_against_the_schemas(dated) -> None:  # type: ignore[no-untyped-def]
    doc = dated.get("/openapi.json").json()
    paper, period = "/api/newspapers/{name}", "/api/newspapers/{name}/{period}"
    cases = [
        ("/api/newspapers", "/api/newspapers", 200),
        (paper, "/api/newspapers/szrb", 200),
        (period, "/api/newspapers/苏州日报/2022", 200),
        (period, "/api/newspapers/苏州日报/2022-11", 200),
        (period, "/api/newspapers/苏州日报/2022-11-08", 200),
        ("/api/on-this-day", "/api/on-this-day", 200),
        ("/api/timeline", "/api/timeline?q=垃圾分类&compare=网格&period=month", 200),
        (paper, "/api/newspapers/无此报", 404),
        (period, "/api/newspapers/苏州日报/2022-11-10", 404),
        (period, "/api/newspapers/苏州日报/11-2022", 422),
        ("/api/timeline", "/api/timeline?period=week", 422),
        ("/api/timeline", "/api/timeline?q=a&compare=b&compare=c&compare=d&compare=e", 422),
        ("/api/timeline", "/api/timeline?q=title:", 400),
        ("/api/timeline", "/api/timeline?county=nowhere", 404),
        ("/api/timeline.csv", "/api/timeline.csv?q=title:", 400),
    ]
    check_answers(dated, doc, cases)
    assert dated.get("/api/on-this-day").json(), "the dated archive prints a page on this day in an earlier year"
    assert dated.get("/api/timeline.csv?q=垃圾分类").headers["content-type"].startswith("text/csv")


def test_every_parameter_has_a_description_and_an_example(doc) -> None:  # type: ignore[no-untyped-def]
    for path, operations in doc["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                where = (path, parameter["name"])
                assert parameter.get("description"), where
                assert parameter.get("example") is not None or parameter.get("examples") \
                    or parameter["schema"].get("examples"), where


def test_every_answer_has_a_named_schema_and_errors_have_the_shape_sent(doc) -> None:  # type: ignore[no-untyped-def]
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    for path, operations in doc["paths"].items():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                for media, content in response.get("content", {}).items():
                    if media == "application/json":
                        assert "$ref" in str(content["schema"]), (path, status)
                if status.startswith("4") and status != "410":
                    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Error"}


def test_downloads_declare_their_media_types(doc) -> None:  # type: ignore[no-untyped-def]
    def media(path: str) -> set[str]:
        return set(doc["paths"][path]["get"]["responses"]["200"]["content"])

    assert media("/api/articles.{fmt}") == {"text/csv", "application/x-ndjson"}
    assert {"text/csv", "application/x-ndjson", "application/x-research-info-systems", "application/x-bibtex",
            "application/vnd.citationstyles.csl+json"} == media("/api/search.{fmt}")
    assert media("/feeds/search.atom") == media("/feeds/places/{code}.atom") == {"application/atom+xml"}


def test_api_md_lists_exactly_the_published_endpoints(doc) -> None:  # type: ignore[no-untyped-def]
    guide = (REPO / "docs" / "API.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`GET (/[^`?\s]*)", guide))
    assert listed == set(doc["paths"])
    for name in doc["components"]["schemas"]:
        assert f"`{name}`" in guide, name


def test_api_and_api_slash_are_the_same_index(client) -> None:  # type: ignore[no-untyped-def]
    index = client.get("/api").json()
    assert index == client.get("/api/").json()
    assert {"/api/search", "/api/articles/{article_id}", "/api/pages/{file}"} <= {e["path"] for e in index["endpoints"]}


def test_head_answers_wherever_get_does(client, known) -> None:  # type: ignore[no-untyped-def]
    for url in ["/", "/api", f"/articles/{known['id']}", f"/api/articles/{known['id']}", "/search?q=街道",
                "/places", "/sitemap.xml", "/opensearch.xml", "/static/site.css", "/api/articles.csv"]:
        got, head = client.get(url), client.head(url)
        assert head.status_code == got.status_code == 200, url
        assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"], url
    assert client.head("/api/articles/999999").status_code == 404


def test_sitemaps_list_articles_pages_places_and_authors(client, known) -> None:  # type: ignore[no-untyped-def]
    index = client.get("/sitemap.xml")
    assert index.headers["content-type"].startswith("application/xml")
    base = LOCAL_URL  # absolute addresses come from the configured public URL, never the request's host
    parts = re.findall(rf"<loc>{re.escape(base)}(/sitemaps/[^<]+)</loc>", index.text)
    assert parts == ["/sitemaps/pages.xml", "/sitemaps/places.xml", "/sitemaps/authors.xml", "/sitemaps/articles-1.xml"]
    listed = "".join(client.get(part).text for part in parts)
    total = client.get("/api/articles").json()["total"]
    assert len(re.findall(rf"<loc>{re.escape(base)}/articles/\d+</loc>", listed)) == total
    for url in (f"/articles/{known['id']}", f"/pages/{quote(known['file'])}", f"/places/{known['code']}",
                f"/authors/{quote(known['name'])}"):
        assert f"<loc>{base}{url}</loc>" in listed, url
    assert client.get("/sitemaps/articles-2.xml").status_code == 404


def test_opensearch_description_is_linked_from_every_page(client) -> None:  # type: ignore[no-untyped-def]
    description = client.get("/opensearch.xml")
    assert description.headers["content-type"].startswith("application/opensearchdescription+xml")
    base = LOCAL_URL  # absolute addresses come from the configured public URL, never the request's host
    assert f'template="{base}/search?q={{searchTerms}}"' in description.text
    assert 'rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml"' in client.get("/").text


def test_docs_page_is_part_of_the_site(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/docs").text
    assert '<header class="site">' in page and 'lang="zh-CN"' in page
    assert "API 文档" in page and 'href="/openapi.json"' in page and 'id="swagger-ui"' in page
