"""What the narrowing rules read of an article's front (the places named up front, the county written as a town's
address, whether the headline counts a list) is made only where a rule reads it: the answers are those the rules give
with it made for every article. Short made-up texts, and the identities the shortcuts rest on."""

import random
from collections import Counter

import pytest

from app.places.early import towns_named
from app.places.examples import held_to_front
from app.places.tagger import _narrowed
from tests.places.test_real_text_rules import tag, where


@pytest.fixture(scope="module")
def gazetteer():
    from app.places.gazetteer import load_gazetteer
    return load_gazetteer()


def _towns_and_counties(gazetteer, rng: random.Random, n: int) -> list[str]:
    codes = sorted(c for c in gazetteer.places if gazetteer[c].level in ("town", "county"))
    return rng.sample(codes, n)


def test_a_place_held_to_itself_takes_no_step_whatever_is_named_up_front(gazetteer):
    """`held_to_front` from a place down to itself returns it unread: the tagger skips the call there."""
    rng = random.Random(20261201)
    for code in _towns_and_counties(gazetteer, rng, 300):
        around = [p.code for p in gazetteer.filed_chain(code)]
        counts = Counter({c: rng.randint(0, 4) for c in around})
        early = set(rng.sample(around, rng.randint(0, len(around))))
        addresses = Counter({code: rng.randint(0, 3)})
        for listed in (False, True):
            assert held_to_front(gazetteer, code, code, counts, early, listed, rng.random() < 0.5, addresses) == code


def test_narrowing_from_a_county_or_a_town_reads_no_address(gazetteer):
    """`_narrowed` weighs the counties written as their towns' addresses only from a city or a province: from a county
    or a town it gives the same answer with them or without (the tagger makes them there only for `held_to_front`)."""
    rng = random.Random(20261202)
    for code in _towns_and_counties(gazetteer, rng, 200):
        inside = gazetteer.children.get(code, [])
        named = rng.sample(inside, min(len(inside), 3)) + [code]
        counts = Counter({c: rng.randint(1, 4) for c in named})
        addresses = Counter({c: rng.randint(1, 2) for c in named})
        assert _narrowed(gazetteer, code, counts, addresses) == _narrowed(gazetteer, code, counts, None)


def test_towns_named_counts_the_county_s_towns_the_article_names(gazetteer):
    counts = Counter({"320509102": 2, "320509103": 1, "320509": 3, "320500": 1})  # 平望镇, 盛泽镇, 吴江区, 苏州市
    assert towns_named(gazetteer, "320509", counts) == 2
    assert towns_named(gazetteer, "320509", Counter({"320509102": 2, "320509": 1})) == 1


def test_a_town_headline_over_the_villages_of_two_towns_is_the_county_s(gazetteer):
    """Two towns named, each before a village named again: the villages' rule is asked, and takes the county."""
    body = ("七都镇开弦弓村的蚕农忙着采桑,开弦弓村家家养蚕。\n震泽镇众安桥村也在养蚕,众安桥村的蚕茧卖得好。\n"
            "吴江区的蚕桑产业越做越大。")
    assert where(tag(gazetteer, "七都镇蚕农采桑忙", body)) == ("苏州市", "吴江区", None)
    # one town only: nothing for the villages' rule to weigh, the headline's town stays
    body = "七都镇开弦弓村的蚕农忙着采桑,开弦弓村家家养蚕。\n吴江区的蚕桑产业越做越大。"
    assert where(tag(gazetteer, "七都镇蚕农采桑忙", body)) == ("苏州市", "吴江区", "七都镇")


def test_a_county_headline_narrowed_to_its_town_up_front_or_kept_for_an_example_further_on(gazetteer):
    """A county the headline names, its town named up front and again: the step down is taken (the places up front made
    for it); the same town named once, further on, after the county again and again: an example, the county kept."""
    body = "同里镇的古镇保护又有新举措。同里镇将修缮三座老宅,同里镇居民拍手称好。"
    assert where(tag(gazetteer, "吴江推进古镇保护", body)) == ("苏州市", "吴江区", "同里镇")
    body = ("吴江区推进古镇保护,吴江区各镇都在行动。\n吴江区文物部门逐一排查老宅。\n老宅修缮资金已经到位。\n"
            "在同里镇,三座老宅开始修缮。")
    assert where(tag(gazetteer, "吴江推进古镇保护", body)) == ("苏州市", "吴江区", None)


def test_a_headline_town_over_a_run_of_towns_is_that_town(gazetteer):
    """The runs of towns are made only under a headline naming no town: one naming a town says which."""
    body = "同里镇、黎里镇、震泽镇的志愿者来到同里镇,一起清理河道。同里镇的河道又变清了。"
    assert where(tag(gazetteer, "志愿者清河道", body)) == ("苏州市", "吴江区", None)
    assert where(tag(gazetteer, "同里镇志愿者清河道", body)) == ("苏州市", "吴江区", "同里镇")
