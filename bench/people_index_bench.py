"""What the person field and facet cost the search index: one archive's documents indexed with and without
the names of their people.

usage: .venv/bin/python bench/people_index_bench.py DATA_DIR [--rounds 3]

DATA_DIR is an archive with people (e.g. the one `bench/people_bench.py --out /tmp/people_bench_one` leaves
in `/tmp/people_bench_one/data`). Each round rebuilds the index of all its articles in this process into
a temporary folder, once as stored and once with every article's people left out, alternating the
order; the best CPU time of each is reported.
"""

import argparse
import copy
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.archive.db import make_engine  # noqa: E402
from app.config import Settings  # noqa: E402
from app.jobs.indexing import all_docs  # noqa: E402
from app.search import ArchiveIndex  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = make_engine(Settings(data_dir=args.data_dir))
    with_people = list(all_docs(engine))
    without = [copy.copy(doc) for doc in with_people]
    for doc in without:
        doc.people = []
    print(f"{len(with_people)} articles, {sum(len(d.people) for d in with_people)} names")
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(args.rounds):
            variants = [("with", with_people), ("without", without)]
            for name, docs in variants if round_ % 2 == 0 else variants[::-1]:
                folder = Path(tmp) / name
                shutil.rmtree(folder, ignore_errors=True)
                start = time.process_time()
                ArchiveIndex(folder, procs=1, segment_docs=len(docs) + 1).rebuild(docs, generation=1)
                spent = time.process_time() - start
                best[name] = min(best.get(name, spent), spent)
                print(f"round {round_ + 1} {name} people: {spent:.2f} s CPU")
    print(f"best CPU: without {best['without']:.2f} s, with {best['with']:.2f} s "
          f"({(best['with'] / best['without'] - 1) * 100:+.1f}%)")


if __name__ == "__main__":
    main()
