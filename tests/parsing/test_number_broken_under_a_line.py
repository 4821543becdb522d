"""Every line apart, a short line ending in digits over a line opening with digits (`…万福社区11` / `0岁的…`): the
column broke one number in two, so the short line goes on into the line below; it heads nothing, however well it
fits the text below it. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import continues_a_number
from tests.helpers import by_title, column_page, wrapped

_BROKEN = ("白沙县民政局最新统计显示,全县的百岁老人当中105岁以上的有16位,其中最年长的男寿星为青松镇万福社区11",
           "0岁的林老汉,最年长的女寿星为白沙镇柳湾社区109岁的王奶奶。")


def test_the_line_before_the_rest_of_the_number_is_text():
    blocks = [["白沙县百岁老人超过500位"],
              wrapped("本报讯(记者 张三)白沙县民政局最新统计数据显示,截至今年1月1日,全县百岁老人总数突破五百位,"
                      "比上年新增八十四位,百岁老人数量连续多年位居全市前列。", 37),
              wrapped(_BROKEN[0], 37), wrapped(_BROKEN[1], 37),
              wrapped("近年来,白沙县先后出台一系列养老、惠老政策,为八十岁以上老人发放高龄津贴,"
                      "为百岁老人送上生日蛋糕和慰问金,"
                      "敬老爱老在全县已成风气。", 37),
              wrapped("县民政局的工作人员介绍,全县的百岁老人大多生活在乡下,饮食清淡,起居规律,儿孙绕膝,心态平和,"
                      "许多老人年过百岁仍能下地种菜、上街赶集,村里人都说他们是有福气的老寿星。", 37)]
    articles = parse_page(column_page(blocks, apart=True))
    assert len(articles) == 1
    assert "万福社区110岁的林老汉" in by_title(articles, "白沙县百岁老人超过500位").body


def test_a_number_broken_between_two_lines():
    assert continues_a_number("其中最年长的男寿星为青松镇万福社区11", "0岁的林老汉")
    assert not continues_a_number("其中最年长的男寿星为青松镇万福社区", "110岁的林老汉")
