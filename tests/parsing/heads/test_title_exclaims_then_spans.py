"""A title that exclaims and then spans from one quoted name to the next (`“管”好它!从“某某”到“某某”`) on the page's
top: the span closed by its quote leaves no clause open, so the line is a headline, not the text's first sentence
the column broke. A line whose clause after the exclamation runs on still is text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "白沙河全长二十公里,流经柳湾县三个镇。近年来,沿河各村落实河长制,河道水质逐年好转,岸边建起了步道。"


def test_an_exclamation_then_a_quoted_span_is_a_title():
    (article,) = parse_page(page("“管”好它!从“河长治”到“河长制”", _TEXT))
    assert article.title == "“管”好它!从“河长治”到“河长制”" and article.body.startswith("白沙河全长")


def test_an_exclamation_then_a_clause_left_open_is_text():
    articles = parse_page(page("白沙河", "你见过这样的河吗?从上游的青松村到", _TEXT))
    assert all(a.title != "你见过这样的河吗?从上游的青松村到" for a in articles)
