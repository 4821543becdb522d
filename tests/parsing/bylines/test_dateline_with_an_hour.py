"""A site's dateline may give the hour after the day (`某某网-某某客户端5月6日9时讯(记者 张三)`): still a
dateline, its names the article's authors, and a caption printed with its supplied credit between the
headline and that dateline is a photo of its own. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_dateline_with_the_hour_names_its_reporter():
    (article,) = parse_page(page(
        "青松镇的桃花开了",
        "青山网-青山客户端3月16日9时讯(记者 张小明)这几天,青松镇万亩桃园里的桃花开了,周末来赏花的游客超过两万人。",
    ))
    assert article.authors == ["张小明"]
    assert article.body.startswith("这几天,青松镇万亩桃园")


def test_a_caption_with_its_supplied_credit_over_such_a_dateline_is_a_photo():
    article, photo = parse_page(page(
        "青松镇的桃花开了",
        "游客在桃园里拍照。\n主办方供图",
        "青山网-青山客户端3月16日9时讯(记者 张小明)这几天,青松镇万亩桃园里的桃花开了,周末来赏花的游客超过两万人。",
    ))
    assert (photo.kind, photo.body) == ("photo", "游客在桃园里拍照。")
    assert (article.title, article.authors) == ("青松镇的桃花开了", ["张小明"])
