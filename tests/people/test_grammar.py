"""Each rule of people extraction, shown on short invented sentences."""

from app.people import extract_people


def people(*texts: str, authors: tuple[str, ...] = ()) -> dict[str, list[str]]:
    return {p.name: [post.text for post in p.posts] for p in extract_people(texts, authors)}


def test_a_post_printed_right_before_a_name() -> None:
    assert people("5月3日，区委书记王立新督查防汛工作。") == {"王立新": ["区委书记"]}


def test_several_posts_joined_by_a_pause_mark_belong_to_one_person() -> None:
    found = people("区委副书记、宣传部部长、政法委书记李文涛，副区长周海参加活动。")
    assert found == {"李文涛": ["区委副书记", "宣传部部长", "政法委书记"], "周海": ["副区长"]}


def test_posts_joined_by_jian() -> None:
    assert people("镇长兼开发区管委会主任赵一鸣主持会议。") == {"赵一鸣": ["镇长", "开发区管委会主任"]}


def test_two_character_names_end_at_grammar_or_punctuation() -> None:
    assert people("“路灯亮了。”社区主任孔亮说。") == {"孔亮": ["社区主任"]}
    assert people("村党委书记钱文，带头拆除违建。") == {"钱文": ["村党委书记"]}
    assert people("镇党委书记易超针对问题逐一点评。") == {"易超": ["镇党委书记"]}


def test_three_character_names_whose_last_character_is_also_a_word() -> None:
    assert people("社区党委副书记孙建设说，工作室每天开门。") == {"孙建设": ["社区党委副书记"]}
    assert people("区长杨万平调研养老服务中心。") == {"杨万平": ["区长"]}


def test_reported_speech_after_a_closing_quote() -> None:
    assert people("“驿站里有水有电。”站长吴小川介绍。") == {"吴小川": ["站长"]}


def test_a_person_named_again_without_the_post_is_the_same_person() -> None:
    found = people("街道党工委书记郑明远走访企业。", "郑明远表示，要把服务做细。郑明远还说……")
    assert found == {"郑明远": ["街道党工委书记"]}


def test_the_same_person_with_a_second_post_later_keeps_both() -> None:
    found = people("区委常委洪建中出席。", "会上，区委常委、常务副区长洪建中讲话。")
    assert found == {"洪建中": ["区委常委", "常务副区长"]}


def test_one_post_before_a_list_of_names() -> None:
    found = people("县领导马一平、林涛、徐向东出席会议。")
    assert found == {"马一平": ["县领导"], "林涛": ["县领导"], "徐向东": ["县领导"]}


def test_a_conjunction_between_two_people_starts_the_next_post() -> None:
    found = people("社区书记方明和主任曲丽华每周走访小区。")
    assert found == {"方明": ["社区书记"], "曲丽华": ["主任"]}


def test_a_conjunction_inside_a_place_name_stays_in_the_post() -> None:
    assert people("“很方便。”清和苑社区书记冯静介绍。") == {"冯静": ["清和苑社区书记"]}


def test_a_post_starts_after_the_words_of_the_sentence() -> None:
    assert people("在东湖街道党工委副书记邵宁看来，服务要做细。") == {"邵宁": ["东湖街道党工委副书记"]}
    assert people("会议由镇党委副书记姜燕主持。") == {"姜燕": ["镇党委副书记"]}


def test_a_verb_can_give_the_post() -> None:
    found = people("不久前，贺天明还成为了社区“暖心”驿站的站长。")
    assert found == {"贺天明": ["站长"]}
    found = people("杜成当选为镇长，卫平、乔丽当选为副镇长。")
    assert found == {"杜成": ["镇长"], "卫平": ["副镇长"], "乔丽": ["副镇长"]}


def test_every_form_of_the_appointing_verb_gives_the_post() -> None:
    # The words before the verb are optional: each form is found wherever it starts.
    assert people("钱立也被选举担任了镇长。") == {"钱立": ["镇长"]}
    assert people("孙正先后任过副镇长。") == {"孙正": ["副镇长"]}
    assert people("周安正式出任站长，吴宁曾任主任。") == {"周安": ["站长"], "吴宁": ["主任"]}


def test_a_post_may_stand_a_space_away_from_the_name() -> None:
    assert people("城南社区党委书记 姚远山，下一步要成立业主大会。") == {"姚远山": ["城南社区党委书记"]}


def test_traditional_text_keeps_its_printed_characters() -> None:
    assert people("會議由鎮黨委副書記姜艷主持。") == {"姜艷": ["鎮黨委副書記"]}


def test_unnamed_and_plain_roles_are_not_people() -> None:
    assert people("相关负责人表示，将持续推进。社区书记介绍，活动很受欢迎。") == {}
    assert people("居民王大明说，志愿者李小红和快递小哥陈飞都来帮忙，老党员赵德也在。") == {}


def test_organisations_and_words_after_a_title_are_not_names() -> None:
    assert people("社区党委牵头，书记项目化管理全面推开。") == {}
    assert people("街道践行长江大保护理念。") == {}
    assert people("小区长效管理机制建立。") == {}


def test_bylines_stay_authors() -> None:
    assert people("区委书记林海出席。记者 张小满", authors=("林海",)) == {}


def test_a_folded_text_names_the_people_extraction_finds() -> None:
    from app.people.extract import names_in_folded
    from app.text import fold
    from tests.helpers import SEEDS

    paragraphs = [fold(line) for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").splitlines()]
    invented = ["5月3日，区委书记王立新督查防汛工作。", "郑国忠当选为镇长。", "天气晴，活动顺利。",
                "社区党委书记 姚家远介绍。", "副市长李明、王芳出席。", "村党委书记兼主任赵强说。"]
    for text in [*paragraphs, *invented]:
        assert names_in_folded(text) == {person.name for person in extract_people((text,))}, text
    assert names_in_folded(invented[0]) == {"王立新"} and names_in_folded(invented[1]) == {"郑国忠"}
    assert names_in_folded(invented[2]) == frozenset() and names_in_folded(invented[4]) == {"李明", "王芳"}
    assert sum(1 for text in paragraphs if names_in_folded(text)) < len(paragraphs) / 2  # (most name nobody)


def test_appointing_verbs_match_where_the_plain_pattern_does() -> None:
    import re

    from app.people.lexicon import _BEFORE_VERB, _VERBS, APPOINTING

    plain = re.compile("".join(f"(?:{'|'.join(words)})?" for words in _BEFORE_VERB)
                       + f"(?:{'|'.join(_VERBS)})(?:了|过)?")
    texts = ["王强还成为了驿站的站长。", "李华被选举担任村主任，曾任会计。", "赵明正式当选为镇长",
             "周亮先后担任过副主任、主任，也被任命", "选举当选", "责任到人，任务明确。", "他已调任区委书记又兼任了组长"]
    for text in texts:
        assert [m.span() for m in APPOINTING.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert [m.group() for m in APPOINTING.finditer(texts[1])] == ["被选举担任", "任", "曾任"]


def test_the_first_look_finds_every_appointing_verb_a_full_scan_finds() -> None:
    from app.people.grammar import starting_points
    from app.people.lexicon import APPOINTING
    line = "林小禾当选为镇长，吴桐被选举担任副镇长，钟岳还成为了驿站的站长。"
    titles, verbs = starting_points(line)
    assert [m.span() for m in verbs] == [m.span() for m in APPOINTING.finditer(line)] and len(verbs) == 3
    assert starting_points("溪口村的茶园今年又丰收了。") == ([], [])


def test_the_first_look_for_an_appointing_verb_passes_every_text_the_pattern_matches():
    import random

    from app.people.lexicon import _VERBS, APPOINTING, may_appoint

    assert all(may_appoint(verb) for verb in _VERBS)
    rnd = random.Random(4)
    words = [*_VERBS, "还", "也", "被", "选举", "了", "过", "王明", "溪口村", "的", "站长", "。",
             "成", "为", "当", "选"]
    for _ in range(5000):
        text = "".join(rnd.choice(words) for _ in range(rnd.randint(0, 8)))
        assert may_appoint(text) or not APPOINTING.search(text), text
    assert not may_appoint("溪口村的茶园今年又丰收了。")


def test_a_field_naming_nobody_is_passed_over_at_the_first_look(monkeypatch) -> None:
    from app.people import extract

    found = []
    monkeypatch.setattr(extract, "_found", lambda folded, *points: found.append(folded) or [])
    extract.extract_people(("溪口村的茶园今年又丰收了。", "区委书记林海来到茶园。"))
    assert found == ["区委书记林海来到茶园。"]  # (only the field with a title before a name is read)
