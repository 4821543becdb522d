"""A comma line right after a sentence the column broke (`…带动全村` / `山村,不只是远方`) that leaves its own sentence
open and stands right over a plain headline line with text under it (`某地山村采访手记`, then the text) is the title
of the next item over its subtitle, not the broken sentence's end: text would have taken that end up, not a headline.
The broken sentence goes on where its article resumes. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("入秋以来,青石县的柳湾村忙着修路、建冷库,一车车山货运出了大山。",
          "作为全县首个“三村联建”的示范片区,柳湾村正一步步往前走,通过发展产业带动全村")
_NOTES = ("岁末年初,记者走进青石县的山村。",
          "山村还留得住年轻人吗?记者看到的是:留得住,而且越来越多,他们回到家乡开民宿、搞直播。")
_REST = "增收,努力让每户人家都过上好日子。"


def test_comma_title_over_its_subtitle_opens_the_next_item():
    text = page("柳湾村的新路", *_FIRST, "山村,不只是远方", "青石山村采访手记", *_NOTES, _REST)
    first, notes = parse_page(text)
    assert first.body.endswith("带动全村增收,努力让每户人家都过上好日子。")
    assert notes.title == "山村,不只是远方"
    assert notes.subtitle == "青石山村采访手记"
    assert notes.body.startswith("岁末年初")
    assert notes.body.endswith("开民宿、搞直播。")


def test_comma_line_closing_its_sentence_ends_the_broken_one():
    text = page("柳湾村的新路", *_FIRST, "增收,日子越来越好。", "山村新气象", *_NOTES)
    assert "带动全村增收,日子越来越好。" in parse_page(text)[0].body
