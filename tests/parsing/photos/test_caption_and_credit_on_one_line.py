"""A caption printed on one line with its photo credit right after the full stop, as sites print it:
with a role word (`…晒谷子。记者 张三 摄`) or as one name glued to the word (`…晒谷子。张三摄`). Without a
space or a role word only a single name opening with a surname counts, so a sentence ending in `摄` stays
text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_TEXT = "近日,白沙镇组织干部群众清理沟渠,村容村貌焕然一新,群众纷纷点赞。"


def test_a_credit_with_its_role_right_after_the_full_stop_makes_a_photo():
    articles = parse_page(page("白沙镇开展清洁行动", _TEXT, "", "", "青松村果农在坡地上摘苹果装筐。记者 林夕 摄"))
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body == "青松村果农在坡地上摘苹果装筐。" and photo.authors == ["林夕"]
    assert "摘苹果" not in by_title(articles, "白沙镇开展清洁行动").body


def test_a_caption_between_a_headline_and_its_text_with_the_name_glued_to_its_credit():
    articles = parse_page(page("青松村通了公交", "新修的公路通到了村口。林夕摄",
                               "今年以来,青松村新修公路三公里,城乡公交开进了村,村民进城方便了许多。",
                               "村民们说,路通了,日子也越过越有奔头了。"))
    article = by_title(articles, "青松村通了公交")
    assert article.body.startswith("今年以来") and "通到了村口" not in article.body
    (photo,) = [a for a in articles if a.kind == "photo"]
    assert photo.body == "新修的公路通到了村口。" and photo.authors == ["林夕"]


def test_a_sentence_ending_in_the_word_for_taking_pictures_stays_text():
    articles = parse_page(page("白沙镇古桥列入保护名录", "白沙镇的三座古桥列入保护名录。桥上禁止拍摄"))
    assert [a.kind for a in articles] == ["article"]
    assert by_title(articles, "白沙镇古桥列入保护名录").body.endswith("桥上禁止拍摄")
