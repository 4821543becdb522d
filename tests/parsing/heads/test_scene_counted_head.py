"""`镜头二:…`, `场景三:…`: a head that counts the scenes of a report is numbered like `二、`: a section of the
article it stands in, even after another item cut in between the report's scenes. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_REPORT = ("师生走进白沙村开展暑期实践", "7月3日至6日,青松学院暑期实践队走进白沙村,用镜头记下村里的新变化。",
           "镜头一:老井旁的故事", "实践队先来到村口的老井旁,听村里的老人讲老井的来历,老人们说,老井养活了几代人。")
_ITEM = ("石桥乡举办农民丰收节",
         "本报讯 (通讯员 柳青禾) 9月20日,石桥乡在文化广场举办农民丰收节,各村带来了自家种的瓜果蔬菜。",
         "丰收节上,村民们还表演了舞龙和腰鼓,热闹了一整天。")
_REST = ("如今白沙村通了自来水,老井旁成了实践队员和村里老人歇脚聊天的地方。",
         "镜头二:田埂上的课堂", "实践队员跟着种粮大户下田,学着分辨稻子和稗草,体验种田的辛苦。")


def test_counted_scene_heads_stay_with_their_report():
    articles = parse_page(page(*_REPORT) + "\n" + page(*_ITEM) + "\n" + page(*_REST))
    assert "镜头二:田埂上的课堂" not in [a.title for a in articles]
    report = by_title(articles, _REPORT[0])
    assert report.sections == ["镜头一:老井旁的故事", "镜头二:田埂上的课堂"]
    assert report.body.endswith("体验种田的辛苦。")
    assert by_title(articles, _ITEM[0]).body.endswith("热闹了一整天。")
