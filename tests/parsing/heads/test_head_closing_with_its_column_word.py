"""A head closing with a column's word in brackets (`…一年宽过一年(山乡巨变)`) is the title of an item of its own, even
printed right after a series article still running, about the same province and the same kind of work: a paper
tags its items with the column they run in, never the parts of one of them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_head_closed_by_a_bracketed_column_word_titles_a_new_item():
    first, second = parse_page(page(
        "直击云南扶贫最前线",
        "探访山里的“穷根”",
        "系列报道·开篇",
        "本报采访组",
        "柳湾村张大伯家,这几天来了几位特别的“客人”。",
        "县里的干部带着表格进村,挨家挨户问收入、问开支,把每户的难处记清楚。",
        "按各户的情况归纳下来,难处一共有十种,路难走、缺水排在最前头。",
        "云南:扶贫山路 一年宽过一年(山乡巨变)",
        "眼下,云南正一步一个脚印走在扶贫路上:修路、引水、建合作社,一样接着一样……",
        "去年,青石县有两万多人摆脱了贫困,二十个穷村摘了帽。",
    ))
    assert first.title == "探访山里的“穷根”" and first.body.endswith("排在最前头。")
    assert second.title == "云南:扶贫山路 一年宽过一年(山乡巨变)"
    assert second.body.startswith("眼下,云南正") and second.body.endswith("摘了帽。")
