"""An article interrupted at a paragraph break whose rest, printed under another town's report, opens with its next
section's head over text naming the first article's town (`…白沙镇网格员化身“安全卫士”…`), which the report it
stands under — set in a town of its own — never names: the rest is the first article's. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

FIRST = ("白沙镇网格员织就“幸福版图”",
         "在青川县白沙镇,有一群普普通通却很不寻常的人,他们走遍大街小巷,用实际行动守护村居,他们就是网格员。")
OTHER = ("石桥镇:“网格蓝”守护平安",
         "今年以来,石桥镇一直在摸索基层治理的新办法,运用网格宣传、暖心走访等举措,以小网格推动大管理。",
         "走访入户送春风。在清明节等时间节点,石桥镇政法办开展走访慰问活动,倾听老党员对村居工作的意见。")
REST = ("筑牢安全防线,织密宣传网络",
        "夏日即将来临,燃气安全隐患也随之增加。白沙镇网格员化身“安全卫士”,深入出租屋开展排查,讲解火灾的危害。",
        "锤炼服务本领,提升服务品质",
        "网格员们既把安全知识送到家门口,更是群众身边的“贴心服务员”,发现窨井盖损坏,立即设置安全区域并联系抢修。")


def test_the_rest_goes_back_to_its_towns_article():
    first, other = parse_page(page(*FIRST, *OTHER, *REST))
    assert first.title == FIRST[0] and first.body.endswith("联系抢修。") and "安全卫士" in first.body
    assert other.title == OTHER[0] and other.body.endswith("意见。")
