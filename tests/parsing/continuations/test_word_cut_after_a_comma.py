"""An article broken off one letter after a comma (`…经过前期治理,目`): no clause is one letter long, so the column cut
it inside a word. Its rest is printed under another article: the piece that finishes the word (`前已整治…`), then
its next paragraph, opening with a quotation mark. A paragraph that opens with a mark cannot go on with a word, so
the piece above it is the one that finishes the broken sentence, whatever words it shares with the article it is
printed under. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import stops_inside_a_word
from tests.helpers import page

RIVER = ("白沙河督查水环境整治",
         "7月23日上午,县委书记带领相关部门负责人督查白沙河石桥断面水环境整治工作。",
         "据了解,白沙河是我县与邻县的分界河,流经白沙、石桥等五个乡镇。经过前期治理,目")
GRID = ("青川:网格员交叉任职",
        "为了把真问题揪出来,青川县白沙镇将消防、违章建筑、垃圾分类等职能融入网格,重新选聘了33名网格员。",
        "为了防止出工不出力,该镇还出台考核评价体系,同网格巡查与服务记录挂钩。")
REST = ("前已拆除违章建筑17处,清理垃圾分类不到位的网格点25处,巡查与服务记录全部建档。",
        "“白沙河石桥断面前些日子水质时好时坏,原因在哪里?”巡河过程中,县委书记详细了解相关情况。")


def test_one_letter_after_a_comma_stops_inside_a_word():
    assert stops_inside_a_word("经过前期治理,目")
    assert not stops_inside_a_word("经过前期治理。")


def test_the_piece_above_the_quoted_paragraph_finishes_the_word():
    river, grid = parse_page(page(*RIVER, *GRID, *REST))
    assert "治理,目前已拆除违章建筑" in river.body and river.body.endswith("详细了解相关情况。")
    assert grid.body.endswith("服务记录挂钩。")
