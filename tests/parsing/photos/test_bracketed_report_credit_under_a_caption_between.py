"""A credit line in brackets naming reporters under their roles and ending in `报道`
(`(□记者 张三 李四 通讯员 王五 报道)`), printed right under the one short paragraph between a headline (or its
byline) and the text, is that picture's credit: the paragraph over it is a caption cut out as a photo, the names
its authors, and the text under it the article's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CAPTION = "3月2日,河湾社区志愿者为环卫工人送上一碗热汤。"
_CREDIT = "(□记者 王小明 李大力 通讯员 钱多多 报道)"
_LEAD = "3月2日一早,河湾社区的“暖心小屋”已经开门,几位环卫工人正在屋里歇脚,志愿者给她们的杯子添满热水。"
_MORE = "小屋由社区和街角的三家商户一起办起来,冬天供热水,夏天备凉茶,一年四季不打烊。"


def test_a_report_credit_under_a_caption_between_byline_and_text_is_the_pictures():
    byline = "□ 本报记者 王小明 李大力"
    article, photo = parse_page(page("暖心小屋开在街角", byline, _CAPTION + "\n" + _CREDIT, _LEAD, _MORE))
    assert article.title == "暖心小屋开在街角" and article.authors == ["王小明", "李大力"]
    assert article.body.startswith("3月2日一早") and "报道" not in article.body
    assert photo.kind == "photo" and photo.body.startswith("3月2日,河湾社区志愿者")
    assert photo.authors == ["王小明", "李大力", "钱多多"]


def test_a_report_credit_under_a_caption_right_under_the_title():
    article, photo = parse_page(page("暖心小屋开在街角", _CAPTION + "\n" + _CREDIT, _LEAD, _MORE))
    assert article.title == "暖心小屋开在街角" and article.body.startswith("3月2日一早")
    assert photo.kind == "photo" and photo.authors == ["王小明", "李大力", "钱多多"]


_WIDTH = 18
_WIDE_CAPTION = "河湾社区“暖心小屋”里志愿者送热汤。"  # (as wide as the column)


def _wrapped(*paragraphs: str, width: int = _WIDTH) -> list[str]:
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


def test_the_credit_under_a_column_wide_caption_line_is_not_its_wrap():
    assert len(_WIDE_CAPTION) == _WIDTH
    text = "\n\n".join(["", "暖心小屋开在街角", _WIDE_CAPTION + "\n" + _CREDIT,
                         "\n".join(_wrapped(_LEAD)), "\n".join(_wrapped(_MORE))])
    article, photo = parse_page(text + "\n")
    assert article.body.startswith("3月2日一早") and "报道" not in article.body
    assert photo.kind == "photo" and photo.authors == ["王小明", "李大力", "钱多多"]

