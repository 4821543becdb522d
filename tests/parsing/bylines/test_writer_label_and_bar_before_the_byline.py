"""A byline opening with the writer's label and a bar (`文 | 张三`, `文 |《某某》周刊记者 张三 李四`) under the title:
the label and the bar name no one, the writers are the names after them, read as any byline is. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("清晨的河湾村雾气还没散尽,几位老人已经在村口的小广场上打起了太极拳。",
         "去年村里把废弃的晒谷场改成了广场,装上了路灯和健身器材,成了全村人最爱来的地方。")


def test_label_and_bar_before_a_weekly_and_its_reporters():
    (article,) = parse_page(page("河湾村的新广场", "文 |《山川》周刊记者 周明 钱芳", *_BODY))
    assert article.title == "河湾村的新广场"
    assert article.authors == ["周明", "钱芳"]
    assert article.body.startswith("清晨的河湾村")


def test_label_and_bar_before_bare_names():
    (article,) = parse_page(page("河湾村的新广场", "文 | 周明 钱芳", *_BODY))
    assert article.authors == ["周明", "钱芳"]
    assert article.body.startswith("清晨的河湾村")


def test_label_and_bar_before_words_that_are_no_names():
    (article,) = parse_page(page("河湾村的新广场", "文 | 我们的广场", *_BODY))
    assert article.authors == []
