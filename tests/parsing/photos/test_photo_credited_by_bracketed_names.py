"""A titled photo whose credit is its photographers' names alone in brackets on a line of their own (`(宋雨 白桦)`):
a caption opening on the day alone and one short clause of the moment is a photo's; a short news item closed by
the same bracket, opening as a report does, stays an article. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = ("9日,白沙镇青松村保洁员在清理河道。近年来,全镇推行河长制,村村有河长,"
            "河道水质逐年好转,成为附近村民散步休闲的好去处。\n(宋雨 白桦)")
_REPORT = ("近日,白沙镇召开河长制工作推进会,部署下一阶段河道整治工作。会议要求各村落实责任,"
           "确保年内完成整治任务。\n(宋雨 白桦)")


def test_a_caption_of_the_days_moment_over_bracketed_names_is_a_photo():
    (photo,) = parse_page(page("白沙镇河道水清岸绿", _CAPTION))
    assert photo.kind == "photo" and photo.title == "白沙镇河道水清岸绿"
    assert photo.authors == ["宋雨", "白桦"] and photo.body.startswith("9日,白沙镇")


def test_a_report_over_bracketed_names_stays_an_article():
    (article,) = parse_page(page("白沙镇部署河道整治", _REPORT))
    assert article.kind == "article" and article.authors == ["宋雨", "白桦"]


def test_the_photo_leaves_the_next_article_its_lead():
    articles = parse_page(page("白沙镇河道水清岸绿", _CAPTION, "", "青石镇油菜花开",
                               "本报讯 青石镇营前村的油菜花近日进入盛花期,吸引不少游客前来观赏。"))
    assert [a.kind for a in articles] == ["photo", "article"]
    assert articles[1].body.startswith("本报讯") or articles[1].body.startswith("青石镇营前村")


_FEATURE = ("产业兴旺聚人心",
            "白沙镇青松村地处两条公路交汇处,交通便利,近年来村里大力发展苗木产业,村集体收入逐年增加。",
            "村党支部书记宋雨带领村民外出考察,引进新品种,办起合作社,带动全村三百多户农户增收。")
_TRADITIONAL_PHOTO = ("白沙鎮河道水清岸綠",
                      "9日,白沙鎮青松村保潔員在清理河道。近年來,全鎮推行河長制,河道水質逐年好轉。\n(林夕 白樺)")


def test_a_head_over_a_caption_after_a_photo_in_the_other_script_titles_its_own_item():
    articles = parse_page(page(*_FEATURE, *_TRADITIONAL_PHOTO, "柳湾:苗木田间管理忙",
                               "青松村村民对苗木进行田间管理。\n宋雨摄",
                               "时令到了春分,柳湾县白沙镇青松村的村民忙着给苗木除草、浇水,苗木产业带动村民增收。"))
    feature = articles[0]
    assert feature.title == "产业兴旺聚人心" and feature.body.endswith("带动全村三百多户农户增收。")
    assert any(a.title == "柳湾:苗木田间管理忙" for a in articles)
