"""`新华社发` alone on the line under a caption: the agency sent the picture and names no photographer. It is the
photo's credit, naming no one, as `图/新华社` is; the titled photo over it is no article. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.photos.agency_pictures import credits_an_outlets_picture
from tests.helpers import page as printed_page


def test_an_agency_sent_line_is_a_picture_credit():
    assert credits_an_outlets_picture("新华社发")
    assert credits_an_outlets_picture("中新社发")
    assert not credits_an_outlets_picture("合作社发展")


def test_a_titled_photo_credited_to_the_agency_alone():
    page = "\n\n" + "\n\n".join(["青松村秋色", "11月7日,游客在柳湾县青松村的银杏林里拍照。\n新华社发"]) + "\n"
    [photo] = parse_page(page)
    assert photo.kind == "photo" and photo.title == "青松村秋色" and photo.authors == []
    assert photo.body == "11月7日,游客在柳湾县青松村的银杏林里拍照。"


def test_a_caption_of_three_paragraphs_over_the_agency_line():
    page = "\n\n" + "\n\n".join([
        "青松村秋色",
        "11月7日,游客在青松村游玩。",
        "秋冬交替时节,位于柳湾县白沙镇的青松村色彩斑斓,景色迷人。",
        "青松村的银杏林有百余年历史,每到深秋,满树金黄,吸引众多游客前来。\n新华社发",
    ]) + "\n"
    [photo] = parse_page(page)
    assert photo.kind == "photo" and photo.title == "青松村秋色" and photo.authors == []
    assert photo.body.startswith("11月7日,游客") and photo.body.endswith("吸引众多游客前来。")


def test_a_report_over_an_agency_picture_keeps_its_text():
    page = "\n\n" + "\n\n".join([
        "青松村银杏节开幕",
        "近日,柳湾县白沙镇青松村举办第三届银杏文化节,吸引了周边县市的游客前来观赏,村里的农家乐生意红火。",
        "银杏节期间,村里还举办了摄影比赛和农产品展销会,村民的土特产销售一空。",
        "游客在青松村的银杏林里拍照。\n新华社发",
    ]) + "\n"
    article = parse_page(page)[0]
    assert article.kind == "article" and "摄影比赛" in article.body


def test_the_photo_leaves_the_next_article_its_headline():
    drill = ("白沙湖:水上演练 备战汛期",
             "6月9日,柳湾县白沙镇应急救援队在白沙湖进行水上救援演练,以增强防汛应急处置能力。\n新华社发")
    articles = parse_page(printed_page(*drill, "青石镇油菜花开",
                                       "青石镇营前村的油菜花近日进入盛花期,吸引不少游客前来观赏。"))
    assert [(a.kind, a.title) for a in articles] == [("photo", "白沙湖:水上演练 备战汛期"),
                                                     ("article", "青石镇油菜花开")]
