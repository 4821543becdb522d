"""The parser against the hand-made gold of the public seed pages, scored by the shared scorer."""

import contextlib
import io
import json
import pathlib
import re
import runpy
import sys

import pytest

from app.parsing import decode_page, parse_page

from tests.helpers import gold_page_files, page_gold_dir, REPO, SCORER, SHARED, require_shared_gold


@pytest.fixture(autouse=True)
def shared_gold() -> None:
    require_shared_gold()


def export_gold_pages(path: pathlib.Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for name in gold_page_files():
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
    export_gold_pages(export)
    scorer = runpy.run_path(str(SCORER))
    monkeypatch.setattr(sys, "argv", ["score_parse.py", str(export), str(page_gold_dir(tmp_path)), "--no-places", "-v"])
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
