"""A feature's introduction announcing its series by the quoted name and a paper's other word for one (`推出 “某某”
特别策划`, `“某某”专栏`): the head right under it heads the series' first part, even when the text under the head
repeats the head's words and names places the introduction never named. Every snippet is invented."""

from app.parsing import parse_page


def _page(*pieces: str) -> str:
    return "\n\n" + "\n\n".join(pieces) + "\n"


def test_a_special_feature_announced_goes_on_under_its_first_head():
    [article] = parse_page(_page(
        "脚步丈量田野 笔尖记录变化",
        "一年来,我们的记者走过许多村庄,用文字和镜头留下了乡亲们奋斗的身影。",
        "岁末年初,本报推出 “田野笔记” 特别策划,请记者讲一讲采访路上难忘的故事。",
        "寻找种田的新办法",
        "5月,柳湾县白沙镇青松村的麦田里,记者跟着农技员一起下地,寻找种田的新办法。",
        "那几天,农技员教村民用手机查看墒情,老把式们也学得有模有样。",
    ))
    assert article.title == "脚步丈量田野 笔尖记录变化" and article.body.endswith("学得有模有样。")


def test_a_column_announced_by_its_name():
    [article] = parse_page(_page(
        "家门口的好日子",
        "即日起,本报开设“乡村新面貌”专栏,讲述各地群众家门口的新变化。",
        "青松村的新广场",
        "傍晚,柳湾县白沙镇青松村的新广场上,村民们跳起了广场舞,青松村的新广场成了大家最爱去的地方。",
    ))
    assert article.title == "家门口的好日子" and "青松村的新广场" in article.body
