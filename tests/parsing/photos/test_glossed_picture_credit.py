"""A site that prints traditional text with pinyin glosses after some letters (`發(fā)`) glosses its picture credits
too: `新華社發(fā)(林青攝)`. A gloss reads a letter aloud and is no part of a credit's names; read past it, the credit
names its photographer, and the caption block over it is an untitled photo. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names
from app.parsing.scripts import unglossed
from app.text import fold
from tests.helpers import page


def test_glosses_are_read_past():
    assert unglossed("新華社發(fā)(林青攝)") == "新華社發(林青攝)"
    assert unglossed("鎮（zhèn）上") == "鎮上"
    assert unglossed("(记者 林青)") == "(记者 林青)"  # (no gloss: brackets of names stay)


def test_a_glossed_agency_credit_names_the_photographer():
    credit = "新華社發(fā)(林青攝)"
    assert photo_credit_names(credit, fold(credit)) == ["林青"]


def test_a_caption_block_over_a_glossed_credit_is_an_untitled_photo():
    text = page("白沙镇河道整治见成效",
                "白沙镇今年整治河道十二条,清理漂浮物三千余方,河水重新变清,两岸种上了柳树。",
                "镇里还建立了河长巡河制度,每周巡查一次,发现问题及时整改。")
    caption = page("3月30日,茶农在青山鎮夏巷村的茶園里忙着采新茶。",
                   "清明將至,各產(chǎn)茶區(qū)進入明前茶采制的忙碌時節(jié)。\n新華社發(fā)(林青攝)")
    articles = parse_page(text + "\n\n" + caption)
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[0].body.endswith("发现问题及时整改。")
    assert articles[1].authors == ["林青"] and articles[1].body.startswith("3月30日,茶农")
