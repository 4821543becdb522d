"""A series' name and its column's joined by a middle dot (`寄语新年·乡间来信`), printed unbracketed over a
title, is the column's tag: the kicker, not the title over a subtitle. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "本期走进白沙镇青松村。去年秋天,全村六十多户搬进了河边的新房,村口还修起了小广场。"


def test_a_dotted_column_name_over_a_comma_title_is_its_kicker():
    (article,) = parse_page(page("寄语新年·乡间来信", "河边建起新房子,村民说出心里话", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == ("寄语新年·乡间来信", "河边建起新房子,村民说出心里话",
                                                                 None)


def test_a_transliterated_name_in_a_title_keeps_its_line_the_title():
    (article,) = parse_page(page("艾力·买买提的果园丰收了", "今年每亩果园的收入超过了八千元", _TEXT))
    assert (article.kicker, article.title) == (None, "艾力·买买提的果园丰收了")
