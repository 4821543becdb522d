"""A head whose words the text under it repeats and the article above never used (`“磨”出来的联盟` over `“大柳湾联盟
的成立,是被难题‘磨’出来的。”…`) still heads the article's next part when that text goes on about the article's own
village, named bare inside a longer name (`大柳湾联盟` under an article about 柳湾村) and no other village: a feature's
part head takes up the words its part opens with. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("一座桥,曾让青石县柳湾村的村民犯了好多年的愁:过河要绕十几里山路。",
          "转机出现在前年,以柳湾村牵头、拉上邻近8个村组成的“大柳湾”联盟成立,修桥的事被摆上了桌面。")
_PART = ("“大柳湾联盟的成立,是被难题‘磨’出来的联盟。”老支书王德顺说。",
         "如今新桥横跨两岸,村民们赶集再也不用绕远路。")


def test_head_over_text_naming_the_village_bare_heads_a_part():
    (article,) = parse_page(page("一座桥连起九个村", *_ABOVE, "“磨”出来的联盟", *_PART))
    assert article.sections == ["“磨”出来的联盟"]
    assert article.body.endswith("不用绕远路。")


def test_head_over_text_naming_another_village_titles_an_item():
    other = ("“石门村的新茶园,是被市场‘磨’出来的联盟。”村主任李红说。", "如今石门村的茶叶卖到了省城。")
    first, second = parse_page(page("一座桥连起九个村", *_ABOVE, "“磨”出来的联盟", *other))
    assert first.body.endswith("被摆上了桌面。")
    assert second.title == "“磨”出来的联盟"
