"""A picture credit followed by the note that it holds for the pictures below (`柳湾县委宣传部供图(下同)`) is a credit
all the same; a caption opening `图说:` with no full stop, between a headline group with its byline and the text, is
the picture's caption and not the article's lead. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "腊月二十六,柳湾县白沙镇的志愿者走进车站,为返乡旅客送上热茶和春联,车站里暖意融融。"
_MORE = "当天,志愿者还在候车室摆起写春联的桌子,不少旅客排队领取,带着墨香踏上归途。"


def test_a_credit_noted_for_the_pictures_below_closes_a_caption():
    text = page("白沙镇车站里的志愿者", _LEAD, _MORE, "志愿者为旅客送上热茶。\n柳湾县委宣传部供图(下同)")
    article, photo = parse_page(text)
    assert article.kind == "article" and article.body.endswith("踏上归途。")
    assert photo.kind == "photo" and photo.body == "志愿者为旅客送上热茶。"


def test_a_picture_says_caption_between_the_byline_and_the_text():
    text = page("白沙镇车站里的志愿者", "□本报记者 林小河", "图说:志愿者在车站为旅客送上热茶\n柳湾县委宣传部供图",
                _LEAD, _MORE)
    article, photo = parse_page(text)
    assert article.authors == ["林小河"] and article.body.startswith("腊月二十六")
    assert photo.kind == "photo" and photo.body.startswith("图说:")
