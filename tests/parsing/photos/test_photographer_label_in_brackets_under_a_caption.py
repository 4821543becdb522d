"""A caption line printed between a headline group (title and subtitle) and the body, over its credit labelled with
the photographer's role alone in brackets (`(摄影:张三)`), right under it: the label names who took the picture, not
who wrote the article, so the line is the picture's credit and the line above its caption, as over `张三 摄`. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_BODY = ("入冬以来,北坡旗的牧民们忙着给棚圈加固,草料早早备足,一家家都盼着明年春天的好收成。",
         "牧民巴图家今年添了两百只羊,他在手机上开了店,把自家做的奶食卖到了城里,订单一天比一天多。")


def test_bracketed_photographer_label_credits_the_caption():
    text = page("草原上的新日子", "牧民的冬天也有新盼头", "巴图在羊圈里给小羊喂奶\n(摄影:苏和)", *_BODY)
    article, photo = parse_page(text)
    assert article.title == "草原上的新日子"
    assert article.subtitle == "牧民的冬天也有新盼头"
    assert article.authors == []
    assert article.body.startswith("入冬以来")
    assert photo.kind == "photo"
    assert photo.body == "巴图在羊圈里给小羊喂奶"
    assert photo.authors == ["苏和"]


def test_photographer_label_right_under_a_title_stays_its_byline():
    (article,) = parse_page(page("草原上的新日子\n(摄影:苏和)", *_BODY))
    assert article.title == "草原上的新日子"
    assert article.body.startswith("入冬以来")
