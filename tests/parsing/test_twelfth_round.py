"""Rules met on a twelfth round of pages laid out from real texts nobody had tuned for: a picture
credit naming the picture service in brackets after the photographer, a magazine's or bulletin's
`本刊讯` dateline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_photo_credit_with_the_picture_service_in_brackets_closes_a_photo():
    text = page(
        "白沙镇修好石板桥",
        "本报讯 近日,白沙镇青松村的石板桥修好了,村民出行方便多了。",
        "",
        "",
        "10月8日,青松村村民在田里收割晚稻。",
        "林夕摄(某某图片)",
    )
    article, photo = parse_page(text)
    assert article.body.endswith("村民出行方便多了。")
    assert photo.kind == "photo" and photo.authors == ["林夕"]
    assert photo.body.startswith("10月8日")


def test_two_untitled_photos_with_bracketed_services_stay_two_photos():
    text = page(
        "10月8日,青松村村民在田里收割晚稻。",
        "林夕摄(某某图片)",
        "",
        "",
        "10月9日,白沙镇渔船满载归来。",
        "宋雨摄(某某视觉)",
    )
    first, second = parse_page(text)
    assert (first.kind, first.authors) == ("photo", ["林夕"])
    assert (second.kind, second.authors) == ("photo", ["宋雨"])


def test_a_benkan_dateline_names_its_reporters():
    text = page(
        "爱心书包送进山村小学",
        "本刊讯(林夕 宋雨)3月16日,县里的爱心工作组把书包送到了青松村小学。",
        "孩子们背上新书包,笑得很开心。",
    )
    (article,) = parse_page(text)
    assert article.authors == ["林夕", "宋雨"]
    assert article.body.startswith("3月16日")


def test_a_long_line_cut_off_right_under_its_headline_is_text_not_the_next_items_kicker():
    text = page(
        "白沙镇开展消防宣传月集中宣传活动",
        "11月9日是全国消防日,上午,由白沙镇消防站牵头,派出所、供电所、卫生院、青松村村委会等多个单位共",
        "青松村修好石板桥",
        "□ 本报记者 林夕",
        "本报讯 近日,青松村的石板桥修好了,村民出行方便多了。",
        "同参与的宣传活动在镇文化广场举行,吸引了许多居民驻足。",
    )
    fire, bridge = parse_page(text)
    assert fire.title == "白沙镇开展消防宣传月集中宣传活动" and "多个单位共同参与" in fire.body
    assert bridge.title == "青松村修好石板桥" and bridge.authors == ["林夕"]


def test_an_office_named_before_the_writer_in_the_closing_credit_is_not_a_name():
    text = page(
        "青年志愿者走进敬老院",
        "3月5日,白沙街道团工委组织青年志愿者走进敬老院,为老人打扫房间、测量血压。",
        "老人们拉着志愿者的手,连声道谢。(白沙街道团工委 林夕)",
    )
    (article,) = parse_page(text)
    assert article.authors == ["林夕"]
    assert article.body.endswith("连声道谢。")
