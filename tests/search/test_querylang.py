import pytest

from tests.helpers import HOSTILE
from app.search.model import QueryError
from app.search.querylang import AllDocs, And, Atom, Not, Or, parse


def atoms(node):
    if isinstance(node, Atom):
        return [(node.field, node.text)]
    if isinstance(node, Not):
        return [("NOT",) + a for a in atoms(node.child)]
    if isinstance(node, (And, Or)):
        return [a for c in node.children for a in atoms(c)]
    return []


def test_words_are_anded():
    p = parse("苏州 工业")
    assert isinstance(p.node, And)
    assert atoms(p.node) == [("all", "苏州"), ("all", "工业")]
    assert p.exact == (("苏", "州", "工", "业"),)


def test_phrase_or_not_minus_parentheses():
    p = parse('("苏州 工业园区" OR 无锡) -江阴 NOT 常州')
    assert isinstance(p.node, And)
    orn = p.node.children[0]
    assert isinstance(orn, Or)
    assert atoms(orn) == [("all", "苏州 工业园区"), ("all", "无锡")]
    assert [type(c) for c in p.node.children[1:]] == [Not, Not]
    assert atoms(p.node)[2:] == [("NOT", "all", "江阴"), ("NOT", "all", "常州")]
    assert p.exact is None


def test_and_binds_tighter_than_or():
    p = parse("a b OR c")
    assert isinstance(p.node, Or)
    assert isinstance(p.node.children[0], And)


def test_space_after_prefix_is_forgiven():
    assert atoms(parse("title: 苏州").node) == [("title", "苏州")]


def test_field_prefixes_and_chinese_aliases():
    p = parse("title:河长 作者:王芳 place:胥口 town:胥口镇 county:吴中区 city:苏州市")
    assert atoms(p.node) == [("title", "河长"), ("author", "王芳"), ("place", "胥口"),
                             ("town", "胥口镇"), ("county", "吴中区"), ("city", "苏州市")]
    p = parse('title:"人大 代表"')
    assert atoms(p.node) == [("title", "人大 代表")]
    p = parse("title:(河长 OR 湖长)")
    assert atoms(p.node) == [("title", "河长"), ("title", "湖长")]


def test_unknown_prefix_is_text():
    p = parse("foo:bar")
    assert atoms(p.node) == [("all", "foo:bar")]
    assert p.node.runs == (("foo",), ("bar",))


def test_full_width_syntax_is_understood():
    p = parse("ｔｉｔｌｅ：河长 ＯＲ “苏州 工业”")
    assert atoms(p.node) == [("title", "河长"), ("all", "苏州 工业")]


def test_lowercase_or_is_a_word():
    assert atoms(parse("rock or roll").node) == [("all", "rock"), ("all", "or"), ("all", "roll")]


@pytest.mark.parametrize("q, note", [
    ('"苏州 工业', "quotation"),
    ("(苏州 OR 无锡", "“(”"),
    ("苏州) 无锡", "“)”"),
    ("苏州 OR", "OR"),
    ("OR 苏州", "OR"),
    ("苏州 NOT", "NOT"),
    ("苏州\x00\x07无锡", "control"),
])
def test_repairs_are_reported(q, note):
    p = parse(q)
    assert any(note in n for n in p.notes), p.notes
    assert atoms(p.node)


@pytest.mark.parametrize("q, message", [
    ("title:", "title:"),
    ("苏州 title:", "title:"),
    ("", "search for"),
    ("   ", "search for"),
    ("*", "no words"),
    ("OR", "no words"),
    ("NOT", "no words"),
    ("()", "no words"),
    ("苏" * 5000, "too long"),
    ("(" * 40 + "苏州" + ")" * 40, "nested"),
    (" ".join(["苏州"] * 40), "too many"),
])
def test_errors_have_clear_messages(q, message):
    with pytest.raises(QueryError) as e:
        parse(q)
    assert message in str(e.value)


def test_only_exclusions_means_everything_else():
    p = parse("-苏州")
    assert isinstance(p.node, And)
    assert isinstance(p.node.children[0], AllDocs)


@pytest.mark.parametrize("q", HOSTILE)
def test_hostile_queries_never_crash(q):
    try:
        p = parse(q)
    except QueryError as e:
        assert str(e)
    else:
        assert p.text is not None
