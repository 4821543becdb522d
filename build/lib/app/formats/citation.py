"""A citation line for an article in the style of GB/T 7714 (newspaper article, [N])."""

from typing import Any


def citation(record: dict[str, Any], permalink: str) -> str:
    """作者. 题名[N]. 报纸名, 出版日期(版次). 网址.

    Parts the archive does not know (newspaper, date, edition) are left out rather than invented;
    the source file stands in for the newspaper when none is recorded.
    """
    authors = record.get("authors") or []
    names = ", ".join(authors[:3]) + (", 等" if len(authors) > 3 else "")
    title = record.get("title") or ((record.get("body") or "")[:20] + "…")
    source = record.get("source") or {}
    where = source.get("newspaper") or f"镇志版面 {source.get('file', '')}"
    when = source.get("date") or ""
    if when and source.get("edition"):
        when += f"({source['edition']})"
    parts = [f"{names}. " if names else "", f"{title}[N]. ", where]
    if when:
        parts.append(f", {when}")
    parts.append(f". {permalink}.")
    return "".join(parts)
