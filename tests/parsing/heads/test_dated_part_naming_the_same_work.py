"""A feature's lead announces what a paper did with a work named in title marks (`…投递员带着《青川晚报》敲开了独居
老人的家门`); its next part, under a head, tells one morning of it, dated and set in a street the lead never named
(`1月1日上午,…带着新出炉的《青川晚报》走进了…`). The work both name ties them: the head is the feature's, not a news
item's title. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.named_works import names_a_work_named_above
from tests.helpers import page

LEAD = ("去年,青川晚报联合物流公司推出“晚报来敲门”公益项目。新年第一天,投递员、志愿者和网格员带着《青川晚报》"
        "敲开了独居老人的家门,送福、读报,和他们聊天。")
HEAD = "百岁老人收到第一份惊喜"
PART = ("“林老师!我们来给您送报纸啦!”1月1日上午,伴随着敲门声,白沙街道石桥社区读报团志愿者和网格员带着新出炉的"
        "《青川晚报》走进了百岁老人林青的家中,送上新年的祝福。")


def test_a_work_named_in_both():
    assert names_a_work_named_above("…带着《青川晚报》走进了…", "…带着《青川晚报》敲开了…")
    assert not names_a_work_named_above("…带着《白沙日报》走进了…", "…带着《青川晚报》敲开了…")


def test_the_dated_part_is_the_features():
    [article] = parse_page(page("“晚报来敲门”送福读报", LEAD, HEAD, PART))
    assert article.title == "“晚报来敲门”送福读报" and "百岁老人林青" in article.body
