"""A comma title opening a block (the page's top, or two blank lines above) over a subtitle line and then
a dateline (`青松:远亲不如近邻,街坊都来做朋友` / `为期一个月的…开启` / `青松网消息 (记者 …)`) is the title, the
line under it the subtitle: no text stands over a headline and its dateline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "青松:远亲不如近邻,街坊都来做朋友"
_SUBTITLE = "为期一个月的青松社区邻里节正式开启"
_LEAD = "青松网消息 (记者林小川) 一起逛游园、一起看演出、一起赏月聊天……日前,青松社区一年一度的邻里节启动。"
_MORE = "社区主任表示,这已是社区第五年举办邻里节,邻居们从不相识到常来常往,社区也更和睦了。"


def test_a_comma_title_at_the_top_over_its_subtitle_and_dateline():
    [article] = parse_page(page(_TITLE, _SUBTITLE, _LEAD, _MORE))
    assert (article.kicker, article.title, article.subtitle) == (None, _TITLE, _SUBTITLE)
    assert article.authors == ["林小川"] and article.body.startswith("一起逛游园")


def test_the_same_group_after_two_blank_lines():
    above = page("东岭村的老墙会说话",
                 "一墙一文化,一墙一风景。春耕、秋收、石磨米浆,都被画上了村里的老墙,村民们常来看。")
    articles = parse_page(above + "\n\n" + page(_TITLE, _SUBTITLE, _LEAD, _MORE))
    assert [(a.kicker, a.title, a.subtitle) for a in articles][1] == (None, _TITLE, _SUBTITLE)
    assert articles[0].body.endswith("常来看。")
