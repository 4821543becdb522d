"""Every line apart, a number the column wrapped onto a line of its own between two lines of one sentence
(`…多家单位` / `30` / `余名代表…`) is that sentence's, not the page's furniture; a number standing after finished text
stays furniture. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart

_FIRST = "柳湾县白沙镇今年把表彰大会放在了村里开。镇里的干部说,这样做是为了让更多的村民看到身边的好人好事。"
_START = "3月5日,白沙镇召开年度表彰大会,全镇各村和镇直各部门、驻镇企业和学校等多家单位"  # (two lines of twenty)
_REST = "余名代表参加会议。会上表彰了一批先进集体和个人,还请三位获奖代表讲了自己的故事。"


def test_the_number_stays_in_its_sentence():
    assert len(_START) == 40
    [article] = parse_page(every_line_apart("白沙镇召开表彰大会", _FIRST, _START + "30", _REST))
    assert "多家单位30余名代表" in article.body.replace("\n", "")


def test_a_number_after_finished_text_is_furniture():
    [article] = parse_page(every_line_apart("白沙镇召开表彰大会", _FIRST, _START[:-1] + "。", "30"))
    assert "30" not in article.body


def test_the_day_of_a_date_over_the_sentences_last_line_stays_in_it():
    start = "3月5日,白沙镇召开年度表彰大会,全镇各村和镇直各部门的代表到会。表彰活动从上月"  # (two lines of twenty)
    assert len(start) == 40
    rest = "日起在各村巡回。"  # (the sentence's last line, not as wide as the column)
    [article] = parse_page(every_line_apart("白沙镇召开表彰大会", _FIRST, _START + "30", _REST, start + "28", rest))
    assert "表彰活动从上月28日起在各村巡回。" in article.body.replace("\n", "")
