"""A source line under a headline (`来源:某某报`, a site's `信息来源:某某县委办`) says where the text came from:
the article's credit line, naming no one or the roles and names after the source
(`来源:某某报 记者 张三 通讯员 李四`), never a title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "今年春天,河湾村的老路终于修好了,村民们出门再也不用踩着泥巴走,大家都说这是件大好事。"
_MORE = "村干部说,下一步还要修通往后山的那段路,让种茶的几户人家也能把茶叶运出来。"


def test_a_site_source_field_naming_an_office_is_no_title():
    (article,) = parse_page(page("河湾村修好了一条新路", "信息来源:青石县纪委监委", _LEAD, _MORE))
    assert article.title == "河湾村修好了一条新路" and article.kicker is None
    assert article.authors == []
    assert article.body.startswith("今年春天")


def test_a_source_naming_a_paper_is_no_title():
    (article,) = parse_page(page("河湾村修好了一条新路", "来源:青石日报", _LEAD, _MORE))
    assert article.title == "河湾村修好了一条新路" and article.kicker is None
    assert article.body.startswith("今年春天")


def test_the_roles_and_names_after_the_source_are_the_writers():
    byline = "来源:青石日报 记者 王小明 李大力 通讯员 钱多多"
    (article,) = parse_page(page("河湾村修好了一条新路?", byline, _LEAD, _MORE))
    assert article.title == "河湾村修好了一条新路?"
    assert article.authors == ["王小明", "李大力", "钱多多"]
    assert article.body.startswith("今年春天")


def test_a_title_opening_with_the_word_source_stays_a_title():
    (article,) = parse_page(page("快乐的来源", "河湾村修好了一条新路", _LEAD, _MORE))
    assert article.body.startswith("今年春天")
    assert "来源" in (article.title or "") + (article.kicker or "")
