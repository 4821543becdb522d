"""A caption of two sentences (`…(右)一家。处长某某进村后,…。`) closed by its photographer's credit, printed between a
headline and a body that has no headline of its own: read at first as a titled photo, the body left headless. A
text under no headline that nothing above claims is the headline's body, and the caption, worded as one, is the
picture printed between them. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "青山乡柳沟村刘大伯(右)一家。处长王明进村后,去刘家看了看,没说几句,就被村干部叫回了乡里。"
_BODY = ("将近四十度的暑热,十多里的坡路。",
         "7月5日,四十二岁的王明一个人往深山里走,他说这段路“又新鲜又难走”,从前没走过这么远。",
         "他在省里某厅当副处长,家在省城,上班只隔两条街,乡下的事他以前很少打听。")


def test_headline_goes_to_the_text_under_a_long_caption():
    article, photo = parse_page(page("处长进村当书记", _CAPTION + "\n本报记者 赵林摄", *_BODY))
    assert article.kind == "article"
    assert article.title == "处长进村当书记"
    assert article.body.startswith("将近四十度的暑热")
    assert article.body.endswith("很少打听。")
    assert article.authors == []
    assert photo.kind == "photo"
    assert photo.title is None
    assert photo.body == _CAPTION
    assert photo.authors == ["赵林"]


def test_titled_photo_over_nothing_stays_a_titled_photo():
    only = parse_page(page("柳沟村的秋天", _CAPTION + "\n本报记者 赵林摄"))
    assert len(only) == 1
    assert only[0].kind == "photo"
    assert only[0].title == "柳沟村的秋天"
