"""A series' label over a title that carries its quoted catchword (`田野新事` over `小山村的梨子“出远门”`): the label
is the kicker, the line with the catchword the title, never a title over its subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = ("近日,青石县柳河镇的梨园里,梨农们忙着套袋,一片忙碌的样子。",
         "“今年的梨长得匀,价钱也比去年高。”梨农孙大成说。")


def test_label_over_a_title_with_a_quoted_word():
    (article,) = parse_page(page("田野新事", "小山村的梨子“出远门”", *_TEXT))
    assert (article.kicker, article.title, article.subtitle) == ("田野新事", "小山村的梨子“出远门”", None)


def test_label_over_a_spaced_title_with_a_quoted_word():
    (article,) = parse_page(page("山乡回声", "走出大山 阿妹把果子卖“火了”", *_TEXT))
    assert (article.kicker, article.title) == ("山乡回声", "走出大山 阿妹把果子卖“火了”")


def test_a_title_with_its_catchword_over_a_subtitle_stays():
    (article,) = parse_page(page("小山村的梨子“出远门”", "果业带动农户增收见闻", *_TEXT))
    assert article.kicker is None
    assert article.title == "小山村的梨子“出远门”"
