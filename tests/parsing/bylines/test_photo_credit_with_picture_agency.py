"""A photo credit naming the picture desk that ran it after a slash (`通讯员 张三 摄/某某图库`) is a photo credit like
`张三 摄(某某图片)`: the caption above it is a photo's, its photographer the one named. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.credits import photo_credit_names
from app.text import fold


def test_the_desk_after_the_slash_is_no_name():
    credit = "通讯员 宋雨 摄/视觉柳湾"
    assert photo_credit_names(credit, fold(credit)) == ["宋雨"]


def test_an_untitled_photo_under_an_article():
    page = "\n\n" + "\n\n".join([
        "青松村晚稻丰收",
        "近日,柳湾县白沙镇青松村的晚稻进入收割期,村民们抢抓晴好天气收割晚稻。",
    ]) + "\n\n\n\n" + "白沙镇青石村,机收人员抢收晚稻。\n通讯员 宋雨 摄/视觉柳湾\n"
    article, photo = parse_page(page)
    assert "青石村" not in article.body
    assert photo.kind == "photo" and photo.authors == ["宋雨"] and photo.body == "白沙镇青石村,机收人员抢收晚稻。"
