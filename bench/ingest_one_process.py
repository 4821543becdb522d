"""Ingest in one process, steady state: CPU seconds per stage without worker start-up, and the export's hash.

    .venv/bin/python bench/ingest_one_process.py PAGES DATA                      # this checkout
    PYTHONPATH=/tmp/older .venv/bin/python bench/ingest_one_process.py PAGES DATA  # another checkout's code
    .venv/bin/python bench/ingest_one_process.py PAGES DATA --profile out.prof    # and a cProfile

PAGES is a folder of page files (say the first 300 of `bench/ingest_bench.py`'s); DATA a data folder,
emptied first. The gazetteer and the word list are built before the clock starts, then
`ingest_and_index(..., workers=1)` runs over PAGES; the CPU seconds of each stage come from the same
clock as `zhenzhi ingest --timings`. Run two versions one right after the other: on a shared machine
that is the steadiest comparison. The export's hash (`ingested_at` left out) tells whether their
output is the same.
"""

import argparse
import cProfile
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def open_archive(data: Path):  # type: ignore[no-untyped-def]
    """Settings and engine of the SQLite archive in `data` (made and migrated when new), places loaded."""
    os.environ["ZHENZHI_DATA_DIR"] = str(data)
    os.environ.pop("ZHENZHI_DATABASE_URL", None)
    from app.archive.db import make_engine, migrate
    from app.config import Settings
    from app.jobs.pipeline import ensure_places

    settings = Settings()
    migrate(settings)
    engine = make_engine(settings)
    ensure_places(engine)
    return settings, engine


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("data", type=Path)
    ap.add_argument("--profile", type=Path, help="write a cProfile of the ingest here")
    args = ap.parse_args()
    shutil.rmtree(args.data, ignore_errors=True)
    settings, engine = open_archive(args.data)

    from app.jobs.pipeline import ingest_and_index
    from app.jobs.tagging import make_tagger
    from app.parsing import parse_page
    from app.people.names import dictionary
    from app.places.gazetteer import load_gazetteer

    load_gazetteer()
    dictionary()  # the word list of people's names
    make_tagger(settings)(parse_page("苏州市吴中区木渎镇召开会议。\n\n张三说"))
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    report = ingest_and_index(settings, engine, [args.pages], workers=1)
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    print(report.summary())
    for stage, (_, cpu) in report.stages.seconds.items():
        print(f"{stage:8s} {cpu:6.2f} s CPU")
    print(f"{'all':8s} {sum(cpu for _, cpu in report.stages.seconds.values()):6.2f} s CPU")
    exported = subprocess.run([sys.executable, "-c", "from app.cli import main; main()", "export"],
                              capture_output=True, check=True).stdout.decode()
    exported = re.sub(r'"ingested_at": "[^"]*"', '"ingested_at": null', exported)
    print("export", exported.count("\n"), "records, sha256", hashlib.sha256(exported.encode()).hexdigest()[:16])


if __name__ == "__main__":
    main()
