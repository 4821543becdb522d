"""Newspaper, date and edition from sidecar, file name and masthead, with where each came from."""

from datetime import date

import pytest

from app.sources import DateRejected, MetaRejected, canonical_newspaper, chinese_date, normalise_date, \
    parse_period, resolve_meta
from app.sources.dates import edition_key, edition_label
from app.sources.filenames import from_path
from app.sources.masthead import from_text

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize("path, expected", [
    ("苏州日报_2022-11-08_A05.txt", {"newspaper": "苏州日报", "date": "2022-11-08", "edition": "A05"}),
    ("szrb-20221108-A05.txt", {"newspaper": "szrb", "date": "2022-11-08", "edition": "A05"}),
    ("2022-11-08_第A05版.txt", {"date": "2022-11-08", "edition": "A05"}),
    ("pages/2022-11-08/A05.txt", {"date": "2022-11-08", "edition": "A05"}),
    ("x/苏州日报/2022/11/08/B2.txt", {"newspaper": "苏州日报", "date": "2022-11-08", "edition": "B2"}),
    ("000_553706940eb336c9.txt", {}),
    ("notes/readme.txt", {}),
])
def test_file_name_forms(path: str, expected: dict) -> None:
    assert from_path(path) == expected


def test_masthead_lines_at_the_top_are_read_and_dates_in_sentences_are_not() -> None:
    text = "苏州日报\n\n2022年11月8日 星期二\n第A05版：基层治理\n\n村里修路\n2021年3月1日，村里开会修路。\n"
    assert from_text(text) == {"newspaper": "苏州日报", "date": "2022-11-08", "edition": "A05"}
    assert from_text("村里修路\n2021年3月1日，村里开会决定修一条新路，通到镇上。\n") == {}


def test_sidecar_wins_then_file_name_then_masthead_and_each_origin_is_recorded() -> None:
    text = "2020年1月2日 星期四\n第B03版\n\n标题\n正文。\n"
    meta = resolve_meta("szrb-20221108-A05.txt", {"newspaper": "姑苏晚报"}, text, TODAY)
    assert (meta.newspaper, meta.canonical, meta.date, meta.edition) == ("姑苏晚报", "姑苏晚报", "2022-11-08", "A05")
    assert meta.origin == {"newspaper": "sidecar", "date": "filename", "edition": "filename"}
    meta = resolve_meta("page.txt", {}, text, TODAY)
    assert (meta.date, meta.edition, meta.origin) == ("2020-01-02", "B03", {"date": "masthead", "edition": "masthead"})


def test_printed_names_are_kept_and_grouped_by_the_alias_table() -> None:
    assert resolve_meta("szrb-20221108-A05.txt", {}, "", TODAY).newspaper == "szrb"
    assert canonical_newspaper("szrb") == "苏州日报"
    assert canonical_newspaper("蘇州日報") == "苏州日报"
    assert canonical_newspaper("  某县 报 ") == "某县 报"  # unknown: its own group


@pytest.mark.parametrize("raw, iso", [("2022年11月9日", "2022-11-09"), ("2022/11/9", "2022-11-09"),
                                      ("20221109", "2022-11-09"), (" 2022-11-09 ", "2022-11-09")])
def test_dates_whose_meaning_is_certain_are_normalised(raw: str, iso: str) -> None:
    assert normalise_date(raw, TODAY) == iso


@pytest.mark.parametrize("raw, reason", [("2022-13-45", "not a calendar date"), ("2023-02-29", "not a calendar date"),
                                         ("2030-01-01", "in the future"), ("22-11-9", "form"),
                                         ("11/09/2022", "form"), ("0999-01-01", "before")])
def test_other_dates_are_rejected_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(DateRejected, match=reason):
        normalise_date(raw, TODAY)


def test_a_bad_date_in_a_sidecar_or_file_name_rejects_but_a_garbled_masthead_is_ignored() -> None:
    with pytest.raises(MetaRejected, match="metadata: date '2022-13-45' is not a calendar date"):
        resolve_meta("a.txt", {"date": "2022-13-45"}, "", TODAY)
    with pytest.raises(MetaRejected, match="file name"):
        resolve_meta("苏州日报_2022-02-30_A05.txt", {}, "", TODAY)
    assert resolve_meta("a.txt", {}, "2022年2月30日\n\n标题\n", TODAY).date is None


def test_periods_dates_and_editions_for_readers() -> None:
    assert parse_period("2022") == "2022-01-01" and parse_period("2022", end=True) == "2022-12-31"
    assert parse_period("2024-02", end=True) == "2024-02-29"
    with pytest.raises(ValueError):
        parse_period("2022-13")
    assert chinese_date("2022-11-08") == "2022年11月8日" and chinese_date("2022-11") == "2022年11月"
    assert chinese_date(None) == "日期不详"
    assert edition_label("A05") == "A05版"
    assert sorted(["B01", "A10", "A2", "A01"], key=edition_key) == ["A01", "A2", "A10", "B01"]
