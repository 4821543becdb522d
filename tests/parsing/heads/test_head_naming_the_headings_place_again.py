"""`青松:…` printed under an article headed `青松县白沙街道:…` names before its colon the place that article's
headline names, or the wider place that name starts with: it titles an item of its own, for a section names a
part of its article's place (`东岭村:…` in a feature headed `青松县:…`). Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.heads.scene_leads import names_the_place_of_the_heading
from tests.helpers import by_title, page

_HOST = ("青松县白沙街道:小事有人管 大事有人帮",
         "近年来,白沙街道把志愿服务送到居民家门口,修水管、理发、陪老人聊天,样样都有人来做。",
         "暖心食堂,办好老人的一日三餐。街道在每个社区都开了食堂,老人们吃得好又不贵。")
_NEXT = ("青松:山水相依好风光 乡村换新颜",
         "湖边的渔村办起了农家乐,山脚的果园迎来了采摘的游客,一幅幅新画卷正在展开。")


def test_head_naming_the_place_of_the_heading_titles_an_item():
    articles = parse_page(page(*_HOST, *_NEXT))
    assert by_title(articles, _HOST[0]).body.endswith("吃得好又不贵。")
    assert by_title(articles, _NEXT[0]).body.startswith("湖边的渔村")


def test_a_part_of_the_headings_place_or_another_place_is_no_sign():
    assert names_the_place_of_the_heading("青松县:山水相依", ["青松县:小事有人管"])
    assert not names_the_place_of_the_heading("东岭村:山水相依", ["青松县:小事有人管"])
    assert not names_the_place_of_the_heading("白沙:山水相依", ["青松县白沙街道:小事有人管"])
