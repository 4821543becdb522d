"""Two names printed without a space between two role words (`(通讯员张明李晓华记者王五)`) are two
writers, split where each half opens with a surname, as a single name there is. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_two_names_run_together_between_role_words_are_both_authors():
    (article,) = parse_page(page(
        "全市十佳社区名单出炉",
        "本报讯(通讯员张明李晓华记者王五)昨天,全市十佳社区名单出炉,青松社区、白沙社区等十个社区榜上有名。",
    ))
    assert article.authors == ["张明", "李晓华", "王五"]
    assert article.body.startswith("昨天,全市十佳社区")
