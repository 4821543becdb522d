"""A title that asks a question (`…怎样把“远路”走成“近路”?`) right over a `——` subtitle and its byline is the title,
though it ends as a sentence does: a `——` subtitle follows its title alone, so the question is no sentence of the
article above. A question inside a text, over its next paragraph, stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("白沙镇种枇杷已有六十多年。当年谁也没想到,院墙边随手栽下的几棵树,后来会长成漫山遍野的果园?"
          "说起这段往事,老支书林小禾笑着摆了摆手。")
_QUESTION = "观察丨山区小村,怎样把“远路”走成“近路”?"
_SUBTITLE = "——柳湾县三个山村的走访笔记"
_TEXT = ("柳湾县的三个山村离县城都有两个多小时车程。去年秋天起,记者每月进山一次,跟着村干部走访农户、"
         "看果园、算收入,记下了山里人把路修通、把果子卖出去的经过。")


def test_the_question_over_a_dash_subtitle_is_the_title():
    articles = parse_page(page("柠檬树下的致富路", "□本报记者 王青", _ABOVE, _QUESTION, _SUBTITLE,
                               "白沙在线记者 林小禾 王青", _TEXT))
    assert [(a.title, a.subtitle) for a in articles] == [("柠檬树下的致富路", None), (_QUESTION, _SUBTITLE)]
    assert articles[0].body.endswith("摆了摆手。") and articles[1].authors == ["林小禾", "王青"]


def test_a_question_over_text_stays_text():
    question = "院墙边随手栽下的几棵树,怎么就长成了一片果园?"
    [article] = parse_page(page("柠檬树下的致富路", "□本报记者 王青", _ABOVE, question, _TEXT))
    assert question in article.body
