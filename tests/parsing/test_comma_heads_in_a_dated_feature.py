"""A dated feature (`某某网…讯(张三 李四)…`) headed in its parts by two phrases parted by a comma (`优化服务,突出实效`),
one printed on two lines at its comma (`分内之事,` / `我们应该做好`): the heads are the feature's sections, not the
titles of new articles, as two spaced phrases are. Every snippet is invented."""

from app.parsing import parse_page
from app.parsing.shapes import heads_a_dated_part


def test_two_phrases_parted_by_a_comma_head_a_dated_part():
    assert heads_a_dated_part("优化服务,突出实效")
    assert heads_a_dated_part("分内之事, 我们应该做好")
    assert not heads_a_dated_part("为此,今年以来城南")  # (a clause's opener, two letters: a sentence the column broke)


def _page() -> str:
    return "\n\n" + "\n\n".join([
        "柳湾:老槐树下话振兴",
        "柳湾网6月29日讯(宋雨 白桦)6月27日下午,柳湾县白沙镇青松村工作组和村党支部联合召开党员大会。",
        "分内之事,\n我们应该做好",
        "80岁的老党员拄着拐杖早早来了,紧紧握住工作组组长的手,感谢工作组为村里修路、装路灯。",
        "优化服务,突出实效",
        "党员大会准时开始,村支书主持,支委点名记录,工作组组长向党员们通报了帮扶工作的进展。",
    ]) + "\n"


def test_the_heads_are_the_features_sections():
    [article] = parse_page(_page())
    assert article.title == "柳湾:老槐树下话振兴" and article.authors == ["宋雨", "白桦"]
    assert article.sections == ["分内之事, 我们应该做好", "优化服务,突出实效"]
    assert article.body.endswith("帮扶工作的进展。")
