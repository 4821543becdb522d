"""A photo's caption and credit printed between an article's byline and its dateline (`作者:张三` /
caption / `记者 张三 摄` / `某某网讯 …`) are a photo: the dateline opens the article's text, so what
stands above it under the byline is not the body. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "白沙网讯 金秋时节,青松镇农民种下的芋头喜获丰收,合作社按订单收购,农民增收有了门路。"


def test_a_caption_between_a_byline_and_a_dateline_is_a_photo():
    articles = parse_page(page("芋头丰收 农民欢喜", "作者:林小川",
                               "图为10月31日,白沙村农民在田间收获芋头。\n记者 林小川 摄", _LEAD))
    article = next(a for a in articles if a.kind == "article")
    assert article.title == "芋头丰收 农民欢喜" and article.authors == ["林小川"]
    assert article.body.startswith("金秋时节")
    assert [a.body for a in articles if a.kind == "photo"] == ["图为10月31日,白沙村农民在田间收获芋头。"]
