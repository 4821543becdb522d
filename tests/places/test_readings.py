"""The readings a copying site prints in brackets after characters of several readings (鎮(zhèn), 區(qū)): no text of
the article's, inside a name or after it. Short made-up texts."""

from app.places.readings import past_reading, read_apart, without_readings
from tests.places.test_real_text_rules import tag, where


def test_a_text_is_read_without_its_readings_and_each_character_placed_back():
    text, at = read_apart("鎮(zhèn)江博物館")
    assert text == "鎮江博物館"
    assert [at[i] for i in range(len(text))] == [0, 7, 8, 9, 10] and at[-1] == 11
    assert read_apart("某某镇(记者某某)") is None  # a bracket that holds no reading
    assert without_readings("長(zhǎng)青社區(qū)") == "長青社區" and past_reading("區(qū)村", 1) == 5


def test_a_reading_printed_inside_a_name_does_not_cut_the_name(gazetteer):
    body = "近日,志愿者陪着五十多位老人来到鎮(zhèn)江,老人們在鎮(zhèn)江博物館前合影留念。"
    assert where(tag(gazetteer, None, body)) == ("镇江市", None, None)
    body = "某某社區(qū)位于嘉定鎮(zhèn)街道東部,轄區(qū)有居民三千多人。"  # not 赣州's 嘉定镇, the name cut short
    assert where(tag(gazetteer, None, body)) == ("上海市", "嘉定区", "嘉定镇街道")
