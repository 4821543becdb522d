"""A report may open with a quotation set alone under its headline, a speaker's words (`“今年我们要…。”`), and print
its dateline at the head of the next paragraph: the quotation is the report's lead, as an editor's note run in under
a headline is, and the dateline under it begins the report itself, not an item of its own. Every snippet is
invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_dateline_under_a_quoted_lead_goes_on_with_its_report():
    [article] = parse_page(page(
        "柳湾村的巷子铺上了青石板",
        "“今年我们要把村里的三条老巷子都铺上青石板,让老人出门不再摔跤,让孩子上学不再绕远路。等路修好了,我们还要在巷口种上桂花,"
        "再请县里的师傅把老墙刷一遍,让回村的年轻人一进巷子就认得出自己的家。”",
        "青石县融媒体中心讯(记者 王小明)入冬前,柳湾村的三条老巷子铺好了青石板,村民们出门再也不怕踩一脚泥。",
        "村支书说,铺路的钱一半来自县里的补助,一半是村民和在外乡贤凑的。",
    ))
    assert article.title == "柳湾村的巷子铺上了青石板"
    assert article.body.startswith("“今年我们要") and article.body.endswith("乡贤凑的。")
    assert article.authors == ["王小明"]
