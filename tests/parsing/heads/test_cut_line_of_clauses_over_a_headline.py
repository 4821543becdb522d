"""The first piece of a paragraph the column cut, a run of clauses with two commas and more that breaks off with no
sentence ended (`在建设过程中,某某村摸索出“…”的新办法,先让`), printed right above another article's headline: a
kicker is a phrase or two, not a run of clauses, so the piece stays the text of the article above and takes its
rest printed lower on the page. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CUT = "在梨园建设过程中,东湾村摸索出“合作社+梨园+困难户”的种梨新办法,优先让村里的困难户"
_REST = "进园务工、先收他们的梨子,梨农再也不愁卖梨了。"


def test_the_cut_piece_is_no_kicker():
    text = page(
        "东湾村的梨园", "本报讯(记者 周明远)青石县柳河镇东湾村是远近闻名的梨乡,全村梨园面积3000亩。",
        "3月8日,记者来到东湾村的梨园,梨农们正忙着给梨树剪枝。", _CUT,
        "北岭镇:古村落里的新民宿", "作者:吴小平",
        "北岭镇有十多座百年老宅,近年来陆续改成了民宿,周末常常一房难求。", _REST,
        "东湾村支书孙大成说,今年全村梨农人均增收4000元。",
    )
    first, second = parse_page(text)
    assert second.kicker is None
    assert second.title == "北岭镇:古村落里的新民宿"
    assert _CUT + _REST in first.body
    assert first.body.endswith("人均增收4000元。")

