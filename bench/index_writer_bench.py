"""One index writer's segment, in this process: CPU seconds reading the articles from the database, adding
them to a writer (cutting, signatures, sorted runs) and finishing the segment (postings file, columns).

    .venv/bin/python bench/index_writer_bench.py DATA --docs 21000            # this checkout
    PYTHONPATH=/tmp/older .venv/bin/python bench/index_writer_bench.py DATA   # another checkout's code
    .venv/bin/python bench/index_writer_bench.py DATA --profile out.prof      # and a cProfile

DATA is a data folder whose archive is only read (a copy of one is safest: opening it may add SQLite's
write-ahead files); the segment is written into `--out`, emptied first. A rebuild of 125,000 articles on two
cores writes six segments of about 21,000, so `--docs 21000` is one sixth of that index stage.
"""

import argparse
import cProfile
import os
import shutil
from itertools import islice
from pathlib import Path

from measure import _cpu_s  # bench/ is the script's folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--docs", type=int, default=21_000)
    ap.add_argument("--out", type=Path, default=Path("/tmp/index_writer_bench"))
    ap.add_argument("--profile", type=Path)
    args = ap.parse_args()
    os.environ["ZHENZHI_DATA_DIR"] = str(args.data)
    os.environ.pop("ZHENZHI_DATABASE_URL", None)
    from whoosh import index as windex

    from app.archive.db import make_engine
    from app.config import Settings
    from app.jobs.indexing import all_docs
    from app.search.schema import make_schema
    from app.search.writer import BulkWriter

    engine = make_engine(Settings())
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.mkdir(parents=True)
    windex.create_in(str(args.out), make_schema())
    profile = cProfile.Profile() if args.profile else None
    if profile:
        profile.enable()
    started = _cpu_s()
    docs = list(islice(all_docs(engine), args.docs))
    read = _cpu_s()
    writer = BulkWriter(windex.open_dir(str(args.out)), lock=False)
    writer.add_docs(docs)
    added = _cpu_s()
    writer.finish_segment()
    finished = _cpu_s()
    if profile:
        profile.disable()
        profile.dump_stats(args.profile)
    print(f"{len(docs)} documents: read {read - started:.2f}, add {added - read:.2f}, finish {finished - added:.2f}, "
          f"in all {finished - started:.2f} s CPU (load {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
