"""Atom feeds, so a reader can follow a place, an author or a search."""

from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

from app.text import strip_xml_forbidden

ATOM = "http://www.w3.org/2005/Atom"


def text_element(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """A child holding text; characters XML forbids are dropped (ElementTree would write them as they are)."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = strip_xml_forbidden(text)
    return element


def atom_feed(*, title: str, feed_url: str, page_url: str, records: list[dict[str, Any]], base_url: str,
              updated: datetime | None = None) -> bytes:
    """An Atom 1.0 document; ElementTree escapes every piece of page text."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "zh-CN"})
    feed_url, page_url = strip_xml_forbidden(feed_url), strip_xml_forbidden(page_url)
    text_element(feed, "title", title)
    text_element(feed, "id", base_url + feed_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": base_url + feed_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": base_url + page_url})
    stamp = (updated or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = stamp
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    text_element(author, "name", "镇志")
    for record in records:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        text_element(entry, "title", record.get("title") or "（无标题图片）")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base_url + record["url"]
        ET.SubElement(entry, f"{{{ATOM}}}link", {"href": base_url + record["url"]})
        date = (record.get("source") or {}).get("date")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = f"{date}T00:00:00Z" if date and len(date) == 10 else stamp
        for name in record.get("authors") or []:
            text_element(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        text_element(entry, "summary", record.get("excerpt") or "")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
