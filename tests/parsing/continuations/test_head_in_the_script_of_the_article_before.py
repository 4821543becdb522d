"""A head over text printed in the other script than the finished item right above it goes on with the article
printed right before that item, in the head's script and left without a credit: a page that mixes scripts mixes them
article by article, so the item between was set into the article. Closed by its credit, that article takes no more
text, and the head titles an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TITLE = "“駐村這一年,我們學會了聽”"
_FIRST = ("柳灣縣的駐村幹部很少有空閒,白天走村入戶,晚上整理台賬,週末也常常留在村裡。記者跟著白沙鎮的"
          "工作隊走了三天,看到了他們的日常,也聽到了村民們對他們的評價。")
_BETWEEN_TITLE = "青石村商定修路计划"
_BETWEEN = ("3月5日,青石村召开村民代表会议,商量今年的道路修缮计划。村民林小禾说,"
            "这几年村里变化很大,日子越过越好。")
_HEAD = "挨家挨戶的本子"
_REST = ("白沙鎮竹園村有三百多戶人家,前些年一直是鎮上最窮的村。工作隊的六名隊員住進村裡以後,"
         "挨家挨戶走訪,把每戶的難處記在本子上。")


def test_the_head_goes_on_with_the_article_in_its_script():
    articles = parse_page(page(_TITLE, _FIRST, _BETWEEN_TITLE, _BETWEEN, _HEAD, _REST))
    assert [a.title for a in articles] == [_TITLE, _BETWEEN_TITLE]
    assert articles[0].sections == [_HEAD] and articles[0].body.endswith("記在本子上。")


def test_after_a_closing_credit_the_head_titles_an_item():
    articles = parse_page(page(_TITLE, _FIRST + "(周明)", _BETWEEN_TITLE, _BETWEEN, _HEAD, _REST))
    assert [a.title for a in articles] == [_TITLE, _BETWEEN_TITLE, _HEAD]


_PHOTO_TITLE = "柳灣打造水清景美的生態家園"
_PHOTO = "9日,柳灣鎮保潔員駕船清撈河面漂浮物。近年來,全鎮河道實行專人管護,河水一年比一年清。"
_ITEM_TITLE = "花农田间劳作忙"
_CAPTION = "白沙镇东园社区村民在苗圃里修剪苗木。"
_ITEM = "惊蛰一过,白沙镇的花农就下地给苗木松土、施肥、移栽,花木生意成了当地人增收的门路。"


def test_a_head_over_a_captioned_photo_titles_what_follows():
    """A head over a caption its photo credit closes titles what follows it, as under any article: the text below
    is no section of the article printed before the item between."""
    text = page(_BETWEEN_TITLE, _BETWEEN, _PHOTO_TITLE, _PHOTO + "\n(周明 林晓)", _ITEM_TITLE, _CAPTION + "\n孙立摄",
                _ITEM)
    articles = parse_page(text)
    assert articles[0].title == _BETWEEN_TITLE and articles[0].body.endswith("越过越好。")
    assert _ITEM_TITLE in [a.title for a in articles]
