"""Helpers shared by the parsing tests (no tests here): build pages from blocks, find articles."""

from app.parsing import ParsedArticle


def page(*blocks: str, gap: int = 1) -> str:
    """Blocks separated by `gap` blank lines; a block may hold several lines."""
    return ("\n" * (gap + 1)).join(blocks) + "\n"


def by_title(articles: list[ParsedArticle], title: str | None) -> ParsedArticle:
    found = [a for a in articles if a.title == title]
    assert len(found) == 1, f"{title!r} among {[a.title for a in articles]}"
    return found[0]


def line_of(text: str, fragment: str) -> int:
    """1-based number of the first line containing `fragment`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not on the page")
