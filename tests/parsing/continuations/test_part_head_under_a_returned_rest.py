"""An article cut mid-sentence by another item, its rest printed after that item, then a one-line head over more text:
once the rest goes back to the article, the head right under it heads the article's next part when the text under
the head opens on the person the article met (`村民柯某` there, `柯某今年…` here), whom the item between never names.
Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page

_FIRST = ("上个月,青溪县石岭乡柳塘村村民柯长顺在自家门口摆开茶摊,等着城里来的客人,屋后就是他承包的六十亩茶园。",
          "“今年的新茶销路好不好?”记者问。柯长顺笑着说,“比去年多挣了三万多。”",
          "这个藏在山坳里的小村子,家家都盖起了两三层的新楼房,门前晒着茶青,屋后是一层层的茶")
_OTHER = ("东河街道今年给辖区十二栋老楼装了电梯,住在高楼层的老人下楼买菜、看病方便多了。",
          "街道还请来物业公司,每月上门检修一次电梯,居民有事打一个电话就有人来。")
_REST = "山,茶叶成了村民过日子的主要收入。"
_PART = ("柯长顺今年五十出头,年轻时在镇上学剃头,后来开过小饭馆,又跑过几年运输,攒下的钱都搭了进去。",
         "十年前乡里号召大家种茶,他咬咬牙承包了茶园,如今成了村里数一数二的茶老板。")


def test_the_head_under_the_rest_heads_the_articles_next_part():
    text = page("茶叶改变的小山村", *_FIRST, "东河街道老楼装上电梯", *_OTHER, _REST, "木匠做了茶老板", *_PART)
    first, other = parse_page(text)
    assert first.title == "茶叶改变的小山村"
    assert first.sections == ["木匠做了茶老板"]
    assert "屋后是一层层的茶山,茶叶成了" in first.body
    assert first.body.endswith("数一数二的茶老板。")
    assert other.body.endswith("打一个电话就有人来。")

