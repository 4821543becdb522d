"""A narrow column's wrap breaks a line at a space, and a quotation with a space inside it
(`“青松的梦 乡村的歌”`) is broken there however short the line comes out: the line that opened the
quotation and the line that closes it are one paragraph, whether the paragraph's lines stand together
or every line stands apart (the second line is no headline, though the column breaks off under it).
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import column_page, wrapped

# (the column breaks off after the quotation's second line: the sentence goes on in the next piece)
_QUOTED = ["10月12日晚,白沙镇青松村文化广场上灯光", "闪烁,村里合办的“青松的梦", "乡村的歌”文艺汇演在村广场"]
_REST = "举行,周边村民一千多人前来观看。"
_AFTER = ["演出从傍晚一直持续到夜里,舞蹈、小品、快", "板轮番上场,台下叫好声不断,不少村民带着",
          "孩子早早来占座位,广场边的小吃摊也跟着热", "闹了一晚上。", "村文化站的老站长说,这样的汇演村里每年都",
          "要办上两三回,节目全是村民自己编自己演的", ",每场都座无虚席。"]


def _body(text: str) -> str:
    (article,) = parse_page(text)
    assert article.title == "青松村的文艺汇演"
    return article.body.replace("\n", "")


def test_a_quotation_broken_at_its_space_stays_in_one_paragraph():
    text = "\n\n" + "\n\n".join(["青松村的文艺汇演", "\n".join(_QUOTED), _REST, "\n".join(_AFTER[:4]),
                                 "\n".join(_AFTER[4:])]) + "\n"
    assert "".join(_QUOTED) + _REST in _body(text)


def test_with_every_line_apart_the_quotations_two_lines_are_one_piece():
    text = "\n\n" + "\n\n".join(["青松村的文艺汇演", *_QUOTED, _REST, *_AFTER]) + "\n"
    assert "".join(_QUOTED) + _REST in _body(text)


# A quotation opening an article's text, under its byline: the short line is no headline of a new article.
_TEXT = "连日来,青松镇组织志愿者走进田间地头,帮助种植大户抢收晚稻,确保颗粒归仓,农户们连声道谢。"
_QUOTE_OPEN = "“青松要做好邻居"
_QUOTE_REST = ("白沙要当好帮手”……走在两村交界的河堤上,处处能看到这样的标语牌。今年春天,青松村与白沙村"
               "结对共护河道,两村村民结伴巡河护堤,一起清理河面漂浮物,河水一年比一年清。")


def _page(apart: bool) -> str:
    blocks = [["青松镇志愿者助农抢收"], wrapped(_TEXT), wrapped(_TEXT),
              ["两村结对不停步 河道治理见成效"], ["——青松镇推进河道长效管护综述"], ["■融媒体记者 林小川"],
              [_QUOTE_OPEN] + wrapped(_QUOTE_REST), wrapped(_TEXT)]
    return column_page(blocks, apart)


def test_a_quotation_the_wrap_broke_at_a_space_stays_in_its_paragraph():
    for apart in (False, True):
        articles = parse_page(_page(apart))
        assert [(a.kind, a.title) for a in articles] == [
            ("article", "青松镇志愿者助农抢收"), ("article", "两村结对不停步 河道治理见成效")], apart
        river = articles[1]
        assert river.authors == ["林小川"], apart
        assert river.body.startswith("“青松要做好邻居白沙要当好帮手”"), apart
