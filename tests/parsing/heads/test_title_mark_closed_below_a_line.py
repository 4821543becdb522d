"""Every line apart, a short line closing a book's title opened on the line above (`…《柳湾` / `村村志》发布` /
`会”,是…`): a headline's title marks are paired, so the line is a piece of the sentence the column cut, not the
headline of an item of its own. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import stands_whole
from tests.helpers import by_title, column_page, wrapped

_SENTENCE = ("今年是柳湾村建村七十周年,也是乡村振兴全面实施之年,在这个承上启下、继往开来的历史新起点上,"
             "我们全村在村部广场"
             "隆重举行“奋斗七十年 起航新征程《柳湾",
             "村村志》发布",
             "会”,向建村七十周年献礼,也借《柳湾村村志》寻根问祖,助推乡村振兴。")


def test_the_line_closing_the_title_mark_goes_on_with_the_sentence():
    blocks = [["柳湾村首部村志正式发布"],
              wrapped("6月13日,历时三年编撰完成的《柳湾村村志》发布会在白沙镇党群服务中心举行,村志记录了"
                      "柳湾村一百多年来的历史变迁,全书共有二十多万字,配有三百多幅老照片。", 37),
              wrapped(_SENTENCE[0], 37), [_SENTENCE[1]], wrapped(_SENTENCE[2], 37),
              wrapped("参加此次发布会的有白沙镇的党委书记、村里的老干部代表、村志的编纂人员和部分在外工作的"
                      "柳湾学子,大家一起翻阅村志,回忆村里的往事,共计三十余人。", 37),
              wrapped("编纂人员介绍,为了编好这部村志,他们走访了一百多位老人,查阅了大量档案资料,前后修改了"
                      "七稿,力求真实反映柳湾村的历史风貌和人文情况。", 37)]
    articles = parse_page(column_page(blocks, apart=True))
    assert len(articles) == 1
    assert "《柳湾村村志》发布会”" in by_title(articles, "柳湾村首部村志正式发布").body


def test_title_marks_unpaired_make_no_whole_line():
    assert not stands_whole("村村志》发布", "会”,向建村七十周年献礼")
    assert stands_whole("《柳湾村村志》发布", "6月13日,历时三年")
