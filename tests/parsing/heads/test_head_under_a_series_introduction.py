"""An introduction of one or two paragraphs announcing the series it opens by the series' quoted name
(`…推出“‘百’村巡礼”系列,带你感受…`): the head under it, printed on two lines, heads the series' first part, not a
new item's title and subtitle, though the part's text names a town the introduction never did. Every snippet is
invented."""

from app.parsing import parse_page
from app.parsing.drafts import Paragraph
from app.parsing.heads.series_parts import announces_its_parts
from tests.helpers import every_line_apart, page

INTRO = ("在岁月的长卷里,柳湾这片土地蓬勃发展,处处是新气象。",
         "新春将至,本报推出“‘百’村巡礼”系列,与读者同行,带你感受柳湾这十年来的变化。")
PART = ("十年来,石港镇从养猪大镇变成了花果之乡,一座座新房拔地而起。",  # (a town the introduction never named)
        "村里的合作社带着乡亲们种果树,近年来果品远销外省。")


def _paragraphs(*texts: str) -> list[Paragraph]:
    return [Paragraph(text, text) for text in texts]


def test_the_introduction_announces_its_series():
    assert announces_its_parts(_paragraphs(*INTRO))
    assert not announces_its_parts(_paragraphs(INTRO[0]))  # (no series named)
    assert not announces_its_parts(_paragraphs(INTRO[0], INTRO[0], INTRO[1]))  # (past an introduction's length)


def _check(articles) -> None:
    assert len(articles) == 1
    assert articles[0].title == "岁月如歌,十年巨变"
    assert [s.replace(" ", "") for s in articles[0].sections] == ["从“养猪大村”到“花果之乡”"]
    assert articles[0].body.endswith("果品远销外省。")


def test_the_head_under_it_heads_the_first_part():
    _check(parse_page(page("岁月如歌,十年巨变", *INTRO, "从“养猪大村”到\n“花果之乡”", *PART)))


def test_every_line_apart():
    _check(parse_page(every_line_apart("岁月如歌,十年巨变", *INTRO, "从“养猪大村”到", "“花果之乡”", *PART)))
