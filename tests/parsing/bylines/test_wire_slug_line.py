"""A wire's slug line under a title (`某社某地2月4日电 题:…`, the title again) carries none of the story's text:
the story begins under the writer's line below it, and the article keeps its title, writer and text.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TITLE = "山里娃的第一张全家福"
_SLUG = "中新社白沙3月5日电 题:山里娃的第一张全家福"
_TEXT = ("“王叔,还记得我吗?五年前我给你拍过全家福!”青年摄影师林小海走进白沙镇青松村王大山的家,"
         "从包里拿出一张旧照片。春节期间,林小海带着他的公益拍摄小组又一次走进了大山。",
         "五年来,他和伙伴们走遍了大山里的三十多个村子,为两千多户人家留下了合影。")


def test_the_slug_line_is_no_text():
    articles = parse_page(page(_TITLE, _SLUG, "作者 王小青", *_TEXT))
    article = by_title(articles, _TITLE)
    assert article.authors == ["王小青"] and article.body.startswith("“王叔")
    assert "题:" not in article.body and len(articles) == 1


def test_a_dateline_opening_the_text_stays_a_dateline():
    articles = parse_page(page(_TITLE, "中新社白沙3月5日电 题材丰富的村晚昨晚开演,村民们自编自演了十多个节目。"))
    assert by_title(articles, _TITLE).body.startswith("题材丰富")
