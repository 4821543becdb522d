"""A caption printed on one line with an office's supply credit (`…活动。 某某县委宣传部供图`, or glued to
the full stop) is a photo naming nobody, even inside an article: the article's text above and below it
stays one article. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("青松村的老房子改成了村史馆,馆里摆着老农具和老照片,周末常有学生来参观。",
          "村里还办起了夜校,请县里的老师来讲电商和种植技术,每期都坐得满满当当。")
_BELOW = "傍晚时分,村史馆门口的小广场上,老人们下棋聊天,孩子们追着跑,一直热闹到天黑。"


@pytest.mark.parametrize("caption",
                         ["青松村党员在村口植树。 白沙县委宣传部供图", "青松村党员在村口植树。白沙县委宣传部供图"])
def test_a_caption_with_an_office_credit_is_a_photo_inside_the_article(caption):
    articles = parse_page(page("青松村的新气象", *_ABOVE, caption, _BELOW))
    assert [a.kind for a in articles] == ["article", "photo"]
    article, photo = articles
    assert article.body.endswith("一直热闹到天黑。")
    assert photo.body == "青松村党员在村口植树。" and photo.authors == []


def test_a_sentence_ending_in_supply_words_without_an_office_stays_text():
    [article] = parse_page(page("青松村的新气象", *_ABOVE, "图片由村民提供。大家踊跃供图", _BELOW))
    assert "大家踊跃供图" in article.body


@pytest.mark.parametrize("credit", ["白沙县委宣传部提供", "白沙县融媒体中心 提供"])
def test_an_office_provided_line_under_a_caption_between_title_and_body_is_a_photo_credit(credit):
    articles = parse_page(page("聚焦新农村,白沙组织采风团走村入户", "白沙县乡村采风活动启动。", credit,
                               "5月8日,白沙县组织二十多名记者走进青松村,看村里的新变化,听村民讲致富的故事。",
                               "采风团还走访了村里的果园和合作社,与种植户一起算收入账。"))
    kinds = sorted(a.kind for a in articles)
    assert kinds == ["article", "photo"]
    article = next(a for a in articles if a.kind == "article")
    assert article.title == "聚焦新农村,白沙组织采风团走村入户"
    assert article.body.startswith("5月8日,白沙县") and "白沙县乡村采风活动启动" not in article.body


@pytest.mark.parametrize("caption", ["青松村党员在村口植树。通讯员 供图", "青松村党员在村口植树。 记者 供图"])
def test_a_caption_supplied_by_an_unnamed_correspondent_is_a_photo(caption):
    articles = parse_page(page("青松村的新气象", *_ABOVE, caption, _BELOW))
    assert [a.kind for a in articles] == ["article", "photo"]
    article, photo = articles
    assert article.body.endswith("一直热闹到天黑。") and "供图" not in article.body
    assert photo.body == "青松村党员在村口植树。" and photo.authors == []
