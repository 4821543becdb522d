"""A site calling itself `某某在线` prints its dateline as a paper does (`某某在线5月3日讯 通讯员 张三 李四`), and may
print it on a line of its own under the headline, the names spaced and the line ending on the last of them: the
dateline names every reporter, the last too, and the text begins on the line below. Every snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_dateline_of_an_online_outlet_on_its_own_line_names_every_reporter():
    [article] = parse_page(page(
        "青石镇的桃花节开幕了",
        "潇湘在线5月3日讯 通讯员 王小明 杨大海",
        "春风拂面,青石镇的桃花开满了山坡,第三届桃花节在镇上的文化广场开幕。",
        "镇长说,今年的桃花节要办成村民增收的节日,十几个村的农产品都摆上了展台。",
    ))
    assert article.authors == ["王小明", "杨大海"]
    assert article.body.startswith("春风拂面") and article.body.endswith("摆上了展台。")
