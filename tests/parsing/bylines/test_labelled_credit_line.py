"""A line of labelled credits under the last paragraph, the sender first and a date after
(`某某街道 文字作者:张三,图片作者:张三,审核人:李四 2023.6.18`), or the labels glued to their names
(`撰稿张三;摄影李四;审核王五`): the writer and the photographer are the article's authors, the reviewer is
staff, and the line ends the article, so a text printed under it without a headline is not run on to it.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = ("为迎接中秋,6月3日,南湖街道青柳社区在小广场办起月饼手作课,三十多位居民报名参加。",
         "活动中,社区还为独居老人送去了亲手做的月饼。")


def test_a_line_of_labelled_credits_names_the_writer_and_ends_the_text():
    line = "南湖街道 文字作者:林小川,图片作者:林小川,审核人:宋明月 2024.9.12"
    articles = parse_page(page("青柳社区月饼飘香", *_TEXT, line, "西岸社区三月办起读书会",
                               "三月以来,西岸社区的读书会每周开一次,来的多是退休老人。"))
    first = by_title(articles, "青柳社区月饼飘香")
    assert first.authors == ["林小川"]
    assert first.body.endswith("亲手做的月饼。") and "审核人" not in first.body
    assert by_title(articles, "西岸社区三月办起读书会").body.startswith("三月以来")


def test_labels_glued_to_their_names():
    articles = parse_page(page("青柳社区月饼飘香", *_TEXT, "(东湖学院 撰稿林小川;摄影卢晓峰;审核宋明月)"))
    first = by_title(articles, "青柳社区月饼飘香")
    assert first.authors == ["林小川", "卢晓峰"] and first.body.endswith("亲手做的月饼。")


def test_any_staff_role_may_stand_among_the_labels():
    # (the staff roles a credit reader knows elsewhere: 统筹, 监制, 终审 …)
    articles = parse_page(page("青柳社区月饼飘香", *_TEXT, "撰稿:林小川;统筹:宋明月;终审:卢晓峰"))
    first = by_title(articles, "青柳社区月饼飘香")
    assert first.authors == ["林小川"] and first.body.endswith("亲手做的月饼。")
