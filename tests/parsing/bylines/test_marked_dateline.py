"""A dateline some county papers open with a circle (`○本报讯 特约记者 张三 通讯员 李四 近日,…`) is a
dateline like any other: its names are the article's authors and the text starts after them. Every
snippet is invented."""

from app.parsing import parse_page
from tests.helpers import page


def test_a_dateline_opening_with_a_circle_names_its_reporters():
    (article,) = parse_page(page(
        "青松社区食堂开张",
        "○本报讯 特约记者 张小明 王立 通讯员 李四 近日,白沙镇青松社区食堂开张,六十岁以上的老人在这里吃午饭只要八元。",
    ))
    assert article.authors == ["张小明", "王立", "李四"]
    assert article.body.startswith("近日,白沙镇青松社区食堂开张")
