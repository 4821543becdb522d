"""A narrow column that wraps at spaces may break a closing credit right after its role word
(`…好办法。(青山日报记者` over `张小明 摄)`): the two lines are one credit closing the paragraph, not a
caption's photo credit, the lines together or every line apart. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

_LEAD = ("放学后没人接的孩子,如今可以到青松社区的“四点半课堂”写作业,二十多位退休教师轮流来辅导,"
         "每天都有四五十个孩子来这里,有的孩子写完作业还学下象棋。")
_LAST = ("社区还把活动室重新布置了一遍,添了书架和台灯,家长们来接孩子时也能坐下歇一歇,家长们都说这是个好办法。"
         "(青山日报记者")


@pytest.mark.parametrize("apart", [False, True])
def test_a_credit_broken_after_its_role_word_closes_the_paragraph(apart):
    blocks = [["青松社区开出“四点半课堂”"], wrapped(_LEAD, 24), [*wrapped(_LAST, 24), "张小明 摄)"]]
    (article,) = parse_page(column_page(blocks, apart=apart))
    assert (article.kind, article.title) == ("article", "青松社区开出“四点半课堂”")
    assert article.body.rstrip().endswith("家长们都说这是个好办法。")
