"""Headless text right under a titled photo, printed in the script of the open article above the photo and not
in the photo's: the article goes on below the picture set between its paragraphs, up to its credit. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "白沙村黨員下田助農忙"
_PHOTO = "东岭镇麦浪翻金"
_CAPTION = "眼下正是麦收时节,柳湾县东岭镇的麦田里,收割机来回穿梭,农民们忙着装车运粮。\n新华网发(赵一鸣 摄)"


def _page(below: str) -> str:
    return page(
        _TITLE,
        "6月1日,天剛亮,白沙村的麥田裏已經忙碌起來。村裏的黨員們分成三組,幫著缺少勞力的人家搶收小麥。",
        "“黨員多幹一點,群眾就少累一點。”村黨支部書記王小川說。",
        "", _PHOTO, _CAPTION, below,
    )


def test_text_in_the_articles_script_goes_on_with_it():
    below = "站在田埂上往遠處看,山坡上一片金黃,幾臺機器揚起陣陣塵土。\n(某某日報記者 林小禾)"
    articles = parse_page(_page(below))
    assert [(a.kind, a.title) for a in articles] == [("article", _TITLE), ("photo", _PHOTO)]
    assert "幾臺機器揚起陣陣塵土" in articles[0].body


def test_text_in_the_photos_script_is_left_alone():
    below = "站在田埂上往远处看,山坡上一片金黄,几台机器扬起阵阵尘土。"
    articles = parse_page(_page(below))
    assert "几台机器扬起阵阵尘土" not in articles[0].body
