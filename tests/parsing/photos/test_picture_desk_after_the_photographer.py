"""A photo credit naming a picture desk after the photographer's `摄` and a slash (`某某日报记者 张三摄/某某图片`)
is a picture's credit, not the closing credit of the text above: the line over it is the caption of a photo of its
own, the photographer its author, and the article keeps its writer. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_TEXT = "青石乡位于三县交界地带,全乡没有一寸水浇地,乡亲们的生计全看老天的脸色,年轻人大多外出打工去了。"
_MORE = "留下的多是老人和孩子,让他们过上好日子,是乡里最难啃的硬骨头。"
_CAPTION = "河湾村的这座老戏台吸引了不少城里人来看戏。"


def test_a_credit_with_a_picture_desk_after_the_slash_closes_a_caption():
    article, photo = parse_page(page("要把荒坡变成林", "青石日报记者 王小明", _TEXT, _MORE,
                                     _CAPTION + "\n青石日报记者 王小明摄/青石图片"))
    assert article.authors == ["王小明"] and "老戏台" not in article.body
    assert photo.kind == "photo" and photo.body.startswith("河湾村的这座老戏台")
    assert photo.authors == ["王小明"]

