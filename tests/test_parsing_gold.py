"""The parser against the hand-made gold of the public seed pages, scored by the shared scorer."""

import contextlib
import io
import json
import pathlib
import re
import runpy
import sys

import pytest

from tests.conftest import page_gold

from app.parsing import decode_page, parse_page

REPO = pathlib.Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_parse.py"
GOLD = SHARED / "gold"

pytestmark = pytest.mark.skipif(
    not (SCORER.is_file() and GOLD.is_dir()),
    reason=f"the shared scorer and gold are not beside the repository ({SHARED})",
)


def export_gold_pages(path: pathlib.Path, gold_dir: pathlib.Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for gold in sorted(gold_dir.glob("*.json")):
            name = json.loads(gold.read_text(encoding="utf-8"))["file"]
            page = REPO / "seeds" / name
            if not page.is_file():
                page = SHARED / "seeds" / name
            for article in parse_page(decode_page(page.read_bytes()).text):
                record = {"kind": article.kind, "title": article.title, "kicker": article.kicker,
                          "subtitle": article.subtitle, "authors": article.authors,
                          "sections": article.sections, "body": article.body,
                          "source": {"file": name, "lines": article.lines}}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_gold_pages_score(tmp_path, monkeypatch):
    export = tmp_path / "export.jsonl"
    export_gold_pages(export, page_gold(tmp_path / "gold"))
    scorer = runpy.run_path(str(SCORER))
    monkeypatch.setattr(sys, "argv", ["score_parse.py", str(export), str(tmp_path / "gold"), "--no-places", "-v"])
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer["main"]()
    report = printed.getvalue()
    m = re.search(r"parse score: (\d+)/(\d+) checks .*articles P=([\d.]+) R=([\d.]+)", report)
    assert m, report
    passed, checks, precision, recall = int(m[1]), int(m[2]), float(m[3]), float(m[4])
    assert checks > 0
    assert passed / checks >= 0.98, report
    assert precision == 1.0 and recall == 1.0, report
