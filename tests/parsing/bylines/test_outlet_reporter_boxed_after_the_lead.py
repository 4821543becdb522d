"""A box, then a paper's name, its desk and the role word run on after a paragraph's last sentence, the name glued
to the role (`……去看个究竟。□某某晚报融媒体记者张三`): the box marks a credit, as it does before `本报记者`; the name
is the article's author and leaves its text, the role word spaced from the name or not. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = ("清晨六点,白沙街道的老周就背着工具包出了门,沿着河岸一边走一边看。",
         "这样的巡河,他已经坚持了八年。白沙的河为什么变清了?我们跟着老周去看个究竟。□青川晚报融媒体记者林小河")


def test_boxed_site_reporter_spaced_from_the_name():
    last = "队员们分成三组,每天轮流上岸巡查,发现问题就拍照上报。■青川网记者 林小河"
    [article] = parse_page(page("护河人", "白沙河边的老周", _LEAD[0], last))
    assert article.authors == ["林小河"]
    assert article.body.endswith("发现问题就拍照上报。")


def test_boxed_outlet_reporter_after_the_last_sentence():
    [article] = parse_page(page("白沙河边的老周", *_LEAD))
    assert article.authors == ["林小河"]
    assert article.body.endswith("我们跟着老周去看个究竟。")
