"""A site's editor named under the text (`(某某在线编辑:张三)`, `(某某网编辑:张三)`) is the page's staff, as
`(编辑:张三)` is: it closes the text above, heading nothing, and names no author of it. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_FIRST_TITLE = "白沙镇的枸杞园"
_FIRST = ("白沙镇是远近闻名的枸杞之乡,全镇种植枸杞三万多亩,亩均产值过万元,果农的日子越过越红火,"
          "这里被评为全省特色农产品")
_FIRST_REST = "优势区。记者走进镇上的枸杞园,一行行枸杞树挂满了果实,果农们正忙着采摘。"
_TITLE = "采访团走进柳湾县"
_TEXT = ("9月28日,由多家媒体组成的采访团走进柳湾县,在青石村深入农户家中和专业合作社,"
         "与干部群众一起说团结、话振兴。")


@pytest.mark.parametrize("editor", ["(柳湾在线编辑:周明)", "(柳湾新闻网编辑:周明)"])
def test_the_sites_editor_closes_the_text_naming_no_author(editor):
    articles = parse_page(page(_FIRST_TITLE, _FIRST, _TITLE, _TEXT, editor, _FIRST_REST))
    assert [a.title for a in articles] == [_FIRST_TITLE, _TITLE]
    assert articles[1].sections == [] and articles[1].authors == [] and "周明" not in articles[1].body
    assert articles[0].body.endswith("忙着采摘。")
