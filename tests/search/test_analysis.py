from app.search import ArchiveIndex, IndexDoc
from app.search.analysis import fold, units_of
from app.text import search_fold_with_offsets as fold_with_offsets


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


def test_traditional_and_width_folding_at_query_and_index_time(tmp_path):
    docs = [IndexDoc(1, "蘇州工業園區新聞", None, None, "推廣電動車安全，ＣＯＶＩＤ－１９防控。", [], [],
                     None, None, None, "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    for q in ["苏州工业园区", "蘇州工業", "电动车", "電動車", "covid", "ＣＯＶＩＤ", "19", "１９"]:
        assert ix.search(q).total == 1, q


def test_latin_words_and_digits(tmp_path):
    docs = [IndexDoc(1, None, None, None, "GDP增长2021年，COVID-19 疫情", [], [], None, None, None, "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    assert ix.search("gdp").total == 1
    assert ix.search("2021年").total == 1
    assert ix.search("GDP增长").total == 1
    assert ix.search("gd").total == 0  # words are words


def test_qianlong_and_its_simplified_neighbours_are_found_as_typed(tmp_path):
    docs = [IndexDoc(1, None, None, None, "乾隆年间的石桥修缮一新", [], [], None, None, None, "article", 1),
            IndexDoc(2, None, None, None, "秋季天气干燥，注意防火", [], [], None, None, None, "article", 2)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    assert [hit.id for hit in ix.search("乾隆").hits] == [1]
    assert [hit.id for hit in ix.search("乾燥").hits] == [2]
