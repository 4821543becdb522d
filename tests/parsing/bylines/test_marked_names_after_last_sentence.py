"""Credits printed after an article's last sentence in two shapes a sentence never takes: names after
a box mark (`……参加了演练。 □张三`), and `(文/图:张三)`, the work before a colon and the writer after it.
Both are the article's authors, not its text. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.closing_credits import trailing_byline
from app.parsing.bylines.credits import looks_like_names
from tests.helpers import every_line_apart, page

_TITLE = "青松村开展消防演练"
_TEXT = "3月29日,白沙镇在青松村举行了一场消防演练,全镇机关干部及周边商户一百余人参加了演练。"


def test_a_box_marked_name_after_the_last_sentence():
    [article] = parse_page(page(_TITLE, "本报讯 " + _TEXT + " □张三"))
    assert article.authors == ["张三"] and article.body.endswith("参加了演练。")


def test_work_and_writer_in_brackets_after_a_colon():
    [article] = parse_page(page(_TITLE, _TEXT + "(文/图:张三)"))
    assert article.authors == ["张三"] and article.body.endswith("参加了演练。")


def test_both_with_every_line_apart():
    [article] = parse_page(every_line_apart(_TITLE, _TEXT + " □张三 李四", width=30))
    assert article.authors == ["张三", "李四"]
    [article] = parse_page(every_line_apart(_TITLE, _TEXT + "(文/图:李四)", width=30))
    assert article.authors == ["李四"]


def test_what_stays_text():
    for ending in ("请大家相互转告。□", "活动□结束了。", "大家一起“□□”打分。"):
        assert trailing_byline(ending, ending)[2] == []
    assert looks_like_names("文/图:张三") and looks_like_names("图:李四")
    assert not looks_like_names("文/图:张三在白沙镇")
