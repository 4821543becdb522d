"""An outlet's reporter or correspondent named right under one short sentence standing alone (`大岭村的荷塘。` /
`柳湾日报通讯员 王五`, no `摄`), under a headline or after text its credit closed, credits a picture: the sentence is
its caption, and the text under the headline is the article's. Under a text's own last sentence the same line is the
text's credit. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import every_line_apart, page

_ONE = "清晨的大岭村,荷塘边的步道干干净净,村民三三两两在塘边散步,一派宁静祥和的景象。"
_TITLE = "美丽如画,乡村生活更美好"
_TWO = "近年来,柳湾县大力推进农村人居环境整治,全县建成美丽乡村示范村一百余个。"
_THREE = "走进大岭村,平坦的村道两旁栽满了花木,白墙青瓦的民居错落有致,村民王小五说,现在的村子比城里还漂亮。"


def test_a_lone_sentence_credited_under_the_headline_is_a_picture_between_it_and_the_text():
    article, photo = parse_page(page(_TITLE, "大岭村的荷塘。\n柳湾日报通讯员 王五", _ONE, _TWO + " 赵 六"))
    assert article.kind == "article" and article.body.startswith("清晨的大岭村") and article.authors == ["赵六"]
    assert photo.kind == "photo" and photo.body == "大岭村的荷塘。" and photo.authors == ["王五"]


def test_a_lone_sentence_credited_after_closed_text_is_an_untitled_picture():
    article, photo = parse_page(page(_TITLE, _ONE, _TWO + " 赵 六", "白沙村的新村道。\n柳湾日报通讯员 李四"))
    assert article.body.endswith("一百余个。") and article.authors == ["赵六"]
    assert photo.kind == "photo" and photo.body == "白沙村的新村道。" and photo.authors == ["李四"]


def test_under_a_texts_own_last_sentence_the_line_is_its_credit():
    (article,) = parse_page(page("大岭村建起荷塘步道", _ONE, _TWO, "村民们都说好。\n柳湾日报通讯员 王五"))
    assert article.kind == "article" and article.authors == ["王五"] and article.body.endswith("村民们都说好。")


def test_every_line_apart_the_credit_one_blank_line_under_the_sentence():
    article, photo = parse_page(every_line_apart(_TITLE, "大岭村的荷塘。", "柳湾日报通讯员 王五", _ONE, _THREE,
                                                 _TWO + " 赵 六"))
    assert article.body.startswith("清晨的大岭村") and article.authors == ["赵六"]
    assert photo.kind == "photo" and photo.body == "大岭村的荷塘。" and photo.authors == ["王五"]
