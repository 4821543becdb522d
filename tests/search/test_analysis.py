from app.search.analysis import Analysed, fold, fold_with_offsets, text_runs, units_of


def test_traditional_and_width_folding():
    assert fold("蘇州工業園區") == "苏州工业园区"
    assert fold("電動車") == "电动车"
    assert fold("ＡＢＣ１２３") == "abc123"
    assert fold("（苏州）") == "(苏州)"


def test_fold_is_per_character_so_substrings_fold_alike():
    # OpenCC's phrase table would keep 乾 in 乾隆 but not alone.
    whole = fold("乾隆年间")
    assert whole[0] == fold("乾")


def test_offsets_when_nfkc_expands():
    folded, origin = fold_with_offsets("①㈱A")
    assert folded == "1(株)a"
    assert origin == [0, 1, 1, 1, 2]
    assert fold_with_offsets("苏州")[1] is None


def test_units_runs_and_words():
    assert units_of("吴中胥口镇，COVID-19 王　芳") == [
        ["吴", "中", "胥", "口", "镇"], ["covid"], ["19", "王", "芳"]]
    assert units_of("abc 12") == [["abc", "12"]]
    assert units_of("*** ……") == []


def test_analysed_positions_leave_gap_between_runs():
    a = Analysed(text_runs("苏州工业，苏州"))
    bi = a.bi
    assert bi["苏州"] == [0, 5]
    assert bi["工业"] == [2]
    assert "业苏" not in bi
    assert a.uni["苏"] == 2
    assert a.n_bigrams == 4
