"""A comma title over a line of one name alone over text (`一村一品,白沙镇走出新路子` / `林小河` / text): the name signs
the text as a byline does, so the comma line is the next article's title, not a sentence of the article above.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_comma_title_over_a_writers_name_alone():
    text = page("青松村的新路灯", "入冬以来,柳湾县青松村新装的三十盏路灯亮了起来,村民晚上出门再也不用打手电。",
                "一村一品,白沙镇走出新路子", "林小河",
                "白沙镇地处柳湾县东部,近年来各村因地制宜发展茶叶、菌菇和小水果,村集体收入逐年增加。")
    first, second = parse_page(text)
    assert first.body.endswith("不用打手电。")
    assert second.title == "一村一品,白沙镇走出新路子" and second.authors == ["林小河"]
