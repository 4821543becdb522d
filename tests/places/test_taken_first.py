"""A name the scan finds is dropped when a longer name kept before it overlaps it, or when it stands wholly within the
head's credit of an outlet or a site's date line; the overlap is looked at first, the credit and the date line only in
the texts that have one. Either order keeps the same names: these snippets hold each case."""

from app.places.matching import find_names
from app.places.names import fold


def _names(gazetteer, text: str, field: str = "body") -> list[str]:
    return [m.text for m in find_names(gazetteer, fold(text), field)]


def test_a_name_within_the_outlets_credit_is_dropped_and_the_one_after_it_kept(gazetteer):
    assert _names(gazetteer, "昆山网讯昆山市近日举办读书会。") == ["昆山市"]
    assert _names(gazetteer, "昆山网昆山市近日举办读书会。") == ["昆山", "昆山市"]  # no credit: both kept
    assert _names(gazetteer, "中国江苏网讯 苏州市吴中区近日举办读书会。") == ["苏州市", "吴中区"]


def test_a_credit_drops_nothing_in_a_headline(gazetteer):
    assert _names(gazetteer, "昆山网讯昆山市举办读书会", "title") == ["昆山", "昆山市"]


def test_a_name_within_the_sites_date_line_is_dropped(gazetteer):
    assert _names(gazetteer, "www.example.com 2008年07月03日 08:47 苏州在线\n南京市近日举办读书会。") == ["南京市"]
    # no time of day: no date line, and the name is kept
    assert _names(gazetteer, "www.example.com 2008年07月03日 苏州在线\n南京市近日举办读书会。") == ["苏州", "南京市"]


def test_without_a_credit_the_longest_name_wins_its_overlaps(gazetteer):
    assert _names(gazetteer, "苏州市吴中区木渎镇举办读书会。") == ["苏州市", "吴中区", "木渎镇"]
