"""A title that asks a question (`…如何蝶变“后劲村”?`) right over a `——` subtitle and its byline is the title, though
it ends as a sentence does: a `——` subtitle follows its title alone, so the question is no sentence of the article
above. A question inside a text, over its next paragraph, stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("白沙镇的柠檬种植已有九十多年。一棵嫁接的观赏树,为啥能在白沙落地生根、开花结果,成为当地的主打产业?"
          "说起这段往事,老支书林小禾打开了话匣子。")
_QUESTION = "智库丨共富试验区建设,“后进村”如何变成“后劲村”?"
_SUBTITLE = "——以柳湾县十个高山村落为调查样本"
_TEXT = ("在共同富裕试验区建设与乡村全面振兴的进程中,柳湾县部分海拔较高、位置偏远、产业基础薄弱的村子更需重点关注。"
         "自去年起,课题组深入十个村蹲点调查,探究从“后进村”到“后劲村”的蝶变密码。")


def test_the_question_over_a_dash_subtitle_is_the_title():
    articles = parse_page(page("柠檬树下的致富路", "□本报记者 王青", _ABOVE, _QUESTION, _SUBTITLE, "白沙在线记者 林小禾 王青", _TEXT))
    assert [(a.title, a.subtitle) for a in articles] == [("柠檬树下的致富路", None), (_QUESTION, _SUBTITLE)]
    assert articles[0].body.endswith("打开了话匣子。") and articles[1].authors == ["林小禾", "王青"]


def test_a_question_over_text_stays_text():
    question = "一棵嫁接的观赏树,为啥能在白沙落地生根、成为当地的主打产业?"
    [article] = parse_page(page("柠檬树下的致富路", "□本报记者 王青", _ABOVE, question, _TEXT))
    assert question in article.body
