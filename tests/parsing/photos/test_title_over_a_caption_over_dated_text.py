"""Every line apart: a headline, a picture's caption and its credit, then text opening with its dateline. A dateline
opens an article's text, never a photo's, so the headline is that article's title and the caption, closed by its
credit, the picture printed between title and text — not a titled photo over text with no headline. Every snippet
is invented."""

from app.parsing import parse_page
from tests.helpers import column_page

_BLOCKS = [["走进山脚下的石桥村"], ["石桥村支书李长青"], ["(本报记者 陈晓摄)"],
           ["本报讯(记者 陈晓)青砖小院、满坡梨树,石桥村依山而建,十几户人家把老房子改成了民宿,周末常常客满。"],
           ["村支书李长青说,村里还要把梨园和山路连起来,让客人在村里多住几天。"]]


def test_headline_over_caption_over_dated_text_titles_the_text():
    article, picture = parse_page(column_page(_BLOCKS, apart=True))
    assert article.title == "走进山脚下的石桥村"
    assert article.authors == ["陈晓"]
    assert article.body.endswith("让客人在村里多住几天。")
    assert picture.kind == "photo" and picture.title is None
    assert picture.body == "石桥村支书李长青"
