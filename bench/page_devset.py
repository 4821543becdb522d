"""Page-cutting development set: ingest folders of pages, export, score against gold.

    .venv/bin/python bench/page_devset.py PAGES_DIR [PAGES_DIR ...] --gold GOLD_DIR [--before REF]

Each PAGES_DIR (e.g. the wide and narrow-column variants of the same pages) is ingested into a
fresh temporary archive with the real command line (`zhenzhi ingest`, `zhenzhi export`), then
scored by ../shared/tools/score_parse.py against GOLD_DIR (parse checks only, no places): one
line per page and one for the folder, parse-check %, article precision and recall, then per
layout class named in the gold items' optional `classes` field, how many of its items came
out whole (every check passed) and how many checks failed.
With `--before REF` the same runs with the code of git revision REF too (its `app/` and
`migrations/` exported to a temporary folder), side by side. The pages themselves are not in
the repository: docs/devset/pages.md lists their sources and how they were laid out.
"""

from __future__ import annotations

import argparse
from collections import Counter
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_parse.py"
FAILED = re.compile(r"^FAIL (\S{3}) «(.*?)»:")
SUMMARY = re.compile(r"parse score: (\d+)/(\d+) checks \(([\d.]+)%\)\s+articles P=([\d.]+) R=([\d.]+)")


def run_cli(code_dir: Path, data_dir: Path, *args: str) -> str:
    """Run `zhenzhi ARGS` with the app package found in code_dir."""
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data_dir), "PYTHONPATH": str(code_dir)}
    command = [sys.executable, "-c", "from app.cli import main; main()", *args]
    done = subprocess.run(command, cwd=code_dir, env=env, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):  # 1: some files rejected, reported on stderr
        raise SystemExit(f"zhenzhi {' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return done.stdout


def export_folder(code_dir: Path, pages: Path, work: Path) -> Path:
    data = Path(tempfile.mkdtemp(dir=work))
    run_cli(code_dir, data, "ingest", "--no-progress", str(pages.resolve()))
    out = data / "out.jsonl"
    out.write_text(run_cli(code_dir, data, "export"), encoding="utf-8")
    return out


def score(export: Path, gold: Path, only: str | None = None, verbose: bool = False) -> tuple[tuple, str]:
    args = [sys.executable, str(SCORER), str(export), str(gold), "--no-places"]
    if only:
        args.append(f"--files={only}")
    if verbose:
        args.append("-v")
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    m = SUMMARY.search(out)
    if not m:
        raise SystemExit(f"unexpected scorer output:\n{out}")
    passed, total, pct, p, r = m.groups()
    return (int(passed), int(total), float(pct), float(p), float(r)), out


def by_class(gold: Path, report: str) -> dict[str, tuple[int, int, int]]:
    """Per layout class named in the gold items' `classes`: items, items with every check
    passed, failed checks. Extra articles are counted under "extra articles"."""
    failures: Counter[tuple[str, str]] = Counter()
    extra = 0
    for line in report.splitlines():
        m = FAILED.match(line)
        if line.startswith("FAIL ") and " extra article " in line:
            extra += 1
        elif m:
            failures[(m[1], m[2])] += 1
    table: dict[str, list[int]] = {}
    for path in sorted(gold.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for item in data["items"]:
            key = (data["file"][:3], item["title"] or item["body_start"])
            for name in item.get("classes", []):
                row = table.setdefault(name, [0, 0, 0])
                row[0] += 1
                row[1] += failures[key] == 0
                row[2] += failures[key]
    table["extra articles"] = [0, 0, extra]
    return {name: tuple(row) for name, row in table.items()}


def code_at(ref: str, work: Path) -> Path:
    """app/ and migrations/ of git revision REF, exported to a folder."""
    target = Path(tempfile.mkdtemp(dir=work))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "app", "migrations"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def fmt(s: tuple) -> str:
    return f"{s[0]:>4}/{s[1]:<4} {s[2]:5.1f}%  P={s[3]:.3f} R={s[4]:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages", nargs="+", type=Path, help="folders of page files")
    parser.add_argument("--gold", type=Path, required=True, help="folder of gold JSON files")
    parser.add_argument("--before", help="git revision to compare against (e.g. main)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list failed checks (current code)")
    args = parser.parse_args()
    names = sorted(p.stem for p in args.gold.glob("*.json"))
    with tempfile.TemporaryDirectory(prefix="page-devset-") as tmp:
        work = Path(tmp)
        codes = {"now": ROOT}
        if args.before:
            codes = {"before": code_at(args.before, work), "now": ROOT}
        for folder in args.pages:
            exports = {label: export_folder(code, folder, work) for label, code in codes.items()}
            print(f"== {folder}  ({' | '.join(codes)})")
            for name in names:
                cells = [fmt(score(exports[label], args.gold, only=name)[0]) for label in codes]
                print(f"  {name:<12} " + "  |  ".join(cells))
            totals = {label: score(exports[label], args.gold, verbose=True) for label in codes}
            print(f"  {'all':<12} " + "  |  ".join(fmt(totals[label][0]) for label in codes))
            classes = {label: by_class(args.gold, totals[label][1]) for label in codes}
            for name in sorted(classes["now"]):
                cells = []
                for label in codes:
                    items, whole, failed = classes[label][name]
                    cells.append(f"{failed:>3} failed checks" if not items
                                 else f"{whole:>2}/{items:<2} items whole, {failed:>3} failed checks")
                print(f"    {name:<36} " + "  |  ".join(cells))
            if args.verbose:
                print("".join(line + "\n" for line in totals["now"][1].splitlines() if line.startswith("FAIL")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
