"""A caption's bracketed note of the day and the way its picture was taken (`(5月9日无人机高空拍摄)`) names no one: it
stays in the caption and is no credit (the credit is on the line under it). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_dated_drone_note_stays_in_the_caption():
    article = page("白沙村修好便民桥", "日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事。")
    photo = "青溪县柳湾村的新民居一角(5月9日无人机高空拍摄)。\n青溪报记者 韩立明 摄\n"
    articles = parse_page(article + "\n\n\n" + photo)
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].body == "青溪县柳湾村的新民居一角(5月9日无人机高空拍摄)。"
    assert articles[1].authors == ["韩立明"]


def test_traditional_dated_note_stays_in_the_caption():
    article = page("白沙村修好便民桥", "日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事。")
    photo = "青溪縣柳灣村的新民居一角(5月9日無人機高空拍攝)。\n青溪報記者 韓立明 攝\n"
    articles = parse_page(article + "\n\n\n" + photo)
    assert articles[1].body == "青溪縣柳灣村的新民居一角(5月9日無人機高空拍攝)。"
