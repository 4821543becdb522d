"""Picture credits naming no photographer: a file picture's note in brackets (`(资料图片)`), an office that took the
picture (`某某区融媒体中心 摄`, at least four letters before the office's word: `李建社 摄` is a name) and a
picture's sender in brackets (`(王五提供)`). Each closes the caption over it, as `张三 摄` does; the text goes on
under the picture when the caption stands inside an article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ONE = "清晨六点,大岭村的护林员王五背上水壶出了门,沿着山脊巡查一圈要走上三个钟头。"
_TWO = "山路湿滑,王五走得很慢,每到一处瞭望点都要停下来,用望远镜把四周的林子看上一遍。"
_THREE = "这样的巡山,王五已经坚持了十一年,村里人都说这片林子有他守着才放心。"
_FOUR = "如今,大岭村又招来两名年轻的护林员,王五把巡山的路线一段一段教给他们。"


def test_a_file_picture_note_in_brackets_closes_a_caption_inside_an_article():
    text = page("大岭村的护林员", _ONE, _TWO, "护林员在山脊上巡查。\n(资料图片)", _THREE, _FOUR)
    article, photo = parse_page(text)
    assert article.kind == "article" and article.body.endswith("教给他们。") and "山脊上巡查" not in article.body
    assert "瞭望点" in article.body and "十一年" in article.body
    assert photo.kind == "photo" and photo.body == "护林员在山脊上巡查。" and photo.authors == []


def test_an_office_that_took_the_picture_names_no_photographer():
    text = page("大岭村的护林员", _ONE, _TWO, "护林员在山脊上巡查。\n柳湾区融媒体中心 摄", _THREE, _FOUR)
    article, photo = parse_page(text)
    assert article.body.endswith("教给他们。") and "十一年" in article.body
    assert photo.kind == "photo" and photo.body == "护林员在山脊上巡查。" and photo.authors == []


def test_a_three_letter_name_before_its_credit_is_a_photographer():
    text = page("大岭村的护林员", _ONE, _TWO, "护林员在山脊上巡查。\n李建社 摄", _THREE, _FOUR)
    photos = [a for a in parse_page(text) if a.kind == "photo"]
    assert [p.authors for p in photos] == [["李建社"]]


def test_a_sender_in_brackets_under_a_caption_between_headline_and_text():
    text = page("大岭村的护林员", "□本报记者 赵六", "王五在瞭望点巡查\n(王五提供)", _ONE, _TWO)
    article, photo = parse_page(text)
    assert article.kind == "article" and article.title == "大岭村的护林员" and article.authors == ["赵六"]
    assert article.body.startswith("清晨六点")
    assert photo.kind == "photo" and photo.body == "王五在瞭望点巡查"
