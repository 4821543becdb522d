"""An article interrupted right under one of its section heads, a few words into the paragraph there (`张三是本村
2020年7月毕业的大学生,满怀热情的他毕业后与同学李四合`), then the next article's comma title and its text, then the rest
of the sentence: the short piece holding a comma is text the column broke, not a headline over the title below (that
title's words are the text below it; the piece shares none of them), so the title heads its own article and the
piece is joined to the rest of its sentence. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page


def test_a_broken_comma_line_under_a_head_is_text_and_the_title_below_heads_its_article():
    articles = parse_page(page(
        "青松镇“乡村管家”助力村庄治理",
        "近年来,青松镇在各村培育“乡村管家”志愿队伍,带动村民一起参与村里的大事小情,村庄面貌焕然一新。",
        "返乡青年的新点子",
        "林小川是本村2020年7月毕业的大学生,满怀热情的他毕业后与同学宋晓峰合",
        "柳岸社区与青松职业学校 携手共建,美化楼道环境",
        "近日,柳岸社区携手青松职业学校师生志愿者,对社区十二栋老楼的楼道开展了一次集中清理和美化。",
        "志愿者们清走杂物、粉刷墙面,还在楼道里画上了花草。",
        "(文/宋明月)",
        "办了一家农产品网店,又跟着村干部跑遍了全村二十多个组,把村民最想办的事记在小本子上。"))
    host = by_title(articles, "青松镇“乡村管家”助力村庄治理")
    assert "与同学宋晓峰合办了一家农产品网店" in host.body
    item = by_title(articles, "柳岸社区与青松职业学校 携手共建,美化楼道环境")
    assert item.body.startswith("近日,柳岸社区") and item.authors == ["宋明月"] and "林小川" not in item.body
    assert len(articles) == 2
