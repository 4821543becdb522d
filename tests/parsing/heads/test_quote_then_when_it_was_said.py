"""A quoted exclamation followed by when it was said (`“我们自己来修路!”去年`), the column breaking the sentence right
after, is the text's sentence and no section head. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_quoted_exclamation_then_a_time_word_runs_on():
    text = page("青松村的议事会", "柳湾县青松村的老路坑坑洼洼,下雨天更是难走,村民们早就盼着修一修。",
                "“我们自己来修路!”去年", "秋天,村民王青在议事会上说出了大家的想法,当场就有二十多户报了名。",
                "路修好以后,村里又商量着在路边种上桂花树,让老路变成一条风景路。")
    [article] = parse_page(text)
    assert article.sections == [] and "修路!”去年秋天,村民" in article.body
