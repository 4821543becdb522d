"""A block of two paragraphs set apart by two blank lines or more over a photo credit printed right under the second,
under an article whose last sentence is finished but no credit closed: a photo's caption, an item of its own, as it
is under text a credit closed or a column cut inside a sentence; the article's text printed after the photo goes on
with it. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

TEXT = page("白沙镇河道整治见成效",
            "白沙镇今年整治河道十二条,清理漂浮物三千余方,河水重新变清,两岸种上了柳树。",
            "镇里还建立了河长巡河制度,每周巡查一次,发现问题及时整改。")
CAPTION = page("3月30日,采茶工在青山镇夏巷村的茶园里采摘明前茶。",
               "清明将至,各产茶区进入明前茶采制的忙碌时节。\n林青 摄")


def test_a_caption_block_set_apart_under_open_finished_text():
    text, photo = parse_page(TEXT + "\n\n" + CAPTION)
    assert text.body.endswith("发现问题及时整改。")
    assert photo.kind == "photo" and photo.authors == ["林青"] and photo.body.startswith("3月30日,采茶工")


def test_the_text_after_the_photo_goes_on_with_the_article():
    more = "下一步,白沙镇将继续推进河道长效管护,让每一条河都成为村民家门口的风景。"
    text, photo = parse_page(TEXT + "\n\n" + CAPTION + "\n" + more + "\n")
    assert text.body.endswith("村民家门口的风景。") and photo.kind == "photo"
