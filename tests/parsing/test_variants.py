"""The same page in any printed form gives the same articles, and no text makes the parser fail."""

import random

import opencc
import pytest

from app.parsing import ParsedArticle, parse_page
from app.text import fold

from tests.helpers import page

PAGE = page(
    "城东街道开展“邻里节”活动",
    "邻里守望情更浓",
    "□ 本报记者 郑和平 通讯员 柳如烟",
    "近日,城东街道举办第三届“邻里节”,居民们拿出拿手好菜(城东街道供图),共享百家宴。活动现场还设置了义诊、理",
    "发等便民摊位。",
    "把服务送到家门口",
    "街道负责人说:“我们要让居民感受到家的温暖!”",
    "·郑和平·",
    "\n\n湖畔新景\n引客来",
    "国庆假期,游客在湖畔步道散步赏景。",
    "吴桐 摄",
    "西郊镇 整治河道",
    "本报讯(严冬 季夏)西郊镇对辖区河道开展集中整治,清理淤泥一万余方。",
)

FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；", "!": "！", "?": "？"})
HALF_WIDTH = str.maketrans({v: k for k, v in {",": "，", "(": "（", ")": "）", ":": "："}.items()})


def structure(articles: list[ParsedArticle]) -> list[tuple]:
    """What the parser decided, folded so that print forms compare equal."""
    def f(s: str | None) -> str:
        return fold(s or "").replace(" ", "")
    return [(a.kind, f(a.kicker), f(a.title), f(a.subtitle), [f(x) for x in a.authors],
             [f(s) for s in a.sections], [f(p) for p in a.paragraphs], a.lines) for a in articles]


def test_reference_page_structure():
    articles = parse_page(PAGE)
    assert [(a.kind, a.title) for a in articles] == [
        ("article", "城东街道开展“邻里节”活动"), ("photo", "湖畔新景 引客来"), ("article", "西郊镇 整治河道")]
    first = articles[0]
    assert first.authors == ["郑和平", "柳如烟"]
    assert first.sections == ["把服务送到家门口"]
    assert "义诊、理发等便民摊位" in first.body and "供图" not in first.body


@pytest.mark.parametrize("variant", [
    pytest.param(lambda t: t.translate(FULL_WIDTH), id="full-width punctuation"),
    pytest.param(lambda t: t.translate(HALF_WIDTH), id="half-width punctuation"),
    pytest.param(lambda t: opencc.OpenCC("s2t").convert(t), id="traditional characters"),
    pytest.param(lambda t: t.replace("\n", "\r\n"), id="CRLF"),
    pytest.param(lambda t: t.replace("\n", "\r"), id="CR"),
    pytest.param(lambda t: "\ufeff" + t, id="BOM"),
    pytest.param(lambda t: t.replace("\n\n", "\n \n"), id="whitespace-only blank lines"),
])
def test_print_forms_give_the_same_articles(variant):
    assert structure(parse_page(variant(PAGE))) == structure(parse_page(PAGE))


def test_traditional_text_is_output_as_printed():
    traditional = opencc.OpenCC("s2t").convert(PAGE)
    article = parse_page(traditional)[-1]
    assert article.title == "西郊鎮 整治河道"
    assert article.authors == ["嚴冬", "季夏"]
    assert "本報訊" not in article.body


@pytest.mark.parametrize("text", [
    "", "   \n\n \t", "\x00\x00本报讯\x00(张三)内容。", "Plain English text.\n\nNo Chinese at all.",
    "——\n\n·\n\n□\n\n摄\n\n()", "本报讯", "\n".join(["标题"] * 5000),
])
def test_odd_text_never_raises(text):
    for article in parse_page(text):
        assert article.lines


def test_one_six_megabyte_line():
    articles = parse_page("城市治理," * 1_200_000)
    assert len(articles) == 1 and articles[0].lines == [(1, 1)]


def test_shuffled_and_cut_lines_never_raise():
    rnd = random.Random(7)
    lines = PAGE.split("\n")
    for _ in range(300):
        text = "\n".join(rnd.choice(lines)[: rnd.randint(0, 40)] for _ in range(rnd.randint(0, 40)))
        for article in parse_page(text):
            assert all(first <= last for first, last in article.lines)
