"""Page text and queries never turn into spreadsheet formulas or invalid XML on the way out."""

import csv
import io
from xml.etree import ElementTree as ET

from app.formats.atom import atom_feed
from app.formats.exports import as_csv

FORMULAS = ["=HYPERLINK(\"http://x.example\",\"点此\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def record(n: int, text: str) -> dict:
    return {"id": n, "kind": "article", "title": text, "kicker": text, "subtitle": None, "authors": [text],
            "place": {"town": text}, "source": {"file": "a.txt", "lines": [[1, 2]]}, "url": f"/articles/{n}",
            "excerpt": text}


def test_csv_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe() -> None:
    body = "".join(as_csv(record(n, text) for n, text in enumerate(FORMULAS, start=1)))
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert len(rows) == len(FORMULAS)
    for row, text in zip(rows, FORMULAS):
        for column in ("title", "kicker", "authors", "town", "excerpt"):
            assert row[column] == "'" + text
    plain = "".join(as_csv([record(9, "胥口镇 = 好地方")]))
    assert "'胥口镇" not in plain and "胥口镇 = 好地方" in plain


def test_a_feed_drops_characters_xml_forbids_from_text_and_query() -> None:
    hostile = "胥口\x00镇\x0b通知\uffff\ud800"
    body = atom_feed(title=f"镇志 · 搜索 {hostile}", feed_url=f"/feeds/search.atom?q={hostile}",
                     page_url=f"/search?q={hostile}", records=[record(1, hostile)], base_url="https://z.example")
    feed = ET.fromstring(body)  # well-formed XML
    texts = "".join(feed.itertext())
    assert "胥口镇通知" in texts
    assert not any(ch in body.decode("utf-8") for ch in "\x00\x0b\uffff")
