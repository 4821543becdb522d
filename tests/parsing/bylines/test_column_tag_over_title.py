"""A column's tag made of a role word and the column's kind (`记者手记`) over a title is its kicker: it
credits nobody, neither the article above nor the one below. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_reporters_notes_tag_is_the_kicker_and_credits_nobody():
    market, bridge = parse_page(page(
        "青松村办起文化集市", "本报讯(通讯员 林青)近日,青松村的文化集市开张,村民在家门口看上了演出。",
        "记者手记", "白沙镇的无名桥", "10月10日,记者来到白沙镇,镇里的干部带着记者走了一圈集镇。"))
    assert market.authors == ["林青"]
    assert bridge.kicker == "记者手记" and bridge.title == "白沙镇的无名桥" and bridge.authors == []


def test_a_reporters_name_after_the_role_word_is_still_a_credit():
    [article] = parse_page(page("白沙镇的无名桥", "10月10日,记者来到白沙镇,镇里的干部带着记者走了一圈集镇。",
                                "记者 林青"))
    assert article.authors == ["林青"]
