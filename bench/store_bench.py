"""The store alone, into an empty archive or a large one: CPU milliseconds a page, and the commits' share.

    .venv/bin/python bench/store_bench.py PAGES                         # into an empty archive
    .venv/bin/python bench/store_bench.py PAGES --archive ARCHIVE.db    # into a copy of an existing archive
    .venv/bin/python bench/store_bench.py PAGES --archive ARCHIVE.db --deferred  # … as during a load
    PYTHONPATH=/tmp/older .venv/bin/python bench/store_bench.py PAGES --archive ARCHIVE.db  # another checkout

PAGES is a folder of page files whose names the archive does not hold yet (say the first 300 of
`bench/ingest_bench.py`'s, renamed). They are read, parsed and tagged first; then, clock running, each is
stored in its own transaction as `zhenzhi ingest` stores it, and the write-ahead log is copied into the
database at the end (what the next reader would otherwise find). The archive is a fresh copy on every run
(`--work`, emptied first). Shows how the store grows with the archive: every insert lands on other pages of
the tables' indexes, since article ids are hashes.
"""

import argparse
import os
import shutil
import time
from pathlib import Path

from ingest_one_process import open_archive  # bench/ is the script's folder
from measure import _cpu_s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path)
    ap.add_argument("--archive", type=Path, help="an archive.db to store into (a copy of it)")
    ap.add_argument("--deferred", action="store_true",
                    help="without the indexes only readers use, as during a load into an empty archive "
                         "(app/archive/bulk.py)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/store_bench"), help="the data folder, emptied first")
    args = ap.parse_args()
    shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True)
    if args.archive:
        shutil.copy(args.archive, args.work / "archive.db")
    settings, engine = open_archive(args.work)
    if args.deferred:
        from app.archive.bulk import drop_readers_indexes

        with engine.begin() as connection:
            drop_readers_indexes(connection)

    from sqlmodel import Session

    from app.jobs.ingest import IngestReport, discover, store_page
    from app.jobs.reading import read_and_analyse
    from app.jobs.tagging import make_tagger

    tag = make_tagger(settings)
    pages = []
    made = 0.0
    for path, file in discover([args.pages])[0]:
        analysed = read_and_analyse(path, file, None, tag)
        pages.append(analysed)
        made += analysed.seconds["store"][1]  # the rows' values, made beside the parse: the store's work too

    committing = [0.0]
    commit = Session.commit

    def timed_commit(session: Session) -> None:
        started = _cpu_s()
        commit(session)
        committing[0] += _cpu_s() - started

    Session.commit = timed_commit  # type: ignore[method-assign]
    report = IngestReport()
    started, wall = _cpu_s(), time.perf_counter()
    for analysed in pages:
        with Session(engine) as session:
            store_page(session, analysed, report)
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    spent, wall = _cpu_s() - started + made, time.perf_counter() - wall
    print(f"{len(pages)} pages, {report.articles} articles stored in {spent:.2f} s CPU ({wall:.1f} s wall): "
          f"{1000 * spent / len(pages):.2f} ms a page, of which commits {1000 * committing[0] / len(pages):.2f} "
          f"(load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
