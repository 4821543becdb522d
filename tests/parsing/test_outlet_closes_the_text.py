"""An outlet in brackets after the last sentence (`……。(市电视台)`, `(县融媒体中心)`) is where the item came from:
it names no one, but it closes the item as a writer's name in brackets does, so the text below is no more of it.
Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import ends_with_attribution

_ITEM = ("近日,白沙镇青松村迎来二十名小记者。他们参观了村史馆,品尝了农家菜,还采访了村里的老党员。"
         "活动负责人介绍,小记者们将把见闻写成作文。(市电视台)")
_OTHER = "柳湾县举办农民丰收节,各乡镇带来的特色农产品摆满了展台,吸引了众多市民前来选购。"


def test_an_outlet_in_brackets_after_the_last_sentence_ends_the_item():
    assert ends_with_attribution("……写成作文。(市电视台)")
    assert ends_with_attribution("……写成作文。(柳湾县融媒体中心)")
    assert not ends_with_attribution("……写成作文(见下图)。")


def test_headless_text_below_does_not_run_on_into_the_closed_item():
    page = "\n\n" + "\n\n".join(["小记者走进青松村", _ITEM]) + "\n\n\n\n" + _OTHER + "\n"
    first = parse_page(page)[0]
    assert first.title == "小记者走进青松村" and "丰收节" not in first.body
