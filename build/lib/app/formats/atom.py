"""Atom feeds, so a reader can follow a place, an author or a search."""

from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"


def atom_feed(*, title: str, feed_url: str, page_url: str, records: list[dict[str, Any]], base_url: str,
              updated: datetime | None = None) -> bytes:
    """An Atom 1.0 document; ElementTree escapes every piece of page text."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "zh-CN"})
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = base_url + feed_url
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": base_url + feed_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": base_url + page_url})
    stamp = (updated or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = stamp
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "镇志"
    for record in records:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = record.get("title") or "（无标题图片）"
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base_url + record["url"]
        ET.SubElement(entry, f"{{{ATOM}}}link", {"href": base_url + record["url"]})
        date = (record.get("source") or {}).get("date")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{date}T00:00:00Z" if date and len(date) == 10 else stamp
        for name in record.get("authors") or []:
            ET.SubElement(ET.SubElement(entry, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = name
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = record.get("excerpt") or ""
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
