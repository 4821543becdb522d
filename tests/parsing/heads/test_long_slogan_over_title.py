"""A slogan of two long spaced phrases (`把课堂搬到田埂上 让技术长在泥土里`) over a shorter title of more than ten
characters is still that title's kicker: the line under the slogan tells what happened, in fewer words
than the slogan sets the tone with. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "青松村的合作社每周请农技员到田头上课,村民有不懂的地方当场就问,去年全村水稻亩产提高了一成。"


def test_a_long_slogan_over_a_shorter_title_of_eleven_characters_is_its_kicker():
    (article,) = parse_page(page("把课堂搬到田埂上 让技术长在泥土里", "这个合作社专解种田难事", "□ 张小明 王立", _TEXT))
    assert (article.kicker, article.title, article.subtitle) == (
        "把课堂搬到田埂上 让技术长在泥土里", "这个合作社专解种田难事", None)
    assert article.authors == ["张小明", "王立"]
