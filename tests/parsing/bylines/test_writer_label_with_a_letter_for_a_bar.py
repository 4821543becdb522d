"""A byline whose writer's label is set apart by a letter drawn like a bar (`文ㅣ张三 李四`, the Korean vowel many
editors type for `|`): the label and its bar name no one, the writers are the names after them, however many.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("清晨的河湾村雾气还没散尽,几位老人已经在村口的小广场上打起了太极拳。",
         "去年村里把废弃的晒谷场改成了广场,装上了路灯和健身器材,成了全村人最爱来的地方。")


def test_letter_bar_before_six_names():
    (article,) = parse_page(page("河湾村的新广场", "文ㅣ周明 钱芳 孙立 李红 吴涛 郑清", *_BODY))
    assert article.title == "河湾村的新广场"
    assert article.authors == ["周明", "钱芳", "孙立", "李红", "吴涛", "郑清"]
    assert article.sections == []
    assert article.body.startswith("清晨的河湾村")


def test_letter_bar_before_two_names_spaced():
    (article,) = parse_page(page("河湾村的新广场", "文 ㅣ 周明 钱芳", *_BODY))
    assert article.authors == ["周明", "钱芳"]
    assert article.body.startswith("清晨的河湾村")


def test_label_and_bar_under_a_subtitle_closed_by_a_full_stop():
    # the subtitle is finished, but a byline opening with the writer's label heads the text below, as `□ 张三` does
    articles = parse_page(page("河湾村新貌", "走出一条山村靠广场聚人心的路子。", "文ㅣ周明 钱芳",
                               "村民在广场上打太极拳。\n(孙立 摄)", *_BODY))
    article, photo = articles
    assert (article.title, article.subtitle) == ("河湾村新貌", "走出一条山村靠广场聚人心的路子。")
    assert article.authors == ["周明", "钱芳"]
    assert article.body.startswith("清晨的河湾村")
    assert (photo.kind, photo.authors, photo.body) == ("photo", ["孙立"], "村民在广场上打太极拳。")
