"""Page-cutting development set: ingest folders of pages, export, score against gold.

    .venv/bin/python bench/page_devset.py PAGES_DIR [PAGES_DIR ...] --gold GOLD_DIR [--before REF]

Each PAGES_DIR (e.g. the wide and narrow-column variants of the same pages) is ingested into a
fresh temporary archive with the real command line (`zhenzhi ingest`, `zhenzhi export`), then
scored by ../shared/tools/score_parse.py against GOLD_DIR (parse checks only, no places): one
line per page and one for the folder, parse-check %, article precision and recall.
With `--before REF` the same runs with the code of git revision REF too (its `app/` and
`migrations/` exported to a temporary folder), side by side. The pages themselves are not in
the repository: docs/devset/pages.md lists their sources and how they were laid out.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_parse.py"
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
            totals = {label: score(exports[label], args.gold, verbose=args.verbose) for label in codes}
            print(f"  {'all':<12} " + "  |  ".join(fmt(totals[label][0]) for label in codes))
            if args.verbose:
                print("".join(line + "\n" for line in totals["now"][1].splitlines() if line.startswith("FAIL")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
