"""A narrow column may cut a line inside a word, before a suffix (`他` / `们…`) or a question's particle (`…好` /
`吗…`): a line that opens so goes on the sentence above, and a short one is no headline of a new article, with
every line apart or not. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import opens_mid_sentence
from tests.helpers import by_title, column_page

_TITLE = "柳湾乡两社区欢度重阳节"
_LINES = ["10月15日一早,柳湾乡青松社区的义工早早来到活动室,他", "们有的给老人量血压",
          "有的给老人理发,有的陪老人下棋,一上午活动室里笑声不断。"]


def test_the_cut_word_goes_on_the_sentence_above():
    for apart in (True, False):
        articles = parse_page(column_page([[_TITLE], _LINES], apart=apart))
        assert [a.title for a in articles] == [_TITLE], apart
        assert "他们有的给老人量血压" in by_title(articles, _TITLE).body.replace("\n", ""), apart


def test_openings_that_only_end_a_word():
    assert opens_mid_sentence("们有的给老人量血压") and opens_mid_sentence("吗?大家都笑了")
    assert not opens_mid_sentence("有的给老人理发") and not opens_mid_sentence("马上就到")
