"""Under a caption, `某报记者 张三 图` credits the photographer as `… 摄` does (a paper marks its own
pictures `图`); a `文/图` byline under a title stays a byline. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_reporter_credited_with_tu_under_a_caption_makes_a_photo():
    article = page("白沙村修好便民桥", "日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事。")
    photo = page("老人纳凉 孩子献艺",
                 "昨天傍晚,青松小学的孩子们为柳岸社区纳凉的老人们表演了快板和歌舞,引得老人们笑声不断。\n晚报记者 "
                 "林小川 图")
    articles = parse_page(article + "\n\n\n" + photo)
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].title == "老人纳凉 孩子献艺"
    assert articles[1].authors == ["林小川"]


def test_an_untitled_caption_credited_with_tu():
    article = page("白沙村修好便民桥", "日前,白沙村的便民桥修缮完工,村民们出行更方便了,老人们都说这是件大好事。")
    photo = "昨天傍晚,青松小学的孩子们为柳岸社区纳凉的老人们表演了快板和歌舞。\n记者 林小川 图\n"
    articles = parse_page(article + "\n\n\n" + photo)
    assert [a.kind for a in articles] == ["article", "photo"]
    assert articles[1].authors == ["林小川"]
