"""A short question that is the page's first line, over text, is the page's first headline (`某地“山货”怎样卖进城里?`
over `不久前,…`): there is no text above it for the question to belong to. A question lower down, between two
paragraphs, stays text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_QUESTION = "青溪“山货”怎样卖进城里?"
_TEXT = ("不久前,石门镇的集市上多了几个背着相机的年轻人,逢人就问山货的价钱",
         "原来,他们是县里请来的电商团队,要帮村民把笋干、蜂蜜和土鸡蛋放到网上卖。")


def test_the_question_on_the_first_line_is_the_title():
    (article,) = parse_page(page(_QUESTION, *_TEXT))
    assert article.title == _QUESTION
    assert article.body.startswith("不久前,石门镇")


def test_a_question_between_paragraphs_stays_text():
    (article,) = parse_page(page("石门镇来了电商团队", _TEXT[1], _QUESTION, "团队负责人说,先把包装做好,再谈销路。"))
    assert article.title == "石门镇来了电商团队"
    assert _QUESTION in article.body
