"""A letter's or a diary's byline under its title: where the writer lives, places down to a village each ending in
its unit, maybe the post held there, a space, then the name (`某省某某市 张三`, `某某县某某镇某某村网格员 李四`). The
line credits the name; it is no headline. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.bylines.post_bylines import post_byline_names


def _page(*pieces: str) -> str:
    return "\n\n" + "\n\n".join(pieces) + "\n"


def test_a_province_and_city_before_the_name():
    [article] = parse_page(_page(
        "村口那座桥何时修好",
        "青川省柳湾市 林小河",
        "我家住在柳湾市白沙镇青松村,村口的木桥已经用了三十多年,桥面坑洼,雨天走起来很危险。",
        "去年镇里说要重修,可到现在还没动工,盼望有关部门早日解决。",
    ))
    assert article.title == "村口那座桥何时修好" and article.authors == ["林小河"]
    assert article.body.startswith("我家住在柳湾市")


def test_a_village_and_the_post_held_there():
    [article] = parse_page(_page(
        "我当上了村里的网格员",
        "柳湾县白沙镇青松村网格员 王青",
        "到村里工作快一年了,每天走家串户,记下村民的难事,再一件件报给村里。",
        "现在乡亲们见了我都会喊一声小王,这是我最开心的时候。",
    ))
    assert article.title == "我当上了村里的网格员" and article.authors == ["王青"]


def test_two_places_name_no_one():
    assert post_byline_names("白沙乡 林家村", "白沙乡 林家村") is None
    assert post_byline_names("走进乡村 看新变化", "走进乡村 看新变化") is None
