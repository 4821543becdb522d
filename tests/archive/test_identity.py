"""Permanent ids: the same page and text give the same id; successors follow the text."""

from app.archive.identity import article_ids, identity_text, identity_texts_of, successors

A = "河长巡河发现问题当天整改" * 4
B = "社区食堂开张老人吃上热饭" * 4
C = "垃圾分类督导员每天上岗" * 4


def test_the_same_text_gives_the_same_id_whatever_its_layout() -> None:
    first = article_ids("2022/A05.txt", [("article", "标题", A), ("photo", None, B)])
    relaid = article_ids("2022/A05.txt", [("article", "标题", A.replace("整改", "整改,\n")), ("photo", None, B)])
    assert first == relaid and len(set(first)) == 2
    assert all(0 < i < 2**53 for i in first)


def test_page_identity_kind_and_text_each_make_a_different_id() -> None:
    base = article_ids("2022-11-08/A05.txt", [("article", "标题", A)])
    assert base != article_ids("2022-11-09/A05.txt", [("article", "标题", A)])
    assert base != article_ids("2022-11-08/A05.txt", [("photo", "标题", A)])
    assert base != article_ids("2022-11-08/A05.txt", [("article", "标题", A + "补")])


def test_the_same_text_twice_on_a_page_and_a_taken_id_get_ids_of_their_own() -> None:
    twice = article_ids("p.txt", [("photo", None, "图为现场"), ("photo", None, "图为现场")])
    assert len(set(twice)) == 2
    taken = frozenset(article_ids("p.txt", [("article", "标题", A)]))
    assert article_ids("p.txt", [("article", "标题", A)], taken)[0] not in taken


def test_successors_of_an_edit_a_split_a_merge_and_a_removal() -> None:
    t = identity_text
    old = {1: t("甲", A), 2: t("乙", B + C), 3: t("丙", C[:20]), 4: t("丁", "完全无关的一段文字内容" * 3)}
    new = {10: t("甲", A + "另悉活动持续到年底"), 20: t("乙", B), 21: t("戊", C)}
    found = successors(old, new)
    assert found[1] == [10]  # edited
    assert sorted(found[2]) == [20, 21]  # divided
    assert found[3] == [21]  # merged into a longer one
    assert found[4] == []  # gone
    assert successors({5: "同"}, {5: "同"}) == {}  # still there: no successor needed


def test_the_identity_text_keeps_exactly_the_letters_and_digits_of_every_character() -> None:
    # Ids must never move: the fold keeps what str.isalnum keeps, for every character there is.
    import unicodedata
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    expected = "".join(filter(str.isalnum, unicodedata.normalize("NFKC", every).casefold()))
    assert identity_text(None, every) == expected
    assert identity_text("标题_1", "正文，第二段！ABC") == "标题1正文第二段abc"


def test_a_page_s_identity_texts_worked_out_at_once_are_each_article_s_own() -> None:
    # One pass over a page's folds put end to end, cut where each article's ends: nothing of one article may
    # run into the next (an empty one, a combining mark or a character beyond the plane at an edge included).
    articles = [("标题", A), (None, ""), ("\u0301ｅ", "第①段，𠀀"), ("", "𝐀\u0301"), (None, "x\ud800"), ("Ⅻ", "ß")]
    assert identity_texts_of(articles) == [identity_text(title, body) for title, body in articles]
    assert identity_texts_of([]) == []
