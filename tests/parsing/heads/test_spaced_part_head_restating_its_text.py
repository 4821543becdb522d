"""A head of two spaced phrases naming no place (`支部领航 汇聚基层治理新合力`, on one line or two) between the
paragraphs of a feature heads its next part even where its words come back in the text under it, as a part head's
do; it does not start an article of its own. Every snippet is invented."""

import pytest

from app.parsing import parse_page
from tests.helpers import page

_ABOVE = ("石桥镇西湾村的祠堂前有一棵老樟树,村里大大小小的事,大家都爱搬个板凳坐到树下来商量。",
          "这两年,西湾村把基层治理搬到了树下,去年全村的邻里纠纷比前年少了一半,没有一件闹到镇上。")
_BELOW = ("基层治理从哪里入手?镇党委书记周立新说,支部领航是根本,支部把大家的事摆上桌,合力自然就汇聚起来了。",
          "周立新说,议事的规矩是村民自己定的,定下来大家就都认。")


@pytest.mark.parametrize("head", ["支部领航 汇聚基层治理新合力", "支部领航\n汇聚基层治理新合力"])
def test_spaced_head_restating_its_part_stays_in_the_feature(head):
    (article,) = parse_page(page("西湾村:樟树底下好商量", *_ABOVE, head, *_BELOW))
    assert article.title == "西湾村:樟树底下好商量"
    assert "基层治理从哪里入手" in article.body
    assert article.body.endswith("大家就都认。")
