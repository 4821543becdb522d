"""Two picture credits whose names came out wrong. `新华网 张三 摄`: the site that ran the picture printed before its
photographer is the outlet, not a second photographer: three letters ending as a site's, an agency's or a paper's
name does (`…网`, `…社`, `…报`), printed first in a picture's credit (in a text's closing credit such a token may be a
person: `(王小网 张三)`). `记者张三文/摄`: the work mark `文` glued to the name before `/摄` says the one named
wrote the text and took the picture; it is no part of the name. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names
from app.text import fold


def _names(credit: str) -> list[str] | None:
    return photo_credit_names(credit, fold(credit))


def test_the_outlet_before_the_photographer_is_no_name():
    assert _names("新华网 宋雨 摄") == ["宋雨"]
    assert _names("某某网 宋雨 白桦 摄") == ["宋雨", "白桦"]
    assert _names("记者 宋雨 摄") == ["宋雨"]


def test_the_work_mark_glued_before_the_slash_is_no_part_of_the_name():
    assert _names("记者宋雨文/摄") == ["宋雨"]
    assert _names("记者白小桦文/摄") == ["白小桦"]


def test_an_article_closed_by_its_writer_and_photographer():
    page = "\n\n" + "\n\n".join([
        "青松村摄影大赛启动",
        "2月27日上午,柳湾县白沙镇青松村举办乡村摄影大赛启动仪式,百余名摄影爱好者参加。",
        "白沙镇位于柳湾县北部,湖泊众多,风光秀丽,是远近闻名的摄影基地。",
        "记者宋雨文/摄",
    ]) + "\n"
    [article] = parse_page(page)
    assert article.authors == ["宋雨"]
