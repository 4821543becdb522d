"""Every line apart, a caption block set apart by three blank lines under an article's finished text: its lines a
blank line apart, a second paragraph opening on a quotation after a line that finished a sentence, its credit a line
under its last. The block is an untitled photo of both paragraphs, as on a page that keeps its lines together; the
article above keeps its own text. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import gapped_page

_TITLE = "东岭镇老街修缮完工"
_TEXT = ("东岭镇老街修缮工程近日完工,二十多座老宅恢复了原样,街上新开了书店、茶室和手工作坊,镇里还在街口修了停车场,"
         "周末来逛老街的游客一天比一天多。")
_FIRST = "入冬以来,柳湾县白沙村的乡亲们赶在农闲时,把晒干的花生用脱壳机脱壳,有的装袋卖给收购商,有的留着榨油。"
_SECOND = "“过去剥一筐花生得大半天,手指头都剥疼了。”村民老周说,“现在机器一开,一袋花生几分钟就剥好了。”"


def test_caption_block_of_two_paragraphs_is_one_photo():
    text = gapped_page((0, _TITLE), (1, _TEXT), (3, _FIRST), (1, _SECOND), (1, "(赵一鸣 摄)"), width=20)
    article, photo = parse_page(text)
    assert article.title == _TITLE and article.body.endswith("一天比一天多。")
    assert photo.kind == "photo"
    assert photo.body.startswith("入冬以来") and photo.body.endswith("几分钟就剥好了。”")
    assert photo.authors == ["赵一鸣"]
