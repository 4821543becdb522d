"""A credit printed without spaces may open with a full name before a role word (`(张小明通讯员李四 王五)`):
the name is a token of its own, as one between two role words is (`记者张三通讯员李四`). Two characters
before a role are a paper's short name (`苏报记者`), not a person. Every snippet is invented."""

from app.parsing.bylines.credits import parse_dateline
from app.text import fold


def _authors(line: str) -> list[str]:
    dateline = parse_dateline(line, fold(line))
    assert dateline is not None
    return dateline.authors


def test_a_full_name_opening_an_unspaced_credit_before_a_role_is_an_author():
    assert _authors("某某党建网讯(张小明通讯员李四 王五)“钥匙找到了。”") == ["张小明", "李四", "王五"]


def test_a_paper_before_its_reporter_is_no_author():
    assert _authors("本报讯(苏报记者张三通讯员李四)近日,白沙镇") == ["张三", "李四"]
