"""The rest of an article interrupted at a paragraph's end may open with its next section's head, printed after
another article (`产业赋能:` / `老塘口的新变化` over `…林大勇对养殖模式的转变感触很深。`): when the text under the head
names a person the article right above never named, and an article further up, still running, named again and again, the
head and its text are that article's, not a section of the one above. A head over text naming no one of the article
further up stays a section of the article above. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_CRABS = ["1月2日上午,柳湾县白沙镇的螃蟹养殖大户林大勇撑着小船,穿梭在自家的塘口,查看螃蟹的活动情况。",
          "林大勇随手提起一笼,笼里的螃蟹壳青肚白、爬得飞快,称一称每只都有三两多。"]
_FLOWERS = ["清明时节,位于柳湾县青石镇的园艺场内,十五名工人忙着制作仿真树,每月网上销售额达一百多万元。",
            "花木电商吸引着游子返乡,青石镇七成以上的大学生毕业后选择回乡创业。"]
_HEAD = "产业赋能:\n老塘口的新变化"
_REST = "“以前都是粗养,现在大不一样了!”从一九九三年养蟹起步,到如今成为老把式,林大勇对养殖模式的转变感触很深。"


def test_the_head_and_its_text_go_back_to_the_article_naming_the_person():
    articles = parse_page(page("白沙螃蟹个头大 塘口养出好收成", *_CRABS, "江苏柳湾:花木产业交出亮丽答卷", *_FLOWERS,
                               _HEAD, _REST))
    assert [a.title for a in articles] == ["白沙螃蟹个头大 塘口养出好收成", "江苏柳湾:花木产业交出亮丽答卷"]
    assert articles[0].body.endswith("感触很深。") and articles[1].body.endswith("回乡创业。")


def test_a_head_over_text_naming_no_one_above_stays_a_section():
    rest = "“以前都是卖苗木,现在大不一样了!”园艺场负责人说,电商让青石镇的花木卖到了全国。"
    articles = parse_page(page("白沙螃蟹个头大 塘口养出好收成", *_CRABS, "江苏柳湾:花木产业交出亮丽答卷", *_FLOWERS,
                               _HEAD, rest))
    assert articles[1].body.endswith("卖到了全国。")
