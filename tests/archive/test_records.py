"""Addresses the record and the pages share: page URLs escaped, a line's URL in the piece that shows it."""

from app.archive.records import LINES_PER_PAGE, line_url, page_url


def test_page_urls_escape_what_a_file_name_may_hold() -> None:
    assert page_url("2022-11-08/A05#1?.txt") == "/pages/2022-11-08/A05%231%3F.txt"
    assert page_url("a b.txt", api=True) == "/api/pages/a%20b.txt"


def test_a_line_beyond_the_first_piece_of_the_source_view_links_to_its_piece() -> None:
    assert line_url("p.txt", 12) == "/pages/p.txt#L12"
    assert line_url("p.txt", LINES_PER_PAGE) == f"/pages/p.txt#L{LINES_PER_PAGE}"
    assert line_url("p.txt", LINES_PER_PAGE + 1) == f"/pages/p.txt?page=2#L{LINES_PER_PAGE + 1}"
