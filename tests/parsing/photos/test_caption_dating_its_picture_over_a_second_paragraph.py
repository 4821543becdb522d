"""A titled photo whose caption is two paragraphs, the first saying when the picture was taken (`…的村舍(3月2日摄)。`),
the second what the place did (`近年来,柳湾县…`), over the credit: a paragraph dating its picture is a caption's,
never an article's, so the paragraph under it, over the credit, is the same caption and the item one photo. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_two_paragraphs_under_a_title_the_first_dating_its_picture_are_one_caption():
    [photo] = parse_page(page(
        "柳湾县:老屋换新装",
        "柳湾县青石乡改造后的一排老屋(3月2日摄)。",
        "近年来,柳湾县拿出专项资金修缮乡间老屋,刷白外墙、翻修屋顶、铺平院坝,一百多个村落换了模样。"
        "\n本报记者 王小明 摄",
    ))
    assert photo.title == "柳湾县:老屋换新装" and photo.authors == ["王小明"]
    assert photo.body.startswith("柳湾县青石乡") and photo.body.endswith("换了模样。")
