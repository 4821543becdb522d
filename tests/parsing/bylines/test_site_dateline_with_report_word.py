"""`某某网某地3月5日消息(记者… 通讯员… …) `: a site's name, where and when, then `消息`, its word for a report, before
the reporters in brackets, is a dateline as `…日电(…)` and `…日讯(…)` are. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import parse_dateline
from app.text import fold
from tests.helpers import page


def test_a_dated_report_word_opens_a_dateline():
    text = "青川网白沙3月5日消息(记者柳青 通讯员石岚 林木) 日前,白沙镇老年食堂开业。"
    dateline = parse_dateline(text, fold(text))
    assert dateline is not None and dateline.authors == ["柳青", "石岚", "林木"]


def test_the_reporters_of_a_dated_report_word_are_the_articles():
    lead = "青川网白沙3月5日消息(记者柳青 通讯员石岚 林木) 日前,白沙镇老年食堂开业,老人们在家门口吃上了热饭。"
    [article] = parse_page(page("白沙镇老年食堂开业", lead))
    assert article.authors == ["柳青", "石岚", "林木"] and article.body.startswith("日前,白沙镇")
