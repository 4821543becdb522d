"""A picture note printed alone under an article's last paragraph with no full stop (`图为…`): the source's line
for a picture it left out, the article's last paragraph, not a headline of its own, at the page's foot or over the
next article's headline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "白沙渡口的老船工这个月正式退休,镇里给他办了一场简朴的欢送会,请来了他摆渡过的几代乘客。"
_MORE = "欢送会上,乘客们一个接一个地讲起了当年过河的往事,有人说着说着就红了眼眶。"
_NOTE = "图为欢送会上的老船工和他的渡船"


def test_the_note_at_the_page_foot_closes_the_article():
    (article,) = parse_page(page("老船工退休了", _LEAD, _MORE, _NOTE))
    assert article.title == "老船工退休了"
    assert article.body.endswith(_NOTE)


def test_the_note_over_the_next_headline_closes_the_article_above():
    other = "柳塘街道的社区食堂开张一个月,每天中午都有上百位老人来吃饭,最便宜的一份套餐只要八块钱。"
    first, second = parse_page(page("老船工退休了", _LEAD, _MORE, _NOTE, "社区食堂满月了", other))
    assert first.body.endswith(_NOTE)
    assert second.title == "社区食堂满月了" and second.body == other
