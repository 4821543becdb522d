"""Atom feeds, so a reader can follow a place, an author or a search.

Times come from the archive, never from the request: an entry is updated on its page's printed date
(else when the page was ingested), and the feed when its newest entry was; a poll that finds nothing
new sees the same document.
"""

from datetime import datetime
from typing import Any
from xml.etree import ElementTree as ET

from app.text import strip_xml_forbidden
from app.sources.dates import chinese_date, edition_label

ATOM = "http://www.w3.org/2005/Atom"
EPOCH = "1970-01-01T00:00:00Z"  # an empty feed has never been updated


def text_element(parent: ET.Element, tag: str, text: str) -> ET.Element:
    """A child holding text; characters XML forbids are dropped (ElementTree would write them as they are)."""
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}")
    element.text = strip_xml_forbidden(text)
    return element


def entry_updated(record: dict[str, Any]) -> str:
    source = record.get("source") or {}
    if source.get("date"):
        return f"{source['date']}T00:00:00Z"
    if source.get("ingested_at"):
        return datetime.fromisoformat(source["ingested_at"]).strftime("%Y-%m-%dT%H:%M:%SZ")
    return EPOCH


def source_words(record: dict[str, Any]) -> str:
    """苏州日报 · 2022年11月8日 · A05版 (日期不详 when the page has no date)."""
    source = record.get("source") or {}
    words = [source.get("newspaper"), chinese_date(source.get("date")), edition_label(source.get("edition"))]
    return " · ".join(w for w in words if w)


def atom_feed(*, title: str, feed_url: str, page_url: str, records: list[dict[str, Any]], base_url: str) -> bytes:
    """An Atom 1.0 document; ElementTree escapes every piece of page text."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "zh-CN"})
    feed_url, page_url = strip_xml_forbidden(feed_url), strip_xml_forbidden(page_url)
    text_element(feed, "title", title)
    text_element(feed, "id", base_url + feed_url)
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "self", "href": base_url + feed_url})
    ET.SubElement(feed, f"{{{ATOM}}}link", {"rel": "alternate", "type": "text/html", "href": base_url + page_url})
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max(map(entry_updated, records), default=EPOCH)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    text_element(author, "name", "镇志")
    for record in records:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        text_element(entry, "title", record.get("title") or "（无标题图片）")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = base_url + record["url"]
        ET.SubElement(entry, f"{{{ATOM}}}link", {"href": base_url + record["url"]})
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = entry_updated(record)
        for name in record.get("authors") or []:
            text_element(ET.SubElement(entry, f"{{{ATOM}}}author"), "name", name)
        text_element(entry, "summary", f"{source_words(record)}　{record.get('excerpt') or ''}".strip())
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
