"""A line holding one name and `/图` and nothing else (`张三/图`) credits a picture, as `张三 摄` does: under a caption
printed between a headline and its text it makes that caption a photo, the text below the headline's, and the name
is no writer of the text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_caption_over_a_name_slash_tu_between_headline_and_text():
    text = page("竹编老手艺走进新课堂",
                "听说孩子们要学竹编,老篾匠周福生(中)特意带来了自家编的竹篮。\n邓晓光/图",
                "本月起,青竹镇中心小学每周开设一堂竹编课,请来镇上的老篾匠手把手教学生劈篾、编底。",
                "校长说,竹编是镇上的老手艺,让孩子们学一学,也是留住乡愁。")
    article, photo = parse_page(text)
    assert article.title == "竹编老手艺走进新课堂"
    assert article.authors == []
    assert article.body.startswith("本月起,青竹镇中心小学")
    assert photo.kind == "photo"
    assert photo.authors == ["邓晓光"]
    assert photo.body.startswith("听说孩子们要学竹编")


def test_a_role_before_the_name_slash_tu():
    text = page("竹编老手艺走进新课堂",
                "听说孩子们要学竹编,老篾匠周福生(中)特意带来了自家编的竹篮。\n通讯员 邓晓光/图",
                "本月起,青竹镇中心小学每周开设一堂竹编课,请来镇上的老篾匠手把手教学生劈篾、编底。")
    article, photo = parse_page(text)
    assert article.authors == []
    assert photo.authors == ["邓晓光"]


def test_a_writer_and_a_photographer_marked_so_stay_a_byline():
    text = page("竹编老手艺走进新课堂", "文/邓晓光 图/柯小雨",
                "本月起,青竹镇中心小学每周开设一堂竹编课,请来镇上的老篾匠手把手教学生劈篾、编底。")
    (article,) = parse_page(text)
    assert article.authors == ["邓晓光", "柯小雨"]
