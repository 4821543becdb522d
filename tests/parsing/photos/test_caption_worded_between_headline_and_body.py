"""A caption printed without a credit between a headline and its text, worded as what a picture shows
(`图为…。`, `巡逻的老人`, `孩子们…。`, `某某广场上,舞蹈队员们正在…。`), is a photo of its own: whether it was
read as the headline's last line, its closing sentence, the lead or a head over the text under a byline.
Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import describes_a_picture
from tests.helpers import by_title, every_line_apart, page

_TITLE = "青松村开办老年食堂 乡邻共享暖心饭"
_DATED = "本报讯 3月5日,白沙镇青松村老年食堂正式开张,六十多位老人在食堂里吃上了热乎的午饭。"
_LEAD = "为让独居老人吃上热饭,3月5日上午,白沙镇青松村在村委会旁开办了老年食堂。"
_MORE = "食堂由村里的党员志愿者轮流帮厨,每餐两荤两素一汤,七十岁以上的老人每餐只需交三元钱。"


def _photo(articles):
    [photo] = [a for a in articles if a.kind == "photo"]
    return photo


def test_a_caption_opening_with_its_picture_read_as_the_closing_sentence():
    articles = parse_page(page(_TITLE, "图为志愿者给老人端上午饭。", _DATED, _MORE))
    article = by_title(articles, _TITLE)
    assert article.subtitle is None and article.body.startswith("3月5日")
    assert _photo(articles).body == "图为志愿者给老人端上午饭。"


def test_people_named_by_what_they_do_under_a_title():
    articles = parse_page(page(_TITLE, "排队打饭的老人", _DATED, _MORE))
    assert by_title(articles, _TITLE).subtitle is None
    assert _photo(articles).body == "排队打饭的老人"


def test_a_caption_sentence_read_as_the_lead():
    articles = parse_page(page(_TITLE, "老人们围坐在餐桌旁吃午饭。", _LEAD, _MORE, "(记者 王小青)"))
    article = by_title(articles, _TITLE)
    assert article.body.startswith("为让独居老人") and "围坐在餐桌旁" not in article.body
    assert _photo(articles).body == "老人们围坐在餐桌旁吃午饭。"


def test_a_caption_over_the_byline_read_as_a_head():
    articles = parse_page(page(_TITLE, "——白沙镇青松村办起老年食堂", "志愿者们在择菜帮厨", "□ 本报记者 王小青", _LEAD,
                               _MORE))
    article = by_title(articles, _TITLE)
    assert article.sections == [] and article.body.startswith("为让独居老人")
    assert _photo(articles).body == "志愿者们在择菜帮厨"


def test_the_caption_is_cut_out_with_every_line_apart():
    articles = parse_page(every_line_apart(_TITLE, "老人们围坐在餐桌旁吃午饭。", _LEAD, _MORE, width=30))
    assert by_title(articles, _TITLE).body.startswith("为让独居老人")
    assert _photo(articles).body == "老人们围坐在餐桌旁吃午饭。"


def test_what_a_caption_says():
    assert describes_a_picture("排队打饭的老人") and describes_a_picture("老人们围坐在餐桌旁吃午饭。")
    assert describes_a_picture("青松村文化广场上,村民们正在排练舞蹈。")
    assert not describes_a_picture("老人们的幸福晚年") and not describes_a_picture("青松村的明天")


def test_a_one_sentence_lead_that_names_no_picture_stays_the_lead():
    articles = parse_page(page(_TITLE, "青松村的老年食堂开张了。", _LEAD, _MORE))
    assert by_title(articles, _TITLE).body.startswith("青松村的老年食堂开张了。")
    assert not [a for a in articles if a.kind == "photo"]
