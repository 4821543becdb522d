"""An article names its writers once: a headline between paragraphs of an article with a byline, over
text closed by a credit naming other writers (`本报记者 王川 文/图`), starts a new article rather than a
section of the one above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_text_closed_by_other_writers_is_a_new_article():
    articles = parse_page(page(
        "瓜果丰收 果农喜洋洋",
        "记者林夕 通讯员王川",
        "今年是个好年景,白沙镇青松村的瓜果基地里,果农正从架子上采摘佛手瓜,一天能摘六百斤。",
        "又是一个丰收年",
        "三夏时节,东山镇的麦田里机声隆隆,收割机来回穿梭,小麦已经收割完毕。",
        "本报记者 赵明 文/图",
    ))
    assert [a.title for a in articles] == ["瓜果丰收 果农喜洋洋", "又是一个丰收年"]
    assert by_title(articles, "瓜果丰收 果农喜洋洋").authors == ["林夕", "王川"]
    assert by_title(articles, "又是一个丰收年").authors == ["赵明"]
