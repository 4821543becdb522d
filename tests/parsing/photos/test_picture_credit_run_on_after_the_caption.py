"""A caption's credit printed right after its full stop: `图文/张三` (who took the picture and wrote its
words, either script), and several names spaced apart before `摄` (`…。林小川 周青 吴海摄`), each a name
of two or three characters opening with a surname. Every line apart, a wrap that broke the credit after
its mark (`…。图文/` over `林小川`) does not part it from its names. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import column_page, page, wrapped

_ARTICLE = page("白沙村修好便民桥", "日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事。")
_CAPTION = "八十年代,青松渔港的木帆船一早出海,傍晚满载而归,码头上挤满了等着收鱼的乡亲。1985。青松渔港。"


@pytest.mark.parametrize("mark", ["图文/", "圖文/"])
def test_a_picture_and_words_credit_run_on_makes_a_photo(mark):
    articles = parse_page(_ARTICLE + "\n\n\n" + _CAPTION + mark + "林小川\n")
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["林小川"]
    assert mark not in articles[1].body and articles[1].body.endswith("青松渔港。")


def test_a_titled_caption_with_its_credit_run_on():
    articles = parse_page(_ARTICLE + "\n\n\n" + page("渔港旧影", _CAPTION + "图文/林小川"))
    assert articles[1].kind == "photo" and articles[1].title == "渔港旧影"
    assert articles[1].authors == ["林小川"]


def test_names_spaced_apart_glued_to_the_full_stop_before_she():
    caption = "昨日,志愿者们在青松河边拾捡垃圾,清理河滩上的塑料瓶和旧渔网,让河岸重新干净起来。林小川 周青 吴海摄"
    articles = parse_page(_ARTICLE + "\n\n\n" + caption + "\n")
    assert articles[1].kind == "photo"
    assert articles[1].authors == ["林小川", "周青", "吴海"]


def test_a_credit_the_wrap_broke_after_its_mark_every_line_apart():
    lead = ("日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事,"
            "村里还在桥头种上了桂花树,添了几张石凳,傍晚常有人坐着聊天。")
    caption = "八十年代,青松渔港的木帆船一早出海,傍晚满载而归,码头上挤满了等着收鱼的乡亲。青松渔港。图文/"
    blocks = [["白沙村修好便民桥"], wrapped(lead), [""], [""], wrapped(caption), ["林小川"]]
    articles = parse_page(column_page(blocks, apart=True))
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["林小川"]
