"""A credit ending an article's paragraph (`……。(记者:张三;责编:李四)`, `……。(张三)`) closes that article as a
`·张三·` line does: headless text printed after it is not its own but goes back to the nearest earlier
article still open, with the credit that text ends in. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_A = ("2月3日,青松镇第十届人民代表大会第五次会议在镇文化中心举行。",
      "代表们听了镇长作的报告,对今年要办的八件实事逐项投票,会议开了整整一天。")
_B = ("3月9日,白沙镇召开人代会,到会代表五十八人,会场座无虚席。",
      "代表们围绕修路和学校扩建提出建议十二条,镇里承诺一个月内答复。(记者:林小川;责编:王大成;审核:李小红)")
_REST = "会上还表彰了去年的先进村,三个村的书记上台领奖,台下掌声不断。(王 五)"


def test_text_after_a_credited_article_goes_back_to_the_open_one():
    articles = parse_page(page("青松镇人代会召开", *_A, "白沙镇人代会召开", *_B, _REST))
    first, second = by_title(articles, "青松镇人代会召开"), by_title(articles, "白沙镇人代会召开")
    assert first.body.endswith("台下掌声不断。") and first.authors == ["王五"]
    assert second.body.endswith("一个月内答复。") and second.authors == ["林小川"]
