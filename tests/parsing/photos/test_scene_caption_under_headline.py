"""A photo's caption naming the scene it shows (`义诊现场`, `开幕式现场`), printed on one line without a credit between
a headline and its dated body, is a photo of its own, not the title's subtitle: a subtitle says more of what
happened, a picture's note names where it was taken. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture
from tests.helpers import by_title, every_line_apart, page

_DATED = ("白沙网3月15日讯(通讯员 林小禾)3月14日,青禾县柳湾乡的集日上,一群穿红马甲的志愿者摆开摊位,"
          "给赶集的村民量血压、修雨伞。")


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_scene_under_the_title_is_a_photo():
    articles = parse_page(page("集日里的红马甲", "义诊现场", _DATED))
    article = by_title(articles, "集日里的红马甲")
    assert (article.subtitle, article.authors) == (None, ["林小禾"])
    assert _photo(articles).body == "义诊现场"


def test_the_scene_caption_is_cut_out_with_every_line_apart():
    articles = parse_page(every_line_apart("集日里的红马甲", "义诊现场", _DATED, width=30))
    assert by_title(articles, "集日里的红马甲").subtitle is None
    assert _photo(articles).body == "义诊现场"


def test_scene_wording():
    assert describes_a_picture("义诊现场") and describes_a_picture("开幕式现场")
    assert not describes_a_picture("现场") and not describes_a_picture("柳湾乡把服务送到群众家门口")
