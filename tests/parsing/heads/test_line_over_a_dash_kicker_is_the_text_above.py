"""A paragraph cut by the column mid-sentence, its first piece a little too long for a headline, right over the next
article's kicker ending in `——` (then its title and byline): the piece is the text above, cut, not a second kicker
for the group below (a group has one kicker, and the `——` line is it). Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_LEAD = "东河街道柳荫巷的老住户这几年陆续搬了回来,巷子口的修鞋摊又支起来了。"
_CUT = "10年时间里,东河街道分三批对柳荫巷的房子进行了整修,涉及屋顶翻新、台阶修补、墙面"
_REST = "粉刷和管线入地,巷子一下子敞亮了许多。"
_OTHER = ("青砖白墙,桂花飘香。在南坪镇老粮站宿舍区,吃过晚饭的居民在院子里下棋聊天。",
          "宿舍区改造以后,路面平整了,路灯亮了,老人们晚上也敢出门散步了。")


def test_cut_line_over_a_dash_kicker_stays_with_its_text():
    text = page("柳荫巷:从“脏乱差”到“网红巷”", _LEAD, _CUT, "路面平了、灯亮了,南坪镇改造老宿舍区——",
                "老粮站宿舍成了幸福小区", "本报记者 孟小川", *_OTHER, _REST)
    first, second = parse_page(text)
    assert first.title == "柳荫巷:从“脏乱差”到“网红巷”"
    assert "墙面粉刷和管线入地" in first.body
    assert second.kicker == "路面平了、灯亮了,南坪镇改造老宿舍区——"
    assert second.title == "老粮站宿舍成了幸福小区"
    assert second.authors == ["孟小川"]
    assert second.body.startswith("青砖白墙") and second.body.endswith("散步了。")
