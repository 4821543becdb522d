"""The first looks asked before the line and credit patterns turn away no text a pattern matches: on random
lines made of the pieces those patterns read, every match passes its first look, and the functions that
ask them give what the patterns alone gave."""

import random

from app.parsing import lines, shapes, similarity
from app.parsing.bylines import closing_credits, credit_lines, credits, office_lines, run_on_credits
from app.parsing.continuations import reunite
from app.parsing.continuations.page_texts import PageTexts
from app.people.extract import names_in_folded

_PIECES = ["张三", "李四", "王小明", "欧阳青青", "记者", "通讯员", "实习生", "作者", "摄", "摄影", "摄影报道", "图",
           "供图", "文", "文字", "图片", "据", "来源:", "稿源:", "转自", "溪口晚报", "青松网", "文明办", "宣传部",
           "委员会", "居委会", "村民委员会", "办事处", "青松社区", "局", "中心", "溪口镇", "街道", "下一步", "通过",
           "此次", "本次", "新华社发", "责任编辑", "编辑", "校对", "。", "!", "?", "…", "”", "\"", ")", "(", "【", "】",
           "·", "●", " ", "  ", "\n", "/", ":", "、", ",", "日报", "开展", "活动", "了", "123", "abc",
           "。(据溪口晚报)", "(张三 摄)", "(记者 张三)", "【编辑 张三】", "·张三 李四·", "溪口镇青松社区居委会"]


def _lines(seed: int, count: int, longest: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, longest))) for _ in range(count)]


_LINES = _lines(7, 40000) + _lines(8, 40000, 4)  # (long lines, and short ones: a whole line of a credit)


def _turns_away_no_match(matches, first_look, least: int) -> None:
    matched = [line for line in _LINES if matches(line)]
    assert len(matched) >= least  # (the pieces make lines of the pattern's shape, and lines that are none)
    assert all(first_look(line) for line in matched)


def test_a_credit_pattern_s_match_ends_in_what_its_first_look_asks_for():
    _turns_away_no_match(lambda s: closing_credits._TRAILING_CREDIT.search(s, max(0, len(s) - 60)),
                         lambda s: s.rstrip().endswith(")"), 5)
    _turns_away_no_match(closing_credits._BRACKETED_LINE.match, lambda s: s.rstrip().endswith((")", "】")), 5)
    _turns_away_no_match(credits.END_BYLINE.match, lambda s: s.rstrip()[-1:] in "·•・‧∙●", 5)
    _turns_away_no_match(credit_lines._CREDIT_AT_END.search, lambda s: s.rstrip().endswith(")"), 5)
    _turns_away_no_match(credit_lines._LONG_NAME_CREDIT.match, lambda s: s.rstrip().endswith("摄"), 5)
    _turns_away_no_match(credits.SUPPLIED_BY_NAMES.match, lambda s: s.rstrip().endswith("图"), 5)
    _turns_away_no_match(lambda s: credits.PHOTO_CREDIT.match(s) or credits.AGENCY_PHOTO_CREDIT.match(s),
                         lambda s: "摄" in s, 5)


def test_a_pattern_s_match_opens_or_holds_what_its_first_look_asks_for():
    _turns_away_no_match(credit_lines._ROLE_ONLY.match, lambda s: s.lstrip()[:1] in credit_lines._ROLE_OPENINGS, 5)
    _turns_away_no_match(lines._ONLY_SENTENCE_END.match, lambda s: s.lstrip()[:1] in lines._MAY_END, 5)
    _turns_away_no_match(credits._TOKEN_ROLE_MARK.search, lambda s: "/" in s or ":" in s, 5)
    _turns_away_no_match(office_lines._SIGNATURE.match,
                         lambda s: "委会" in s or "委员会" in s or "办事处" in s, 5)
    _turns_away_no_match(reunite._WHAT_COMES_NEXT.search, lambda s: "下一步" in s or "通过" in s, 5)
    _turns_away_no_match(lambda s: shapes._ATTRIBUTION.search(s[-40:]), lambda s: s[-40:].rstrip().endswith(")"), 5)


def test_the_functions_give_what_the_patterns_alone_gave():
    for line in _LINES:
        assert shapes.ends_with_attribution(line) == (shapes._ATTRIBUTION.search(line[-40:]) is not None)
        assert reunite._closes_item(line) == (reunite._WHAT_COMES_NEXT.search(line) is not None)
        assert lines.has_cjk(line) == (lines._CJK.search(line) is not None)
        token = "".join(line.split())
        assert credits._names_a_body(token) == (credits._BODY.match(token) is not None)
        found, plain = run_on_credits.names_after_last_sentence(line), _names_after_last_sentence(line)
        assert (found and (found[0].span(), found[1])) == (plain and (plain[0].span(), plain[1]))


def _names_after_last_sentence(folded: str):
    """`run_on_credits.names_after_last_sentence` as it was, without its first look."""
    r = run_on_credits
    m = None
    if r._RUN_ON_ROLE.search(folded, max(0, len(folded) - r.ROLE_TAIL_CHARS)):
        m = r._TRAILING_ROLE_CREDIT.search(folded, max(0, len(folded) - r.ROLE_TAIL_CHARS))
    if m is None and folded.find("来源", len(folded) - r.ROLE_TAIL_CHARS) >= 0:
        m = r._TRAILING_SOURCE.search(folded, max(0, len(folded) - r.ROLE_TAIL_CHARS))
    m = m or r._TRAILING_NAMES.search(folded, max(0, len(folded) - r.NAMES_TAIL_CHARS))
    m = m or r._BOXED_NAMES.search(folded, max(0, len(folded) - r.NAMES_TAIL_CHARS))
    m = m or r._SPACED_LONE.search(folded, max(0, len(folded) - r.NAMES_TAIL_CHARS))
    if m is None and (spaced := r._SPACED_NAME.search(folded, max(0, len(folded) - r.NAMES_TAIL_CHARS))):
        return spaced, []
    return (m, r._RUN_ON_ROLE.sub(" ", m.group(1)).split()) if m else None


def test_a_paragraph_ending_its_sentence_has_no_names_run_on_after_it():
    """Each run-on credit ends in a name or a source: a text whose last mark is a full stop has none."""
    tails = [line for line in _lines(11, 20000, 8) if line.rstrip()[-1:] in ("。", "!", "?")]
    assert len(tails) > 500
    for line in tails:
        for pattern in (run_on_credits._TRAILING_NAMES, run_on_credits._TRAILING_ROLE_CREDIT,
                        run_on_credits._BOXED_NAMES, run_on_credits._SPACED_NAME, run_on_credits._SPACED_LONE,
                        run_on_credits._TRAILING_SOURCE):
            assert pattern.search(line, max(0, len(line) - run_on_credits.ROLE_TAIL_CHARS - 1)) is None
    assert run_on_credits.names_after_last_sentence("溪口镇开展了活动。张三 李四") is not None
    assert run_on_credits.names_after_last_sentence("溪口镇开展了活动。张三 李四。") is None


def test_a_headline_s_words_of_four_han_letters_are_those_the_pattern_found():
    rnd = random.Random(3)
    for _ in range(3000):
        heading = "".join(rnd.choice(["溪口", "青松", "ab", "12", "镇", ":", "“", "”", " ", "开展活动", "A"])
                          for _ in range(rnd.randint(0, 10)))
        letters = similarity.compact(heading)
        expected = {letters[i:i + 4] for i in range(len(letters) - 3)
                    if all("\u3400" <= c <= "\u9fff" for c in letters[i:i + 4])}
        assert similarity._heading_words(heading) == expected


def test_a_text_s_people_are_those_of_its_paragraphs():
    page = PageTexts([(("副镇长王小明主持会议。", "溪口镇开展活动。"), "标题"), (("村主任李大海说,",), "另一")])
    text = page.text(("副镇长王小明主持会议。", "溪口镇开展活动。", "标题"))
    assert text.people == frozenset().union(*map(names_in_folded, text.parts))
    assert "王小明" in text.people
