"""Every line apart, a paragraph broken by the columns inside a word, its first piece ending on a short line
(`…熟悉邻里调解的经`) and its rest opening with one letter and the list's comma (`验、…`): the short line is the end of
that piece, not a headline over the rest, even where its words come back below (no sentence opens on one letter and
`、`; a numbered head's `一、` aside). Every snippet is invented."""

from app.parsing import parse_page

_LEAD = ("入冬以来,石桥镇的调解室里来来往往的人少了,村民之间闹了矛盾,在村里就能说开,镇上的干部说这要归功"
         "于各村新选的调解员。去年秋天,镇里把调解室搬进了村部,每个村配了两到三名调解员,谁家有了难处,"
         "走几步路就能找到人说道说道。")
_CUT = "为了把矛盾化解在村里,镇里在各村物色调解员,专门请来为人正派、说话公道、熟悉邻里调解的经"
_REST = "验、在村里威望高的退休教师和老党员担任村调解员,邻里调解有了主心骨。"
_MORE = ("调解员老周说,调解没有别的诀窍,就是多听、多跑、多讲理,让两家人都觉得公道。今年以来,他和村里的另外"
         "两名调解员一起,调解了二十多起邻里纠纷,没有一起闹到镇上,村民们都说有事找老周心里踏实。")


def _apart(*paragraphs: str) -> str:
    """Every paragraph wrapped at the column's width, a blank line after every line (two opening the page)."""
    lines = [p[i:i + 37] for p in paragraphs for i in range(0, len(p), 37)]
    return "\n\n" + "".join(line + "\n\n" for line in lines)


def test_short_line_before_one_letter_and_a_list_comma_is_text():
    (article,) = parse_page(_apart("石桥镇各村有了调解员", _LEAD, _CUT, _REST, _MORE))
    assert article.title == "石桥镇各村有了调解员"
    assert "熟悉邻里调解的经验、在村里威望高" in article.body.replace("\n", "")
