"""Any outlet's short name (or name, channel and date) and its word for a report, `讯` or `电`, right
before a bracketed credit with a role word opens the text as a dateline: `海都讯(某某日报记者张三)…`,
`某某在线-某某频道11月4日讯(某某在线记者 张三 通讯员 李四)…`. The names inside are the writers and the
dateline is not body text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = "12月5日,记者在青松镇看到,新建的厂房已经封顶,村道拓宽工程也在加紧施工。"
_MORE = "今年以来,青松镇一共开工了九个项目,其中三个已经完工。"


def test_a_short_paper_name_before_a_bracketed_reporter_is_a_dateline():
    [article] = parse_page(page("青松镇加快项目建设", "海都讯(东海日报记者林小川)" + _BODY, _MORE))
    assert article.authors == ["林小川"]
    assert article.body.startswith("12月5日,记者在青松镇")


def test_a_site_channel_and_date_before_the_credit_is_a_dateline():
    [article] = parse_page(page("再访青松村", "东海在線-青松頻道11月4日訊(東海在線記者 林小川 通訊員 王大成)" + _BODY,
                                _MORE))
    assert article.authors == ["林小川", "王大成"]
    assert article.body.startswith("12月5日")


def test_a_sentence_naming_a_reporter_in_brackets_later_is_not_a_dateline():
    [article] = parse_page(page("青松镇加快项目建设", "青松镇召开项目推进会,会议通报了进度(记者林小川)。" + _BODY))
    assert article.body.startswith("青松镇召开项目推进会")
