"""Source pages, Atom feeds and CSV/NDJSON downloads, in process over the seeded archive."""

import csv
import io
import json
from urllib.parse import quote
from xml.etree import ElementTree as ET

from fastapi.testclient import TestClient

ATOM = "{http://www.w3.org/2005/Atom}"


def test_source_page_marks_each_articles_lines(client: TestClient) -> None:
    record = client.get("/api/articles", params={"county": "虎丘区"}).json()["items"][0]
    file = record["source"]["file"]
    data = client.get(f"/api/pages/{file}").json()
    by_number = {line["number"]: line for line in data["text_lines"]}
    for first, last in record["source"]["lines"]:
        assert all(by_number[n]["article"] == record["id"] for n in range(first, last + 1))
    page = client.get(f"/pages/{file}").text
    first_line = record["source"]["lines"][0][0]
    assert f'id="L{first_line}"' in page and f'href="/articles/{record["id"]}"' in page
    article_page = client.get(record["url"]).text
    assert f'href="/pages/{file}#L{first_line}"' in article_page


def test_an_interrupted_article_has_two_line_ranges_on_its_source_page(client: TestClient) -> None:
    items = client.get("/api/articles", params={"per_page": 100}).json()["items"]
    split = [item for item in items if len(item["source"]["lines"]) > 1]
    assert split, "the seeds hold at least one article printed in two parts"
    data = client.get(f"/api/pages/{split[0]['source']['file']}").json()
    listed = {a["id"]: a for a in data["article_list"]}
    assert listed[split[0]["id"]]["lines"] == split[0]["source"]["lines"]


def test_unknown_source_page_is_404(client: TestClient) -> None:
    assert client.get("/api/pages/nothing.txt").status_code == 404
    assert client.get("/pages/nothing.txt").status_code == 404


def test_place_and_author_feeds_are_atom_with_escaped_entries(client: TestClient) -> None:
    feed = client.get("/feeds/places/320508.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == client.get("/api/places/320508").json()["count"]
    assert all(e.find(f"{ATOM}link").get("href").startswith("http://127.0.0.1") for e in entries)
    author = ET.fromstring(client.get(f"/feeds/authors/{quote('东南君')}.atom").content)
    assert len(author.findall(f"{ATOM}entry")) == 2
    assert client.get("/feeds/places/999999.atom").status_code == 404


def test_listing_downloads_stream_every_matching_article(client: TestClient) -> None:
    total = client.get("/api/articles", params={"county": "常熟市"}).json()["total"]
    response = client.get("/api/articles.csv", params={"county": "常熟市"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert len(rows) == total and all(row["county"] == "常熟市" for row in rows)
    lines = client.get("/api/articles.ndjson", params={"kind": "photo"}).text.splitlines()
    assert lines and all(json.loads(line)["kind"] == "photo" for line in lines)
    assert client.get("/api/articles.csv", params={"author": "无此人"}).status_code == 404


def test_search_downloads_and_feed(client: TestClient) -> None:
    total = client.get("/api/search", params={"q": "消防"}).json()["total"]
    rows = client.get("/api/search.ndjson", params={"q": "消防"}).text.splitlines()
    assert len(rows) == total and all("<mark>" in json.loads(row)["highlight"] for row in rows)
    feed = ET.fromstring(client.get("/feeds/search.atom", params={"q": "消防"}).content)
    assert len(feed.findall(f"{ATOM}entry")) == min(total, 50)
    assert client.get("/api/search.csv", params={"q": '"'}).status_code == 400
