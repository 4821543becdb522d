"""A short line that names a subject and then the order it did things in (`委员们首先察看了…`), broken off by the
column, is a narrative's sentence and titles nothing. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_subject_then_first_of_all_is_text():
    text = page("县政协委员走进白沙镇", "9月8日上午,部分县政协委员来到柳湾县白沙镇,开展民生实事项目视察活动。",
                "委员们首先察看了青松村的河道整治工程和芦",
                "苇村的文化礼堂,并听取了镇里的情况介绍。",
                "座谈会上,委员们围绕乡村养老、农村道路等话题提出了意见和建议。")
    [article] = parse_page(text)
    assert "整治工程和芦苇村的文化礼堂" in article.body
