"""An article interrupted mid-sentence by another whose last paragraph tells of the text above it
(`通过这些…`): that paragraph is the interrupting item's own ending, not the piece that finishes the open
sentence; the text after it does. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import by_title, page

_OPEN = ("为迎接中秋,9月10日,青柳社区在小广场办起一场邻里晚会,两百多位居民前来观看。",
         "晚会由腰鼓表演拉开序幕,鼓点欢快,队形整齐,表达了对")
_INTERRUPTING = ("为丰富老人的生活,9月8日,东湖社区组织三十多位老人到西山采摘橘子,大家边摘边聊,十分开心。",
                 "秋日的西山满目金黄,老人们一边拍照一边品尝刚摘下的橘子,直说今年的橘子格外甜。",
                 "通过这些互动,邻里之间结识了新朋友,日子过得更有滋味。")
_REST = ("家乡的美好祝愿;社区合唱团唱起老歌,台下的居民也跟着哼唱,晚会现场十分热闹。",
         "这台邻里晚会已经办了五年,小广场上的居民一年比一年多,晚会的节目也一年比一年好看。",
         "晚会最后,社区为小广场上的居民送上了月饼,邻里晚会在歌声中结束。")


def test_a_paragraph_telling_of_the_text_above_stays_with_its_item():
    articles = parse_page(page("青柳社区邻里晚会", *_OPEN, "东湖社区老人西山采橘", *_INTERRUPTING, *_REST))
    first = by_title(articles, "青柳社区邻里晚会")
    assert "表达了对家乡的美好祝愿" in first.body and "通过这些活动" not in first.body
    assert by_title(articles, "东湖社区老人西山采橘").body.endswith("日子过得更有滋味。")
