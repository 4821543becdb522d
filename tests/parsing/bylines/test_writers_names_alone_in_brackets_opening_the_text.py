"""Two to four writers' names alone in brackets, set apart by spaces, opening an article's text with no outlet's word
before them (`(张三 李四 王五)山坡上…`), as a feature's team signs it: the names are the writers', the text opens
after the bracket. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "山坡上,麦子黄了;河边上,瓜果熟了。秋天走进青山,到处是忙着收庄稼的人。"
_REST = ("清晨的菜地里,一排排水管从这头铺到那头,蒜苗冒出了嫩绿的尖。",)


def test_four_names_in_brackets_open_the_text():
    (article,) = parse_page(page("秋歌从青山来", "(张一鸣 王东 李小三 赵四)" + _LEAD, *_REST))
    assert article.authors == ["张一鸣", "王东", "李小三", "赵四"]
    assert article.body.startswith("山坡上")


def test_two_names_in_brackets_open_the_text():
    (article,) = parse_page(page("秋歌从青山来", "(周明 吴清)" + _LEAD, *_REST))
    assert article.authors == ["周明", "吴清"]
    assert article.body.startswith("山坡上")


def test_a_bracketed_aside_that_names_no_one_stays_text():
    # words in brackets that are not names (`附` opens no surname) are an aside, not a credit
    (article,) = parse_page(page("秋歌从青山来", "(附 图表)" + _LEAD, *_REST))
    assert article.authors == []
    assert article.body.startswith("(附 图表)")


def test_a_signed_feature_keeps_its_section_heads():
    # the bracket signs a feature, not a short news item: the head further down is the feature's own part
    (article,) = parse_page(page("秋歌从青山来", "(周明 吴清 郑立)" + _LEAD, *_REST, "旱地结出了“金疙瘩”",
                                 "“这样种菜,我活了六十岁还是头一回见。”正在地里拔蒜的村民孙大勇说。"))
    assert article.authors == ["周明", "吴清", "郑立"]
    assert article.sections == ["旱地结出了“金疙瘩”"]
    assert article.body.endswith("村民孙大勇说。")
