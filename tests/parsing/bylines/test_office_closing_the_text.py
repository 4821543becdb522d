"""An office's name in brackets after the last sentence (`……。(某某市文明办)`) says who sent the text and
ends it, as `(据某某报)` does: it names no writer, and a title printed right under it heads the next article,
even a colon-and-comma title over a subtitle (`白沙:…,…` / `白沙镇…,…`). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_FIRST = ("青松村在村口建起一座小书屋,三千多册书都是村民和在外乡贤捐的。",
          "“晚饭后来坐一坐,比打牌强多了。”村民老周说。(东海市文明办)")
_SECOND = "东海网消息 (记者林小川) 昨日,白沙镇召开居民座谈会,二十多位居民代表围坐在一起,谈社区的新变化。"
_THIRD = "座谈会上,居民们提了十几条建议,镇里当场答复了一半。"


def test_a_bracketed_office_ends_the_text_and_the_title_below_heads_the_next():
    articles = parse_page(page("青松村有了小书屋", *_FIRST, "白沙:一场座谈,说出心里话",
                               "白沙镇广听民意,共商社区大小事", _SECOND, _THIRD))
    first = by_title(articles, "青松村有了小书屋")
    assert first.authors == [] and first.body.endswith("村民老周说。(东海市文明办)")
    second = by_title(articles, "白沙:一场座谈,说出心里话")
    assert second.subtitle == "白沙镇广听民意,共商社区大小事" and second.authors == ["林小川"]
    assert second.body.startswith("昨日,白沙镇") and second.body.endswith("当场答复了一半。")
