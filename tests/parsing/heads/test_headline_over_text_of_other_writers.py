"""An article names its writers once: a headline between paragraphs of an article with a byline, over
text closed by a credit naming other writers (`本报记者 王川 文/图`), starts a new article rather than a
section of the one above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_text_closed_by_other_writers_is_a_new_article():
    articles = parse_page(page(
        "青松村瓜果喜获丰收",
        "记者林夕 通讯员王川",
        "入夏以来,白沙镇青松村的瓜果基地迎来采摘季,果农每天清早下地,一天能摘六百斤。",
        "麦收时节田间忙",
        "这几天,东山镇的麦田里收割机来回穿梭,农机手抢抓晴好天气,小麦已收割完毕。",
        "本报记者 赵明 文/图",
    ))
    assert [a.title for a in articles] == ["青松村瓜果喜获丰收", "麦收时节田间忙"]
    assert by_title(articles, "青松村瓜果喜获丰收").authors == ["林夕", "王川"]
    assert by_title(articles, "麦收时节田间忙").authors == ["赵明"]
