"""Citations of an article: GB/T 7714-2015 for readers, RIS, BibTeX and CSL-JSON for reference managers,
Highwire `citation_*` meta tags and a COinS span for browser connectors.

Every format reads the same few facts (`facts`); parts the archive does not know (newspaper, date,
edition) are left out rather than invented.
"""

import json
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

ARCHIVE_NAME = "镇志"
UNKNOWN_SOURCE = "版面文件"  # GB/T 7714 wants a newspaper; this stands in, and the page says so
MAX_AUTHORS = 3  # GB/T 7714: the first three, then "等"


@dataclass(frozen=True)
class Facts:
    id: int
    title: str
    authors: list[str]
    newspaper: str | None
    date: str | None  # ISO YYYY-MM-DD, or a prefix of one
    edition: str | None
    url: str  # the permanent URL, absolute
    accessed: date
    file: str
    kind: str

    @property
    def date_parts(self) -> list[int]:
        return [int(part) for part in (self.date or "").split("-") if part.isdigit()]


def facts(record: dict[str, Any], permalink: str, accessed: date) -> Facts:
    source = record.get("source") or {}
    body = record.get("body") or record.get("excerpt") or ""
    title = record.get("title") or ("图片：" if record.get("kind") == "photo" else "") + body[:20].rstrip("…")
    return Facts(id=record["id"], title=title, authors=list(record.get("authors") or []),
                 newspaper=source.get("newspaper"), date=source.get("date"), edition=source.get("edition"),
                 url=permalink, accessed=accessed, file=source.get("file", ""), kind=record.get("kind", "article"))


def gbt7714(f: Facts) -> str:
    """作者. 题名[N/OL]. 报纸名, 出版日期(版次)[引用日期]. 获取和访问路径."""
    names = ", ".join(f.authors[:MAX_AUTHORS]) + (", 等" if len(f.authors) > MAX_AUTHORS else "")
    where = f.newspaper or UNKNOWN_SOURCE
    when = f.date or ""
    if when and f.edition:
        when += f"({f.edition})"
    parts = [f"{names}. " if names else "", f"{f.title}[N/OL]. ", where]
    if when:
        parts.append(f", {when}")
    parts.append(f"[{f.accessed.isoformat()}]. {f.url}.")
    return "".join(parts)


def ris(items: list[Facts]) -> str:
    """RIS records (type NEWS), one after another."""
    out = []
    for f in items:
        lines = [("TY", "NEWS"), ("TI", f.title), *(("AU", name) for name in f.authors)]
        if f.newspaper:
            lines.append(("T2", f.newspaper))
        if f.date_parts:
            lines.append(("PY", str(f.date_parts[0])))
            lines.append(("DA", "/".join(f"{p:02d}" for p in f.date_parts) + "/"))
        if f.edition:
            lines.append(("SP", f.edition))
        lines += [("UR", f.url), ("Y2", f.accessed.isoformat()), ("DB", ARCHIVE_NAME), ("LA", "zh-CN"),
                  ("ID", f"zhenzhi-{f.id}"), ("ER", "")]
        out.append("".join(f"{tag}  - {clean_line(value)}\r\n" for tag, value in lines))
    return "\r\n".join(out)


def clean_line(value: str) -> str:
    return " ".join(value.split())


BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "$": r"\$",
                  "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def bibtex_text(value: str) -> str:
    return "".join(BIBTEX_SPECIAL.get(ch, ch) for ch in clean_line(value))


def bibtex(items: list[Facts]) -> str:
    """BibTeX entries (@article with journal = the newspaper), keyed zhenzhi<id>."""
    out = []
    for f in items:
        fields = [("title", f.title), ("author", " and ".join("{" + bibtex_text(a) + "}" for a in f.authors))]
        fields.append(("journal", f.newspaper or ""))
        if f.date_parts:
            fields.append(("year", str(f.date_parts[0])))
            if len(f.date_parts) > 1:
                fields.append(("month", str(f.date_parts[1])))
            fields.append(("date", f.date or ""))
        fields += [("pages", f.edition or ""), ("url", f.url), ("urldate", f.accessed.isoformat()),
                   ("langid", "chinese"), ("note", ARCHIVE_NAME)]
        body = ",\n".join(f"  {name} = {{{value if name == 'author' else bibtex_text(value)}}}"
                          for name, value in fields if value)
        out.append(f"@article{{zhenzhi{f.id},\n{body}\n}}\n")
    return "\n".join(out)


def csl_item(f: Facts) -> dict[str, Any]:
    item: dict[str, Any] = {"id": f"zhenzhi-{f.id}", "type": "article-newspaper", "title": f.title,
                            "author": [{"literal": name} for name in f.authors], "URL": f.url,
                            "accessed": {"date-parts": [[f.accessed.year, f.accessed.month, f.accessed.day]]},
                            "language": "zh-CN", "archive": ARCHIVE_NAME}
    if f.newspaper:
        item["container-title"] = f.newspaper
    if f.date_parts:
        item["issued"] = {"date-parts": [f.date_parts]}
    if f.edition:
        item["section"] = f.edition
    return item


def csl_json(items: list[Facts]) -> str:
    return json.dumps([csl_item(f) for f in items], ensure_ascii=False, indent=2)


def highwire_tags(f: Facts) -> list[tuple[str, str]]:
    """(name, content) of the `citation_*` meta tags Zotero and Google Scholar read."""
    tags = [("citation_title", f.title), *(("citation_author", name) for name in f.authors)]
    if f.date:
        tags.append(("citation_publication_date", f.date.replace("-", "/")))
        tags.append(("citation_date", f.date.replace("-", "/")))
    if f.newspaper:
        tags.append(("citation_journal_title", f.newspaper))
    if f.edition:
        tags.append(("citation_firstpage", f.edition))
    tags += [("citation_public_url", f.url), ("citation_abstract_html_url", f.url), ("citation_language", "zh")]
    return tags


def coins(f: Facts) -> str:
    """The `title` of a COinS span (OpenURL 1.0, KEV): a newspaper article in a journal's clothes."""
    pairs = [("ctx_ver", "Z39.88-2004"), ("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"), ("rft.genre", "article"),
             ("rft.atitle", f.title), *(("rft.au", name) for name in f.authors)]
    if f.newspaper:
        pairs.append(("rft.jtitle", f.newspaper))
    if f.date:
        pairs.append(("rft.date", f.date))
    if f.edition:
        pairs.append(("rft.spage", f.edition))
    pairs += [("rft_id", f.url), ("rft.language", "zh")]
    return urlencode(pairs)


# Downloads: extension → (renderer of many, media type).
FORMATS = {
    "ris": (ris, "application/x-research-info-systems"),
    "bib": (bibtex, "application/x-bibtex"),
    "csl.json": (csl_json, "application/vnd.citationstyles.csl+json"),
}
