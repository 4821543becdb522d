"""A photo credit naming a picture desk after the photographer's `摄` and a slash (`某某日报记者 张三摄/某某图片`)
is a picture's credit, not the closing credit of the text above: the line over it is the caption of a photo of its
own, the photographer its author, and the article keeps its writer. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "青石乡地处深山,出山的路只有一条,乡亲们种的核桃常常烂在树上,年轻人大多外出打工去了。"
_MORE = "留在山里的多是老人和孩子,怎样把核桃卖出去,成了乡里这几年最上心的事。"
_CAPTION = "青石乡的乡亲们在晒场上翻晒新收的核桃。"


def test_a_credit_with_a_picture_desk_after_the_slash_closes_a_caption():
    article, photo = parse_page(page("山里的核桃出山了", "青石日报记者 王小明", _TEXT, _MORE,
                                     _CAPTION + "\n青石日报记者 王小明摄/青石图片"))
    assert article.authors == ["王小明"] and "晒场" not in article.body
    assert photo.kind == "photo" and photo.body.startswith("青石乡的乡亲们")
    assert photo.authors == ["王小明"]

