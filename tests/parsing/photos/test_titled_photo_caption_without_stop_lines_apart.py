"""A titled photo whose caption has no full stop
(`河湾村的晒谷场` / `河湾村村民在晒谷场上翻晒稻谷` / `摄影 张三`), every line of the page apart: title and
caption read as one headline group (kicker and title, or title and subtitle), the photo left with no caption.
A photo's caption is the line right over its credit: the group's last line is the caption, the line above it
the title. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import gapped_page

_ARTICLE = (2, "河湾村近年来大力发展稻米产业,建起了烘干厂和加工厂,稻米远销省外,村民收入逐年增加。")


def _photo_page(title: str, caption: str, credit: str) -> str:
    return gapped_page(_ARTICLE, (3, title), (1, caption), (1, credit))


def test_title_caption_and_a_credit_with_the_word_first():
    article, photo = parse_page(_photo_page("河湾村的晒谷场", "河湾村村民在晒谷场上翻晒稻谷", "摄影 吴清"))
    assert article.body.startswith("河湾村近年来")
    assert (photo.kind, photo.title, photo.authors) == ("photo", "河湾村的晒谷场", ["吴清"])
    assert photo.body == "河湾村村民在晒谷场上翻晒稻谷"
    assert (photo.kicker, photo.subtitle) == (None, None)


def test_title_caption_and_a_credit_with_a_colon_in_traditional():
    article, photo = parse_page(_photo_page("河灣村稻田", "河灣村的稻田引來不少遊客", "攝影:吳清"))
    assert (photo.kind, photo.title, photo.authors) == ("photo", "河灣村稻田", ["吳清"])
    assert photo.body == "河灣村的稻田引來不少遊客"


def test_titled_photo_with_a_finished_caption_unchanged():
    article, photo = parse_page(_photo_page("河湾村的晒谷场", "河湾村村民在晒谷场上翻晒稻谷。", "吴清 摄"))
    assert (photo.title, photo.body, photo.authors) == ("河湾村的晒谷场", "河湾村村民在晒谷场上翻晒稻谷。", ["吴清"])
