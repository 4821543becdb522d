"""The gazetteer: which rows are taggable, how names are derived, and that code systems stay apart."""

import re

import pytest

from app.places.gazetteer import load_gazetteer
from app.places.names import fold, fold_joined, short_form, town_stem


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def codes(gazetteer, name: str) -> set[str]:
    return {e.code for e in gazetteer.candidates(name)}


def test_codes_are_either_civil_affairs_or_prefixed_statistics_codes(gazetteer):
    pattern = re.compile(r"^(\d{6}|\d{9}|N\d{6}|N\d{9})$")
    assert all(pattern.match(code) for code in gazetteer.places)
    # 斜塘街道 has statistics code 320576051; its identity stays the civil-affairs code.
    assert codes(gazetteer, "斜塘街道") == {"320505006"}
    assert "320576051" not in gazetteer.places


def test_statistics_rows_repeating_official_towns_are_dropped(gazetteer):
    assert "N110101001" not in gazetteer.places  # 东华门街道, already 110101001
    assert gazetteer["N320505004"].name == "镇湖街道"  # only the statistics list has it


def test_zones_are_kept_only_when_their_name_says_where_they_are(gazetteer):
    assert gazetteer["N320576"].name == "苏州工业园区"
    assert "N320507402" in gazetteer.places  # 苏州高铁新城
    assert "N320506404" not in gazetteer.places  # 开发区
    assert gazetteer.filed_parent("320506010") == "N320576"  # 胜浦街道 is filed under the park
    assert {"320506", "N320576", "320500", "320000"} <= gazetteer.ancestors("320506010")


def test_revoked_towns_stay_for_old_articles(gazetteer):
    assert codes(gazetteer, "松陵镇") == {"320509600"}


@pytest.mark.parametrize(
    "name, level, short",
    [
        ("张家港市", "county", "张家港"),
        ("崇川区", "county", "崇川"),
        ("苏州市", "city", "苏州"),
        ("延边朝鲜族自治州", "city", "延边"),
        ("广西壮族自治区", "province", "广西"),
        ("新城区", "county", None),  # a word, not a name
        ("沛县", "county", None),  # one character left
    ],
)
def test_short_forms_follow_suffix_rules(name, level, short):
    assert short_form(name, level) == short


def test_town_stems_are_matched_after_their_county_or_else_need_it_around(gazetteer):
    assert town_stem("黄桥街道") == "黄桥"
    assert town_stem("唐闸镇街道") == "唐闸"
    assert codes(gazetteer, "相城黄桥") == {"320507002"}
    # bare, 黄桥 is a town of 相城, of 泰兴 and of several provinces: each only where its county is named
    bare = gazetteer.candidates("黄桥")
    assert {e.form for e in bare} == {"stem"}
    assert all(e.context == gazetteer.filed_parent(e.code) for e in bare)


def test_aliases_point_at_gazetteer_codes(gazetteer):
    assert codes(gazetteer, "苏州高新区") == {"320505"}
    assert codes(gazetteer, "苏州科技城") == {"320505005"}
    assert codes(gazetteer, "昆山青阳办事处") == {"320583"}
    assert codes(gazetteer, "园区斜塘") == {"320505006"}


def test_names_are_looked_up_folded(gazetteer):
    assert fold("蘇州工業園區（園區）") == "苏州工业园区(园区)"
    assert codes(gazetteer, "崑山市") == {"320583"}


def test_home_region_is_found_by_name(gazetteer):
    assert gazetteer.find("江苏省").code == "320000"
    assert gazetteer.find("江苏").code == "320000"


def test_every_written_form_is_found_where_it_stands_overlaps_included(gazetteer):
    text = fold("记者从吴中区木渎镇获悉，苏州工业园区与吴江区的同里古镇")
    found = {text[start:end] for start, end, entries in gazetteer.iter_names(text)}
    # The longest forms and the shorter ones inside them: choosing among them is matching.py's business.
    assert {"吴中区", "吴中", "木渎镇", "苏州工业园区", "苏州", "吴江区", "吴江"} <= found
    for start, end, entries in gazetteer.iter_names(text):
        assert tuple(gazetteer._names[text[start:end]]) == entries
    assert list(gazetteer.iter_names("")) == [] and list(gazetteer.iter_names("镇")) == []


def test_forms_are_found_at_their_character_offsets_past_rare_characters(gazetteer):
    # A character beyond the Basic Multilingual Plane is one character, and a lone surrogate (damage)
    # neither hides the names around it nor stops the scan.
    for text in ("𠀀苏州𠀁吴江区", "\ud800苏州\udfff吴江区"):
        found = {(start, end, text[start:end]) for start, end, _ in gazetteer.iter_names(text)}
        assert {(1, 3, "苏州"), (4, 7, "吴江区"), (4, 6, "吴江")} <= found


def test_an_article_folded_from_its_fields_reads_as_the_whole_folded_again():
    """The villages' rule reads the whole article folded: made from the fields' folds, it is the fold of
    the joined text — traditional characters, full-width forms and a field holding a carriage return alike."""
    parts = ("臺灣鄉鎮", None, "", "吳江區同里鎮\n蘇州ＡＢ村", "第一段\r第二段：黎裡")
    whole = fold("\n".join(p for p in parts if p))
    assert fold_joined(parts) == whole
    assert "吴江区同里镇" in whole and "苏州AB村" in whole
