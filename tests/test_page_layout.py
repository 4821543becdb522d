"""The page development set's layout tool: three variants of the same text, and gold that holds of it."""

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("page_layout", ROOT / "bench" / "page_layout.py")
page_layout = importlib.util.module_from_spec(_spec)
sys.modules["page_layout"] = page_layout  # dataclasses look their module up by name
_spec.loader.exec_module(page_layout)

LONG = "镇里召开河道整治推进会各村书记参加会议并就下一步工作作出部署安排会后分头落实"

SPEC = {"seed": 3, "pages": [{"file": "p01.txt", "title": "a test page", "items": [
    {"id": "a01", "source": "u1", "kicker": "引题", "title": "某镇推进河道整治", "subtitle": "副题",
     "credit": "dateline", "authors": ["甲乙"],
     "paragraphs": [LONG + "。", "第二段" + LONG + "。", "第三段" + LONG + "。"],
     "sections": [[2, "加大投入|确保成效"]], "breaks": 1, "interrupt": {"after": 1, "mid": True},
     "caption_between": {"id": "c01", "source": "u2", "caption": "图为整治现场。", "authors": ["丙丁"]}},
    {"id": "a02", "source": "u3", "title": "社区志愿服务", "credit": "box", "authors": ["戊己"],
     "paragraphs": ["社区志愿者" + LONG + "。", "活动受到好评。"], "credit_under_lead": "庚辛 摄"},
    {"rest_of": "a01"},
    {"id": "c02", "kind": "photo", "source": "u4", "title": None, "paragraphs": ["田间收割水稻。"],
     "authors": ["壬癸"], "blank_before": 3},
]}]}


def build(tmp_path):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC, ensure_ascii=False), encoding="utf-8")
    page_layout.main([str(spec), str(tmp_path / "out")])
    out = tmp_path / "out"
    pages = {v: (out / v / "p01.txt").read_text(encoding="utf-8") for v in ("wide", "narrow", "narrow_every")}
    return pages, json.loads((out / "gold" / "p01.json").read_text(encoding="utf-8"))


def test_the_three_variants_print_the_same_text_and_only_the_narrow_ones_wrap(tmp_path):
    pages, _ = build(tmp_path)
    flat = {v: re.sub(r"\s", "", text) for v, text in pages.items()}
    assert flat["wide"] == flat["narrow"] == flat["narrow_every"]
    assert any(len(line) > 37 for line in pages["wide"].splitlines())
    assert all(len(line) <= 37 for line in pages["narrow"].splitlines())
    every = pages["narrow_every"].splitlines()
    assert all(not every[i] or not every[i + 1] for i in range(len(every) - 1))


def test_the_gold_names_every_item_and_its_anchors_are_printed_on_the_page(tmp_path):
    pages, gold = build(tmp_path)
    items = {item["title"] or item["body_start"]: item for item in gold["items"]}
    assert set(items) == {"某镇推进河道整治", "图为整治现场。", "社区志愿服务", "田间收割水稻。"}
    flat = re.sub(r"\s", "", pages["wide"])
    article = items["某镇推进河道整治"]
    assert len(article["contains"]) == 3  # the section, the cut and the break
    assert all(anchor in flat for anchor in article["contains"])
    assert "interrupted" in article["classes"] and "caption between headline and body" in article["classes"]
    assert "摄" in items["社区志愿服务"]["excludes"]
    assert flat.index("社区志愿服务") < flat.index("加大投入确保成效")  # the rest printed after the interrupter


def test_a_break_never_falls_next_to_punctuation_nor_near_either_end():
    text = "河道,整治。" * 12
    for seed in range(200):
        pos = page_layout.cut_position(text, page_layout.random.Random(seed))
        assert page_layout.EDGE <= pos <= len(text) - page_layout.EDGE
        assert text[pos - 1] not in page_layout.PUNCTUATION and text[pos] not in page_layout.PUNCTUATION
    assert page_layout.cut_position("河,道," * 15, page_layout.random.Random(0)) is None


def test_the_same_spec_writes_the_same_files_in_any_process(tmp_path):
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC, ensure_ascii=False), encoding="utf-8")
    written = []
    for hash_seed in ("1", "2", "3"):
        out = tmp_path / hash_seed
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        subprocess.run([sys.executable, str(ROOT / "bench" / "page_layout.py"), str(spec), str(out)],
                       env=env, check=True, capture_output=True)
        written.append(sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*.*")))
    assert written[0] == written[1] == written[2]


def test_a_rest_that_opens_with_a_section_head_is_anchored_as_the_reader_has_it(tmp_path):
    """The body holds the head between the paragraphs before and after the cut: no anchor may join them."""
    paragraphs = [LONG + "。", "第二段" + LONG + "。", "第三段" + LONG + "。"]
    spec = {"seed": 5, "pages": [{"file": "p01.txt", "title": "a rest under its head", "items": [
        {"id": "a01", "source": "u1", "title": "某镇推进河道整治", "credit": "none", "paragraphs": paragraphs,
         "sections": [[2, "加大投入"]], "interrupt": {"after": 2}},
        {"id": "a02", "source": "u2", "title": "社区志愿服务", "credit": "none",
         "paragraphs": ["社区志愿者" + LONG + "。"]},
        {"rest_of": "a01"},
    ]}]}
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    page_layout.main([str(path), str(tmp_path / "out")])
    gold = json.loads((tmp_path / "out" / "gold" / "p01.json").read_text(encoding="utf-8"))
    article = next(item for item in gold["items"] if item["title"] == "某镇推进河道整治")
    as_read = paragraphs[0] + paragraphs[1] + "加大投入" + paragraphs[2]
    assert article["contains"] and all(anchor in as_read for anchor in article["contains"])
