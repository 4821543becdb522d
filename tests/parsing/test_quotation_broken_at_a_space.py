"""A narrow column's wrap may fall on a space inside a quotation that opens an article's text,
leaving a short line under the byline (`“青松要做好邻居` / `白沙要当好帮手”…`): the line that closes the
quotation goes on the line that opened it, the lines of a paragraph consecutive or every line
apart, and the short line is text, not the headline of a new article. Every snippet is invented."""

from app.parsing import parse_page

_TEXT = "连日来,青松镇组织志愿者走进田间地头,帮助种植大户抢收晚稻,确保颗粒归仓,农户们连声道谢。"
_QUOTE_OPEN = "“青松要做好邻居"
_QUOTE_REST = ("白沙要当好帮手”……走在两村交界的河堤上,处处能看到这样的标语牌。今年春天,青松村与白沙村"
               "结对共护河道,两村村民结伴巡河护堤,一起清理河面漂浮物,河水一年比一年清。")


def _wrapped(text: str, width: int = 20) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


def _page(apart: bool) -> str:
    blocks = [["青松镇志愿者助农抢收"], _wrapped(_TEXT), _wrapped(_TEXT),
              ["两村结对不停步 河道治理见成效"], ["——青松镇推进河道长效管护综述"], ["■融媒体记者 林小川"], [_QUOTE_OPEN] + _wrapped(_QUOTE_REST), _wrapped(_TEXT)]
    if apart:
        return "\n\n" + "\n\n".join(line for block in blocks for line in block) + "\n"
    return "\n\n" + "\n\n".join("\n".join(block) for block in blocks) + "\n"


def test_a_quotation_the_wrap_broke_at_a_space_stays_in_its_paragraph():
    for apart in (False, True):
        articles = parse_page(_page(apart))
        assert [(a.kind, a.title) for a in articles] == [
            ("article", "青松镇志愿者助农抢收"), ("article", "两村结对不停步 河道治理见成效")], apart
        river = articles[1]
        assert river.authors == ["林小川"], apart
        assert river.body.startswith("“青松要做好邻居白沙要当好帮手”"), apart
