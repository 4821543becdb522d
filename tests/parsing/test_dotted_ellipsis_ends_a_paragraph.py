"""`……疏散······`: six middle dots printed for an ellipsis end the sentence as `……` does, so the next
paragraph is a paragraph of its own, not the rest of a broken line. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.lines import is_finished
from tests.helpers import page


def test_middle_dots_for_an_ellipsis_finish_the_line():
    assert is_finished("居民们在引导员的带领下有序撤离······")
    assert not is_finished("·林夕")


def test_the_paragraph_after_a_dotted_ellipsis_stands_on_its_own():
    articles = parse_page(page("青松社区开展消防演练",
                               "演练开始,志愿者们拿起灭火器扑灭模拟火点,居民们在引导员的带领下有序撤离······",
                               "通过此次演练,居民们学会了灭火器的用法,也记住了小区的逃生路线。"))
    assert len(articles[0].paragraphs) == 2
