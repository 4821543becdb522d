"""Four names in brackets closing the text (`……。(王五 李小四 赵六 於小龍)`) are its writers when they read as people's
names: each of two or three letters, all but one opening with a surname (the fold makes `於` the word `于`); four
words that are no one's names (`(东村 西村 南村 北村)`) stay text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ONE = "柳湾县近年来把农村人居环境整治作为民生工程来抓,全县乡村面貌大为改观。"
_TWO = "今年,柳湾县投入资金两亿元,新建美丽乡村示范村二十九个,一个个宜居村庄已落户柳湾。"


def test_four_names_in_brackets_closing_the_text_are_its_writers():
    (article,) = parse_page(page("柳湾县人居环境整治见实效", _ONE, _TWO + "(王五 李小四 赵六 於小龍)"))
    assert article.authors == ["王五", "李小四", "赵六", "於小龍"] and article.body.endswith("已落户柳湾。")


def test_four_words_no_ones_names_stay_text():
    (article,) = parse_page(page("柳湾县人居环境整治见实效", _ONE, _TWO + "(东村 西村 南村 北村)"))
    assert article.authors == []
