"""What people extraction costs `zhenzhi ingest`: the same generated pages ingested with and without it.

usage: .venv/bin/python bench/people_bench.py [--n 5000] [--rounds 2] [--out /tmp/people_bench]

Pages come from bench/search_bench.py's generator (seed sentences recombined under random Jiangsu
towns, so the officials of the seed pages recur throughout). Each round ingests the pages into a
fresh archive twice through the whole pipeline (parse, tag, store, index, worker processes as in
`zhenzhi ingest`): once as shipped, once with a tagger that leaves people out. Rounds alternate the
order; the best time of each variant is reported, as wall time and as CPU time of this process and
its worker processes (on a shared machine the CPU time is the steadier measure).
"""

import argparse
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.jobs import ingest, pipeline  # noqa: E402
from app.config import Settings  # noqa: E402
from app.archive.db import make_engine, migrate  # noqa: E402
from app.parsing.model import ParsedArticle  # noqa: E402
from app.places.gazetteer import load_gazetteer  # noqa: E402
from app.places.tagger import tag_page  # noqa: E402
from app.jobs.tagging import PageTagger, StoredTags, stored, texts_of  # noqa: E402
from bench.search_bench import generate, write_pages  # noqa: E402


class PlacesOnlyTagger(PageTagger):
    """The shipped tagger without people: what ingest cost before extraction."""

    def __call__(self, articles: list[ParsedArticle]) -> list[StoredTags]:
        gazetteer = load_gazetteer()
        return [stored(gazetteer, t, []) for t in tag_page(gazetteer, texts_of(articles), self.home_region)]


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the ingest workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ingest_once(pages: Path, data: Path, with_people: bool) -> tuple[float, float, int, int]:
    shutil.rmtree(data, ignore_errors=True)
    settings = Settings(data_dir=data)
    migrate(settings)
    engine = make_engine(settings)
    make = pipeline.make_tagger
    if not with_people:
        pipeline.make_tagger = lambda s: PlacesOnlyTagger(s.home_region)  # type: ignore[assignment]
    try:
        started, cpu_started = time.perf_counter(), cpu_seconds()
        report = pipeline.ingest_and_index(settings, engine, [pages])
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    finally:
        pipeline.make_tagger = make
    with engine.connect() as connection:
        posts = connection.exec_driver_sql("SELECT count(*) FROM person_post").scalar_one()
    engine.dispose()
    return seconds, cpu, report.articles + report.photos, posts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/people_bench"))
    ap.add_argument("--one-process", action="store_true",
                    help="no worker processes: the steadiest CPU figure on a busy machine")
    args = ap.parse_args()
    if args.one_process:
        ingest.PARALLEL_FROM_FILES = 10**9
    pages = args.out / "pages"
    write_pages(generate(args.n), args.n, pages)
    wall: dict[bool, float] = {}
    cpu: dict[bool, float] = {}
    for round_ in range(args.rounds):
        for with_people in ((True, False) if round_ % 2 == 0 else (False, True)):
            seconds, cpu_used, articles, posts = ingest_once(pages, args.out / "data", with_people)
            wall[with_people] = min(wall.get(with_people, seconds), seconds)
            cpu[with_people] = min(cpu.get(with_people, cpu_used), cpu_used)
            print(f"round {round_ + 1} {'with' if with_people else 'without'} people: {seconds:.1f} s wall, "
                  f"{cpu_used:.1f} s CPU, {articles} articles, {posts} posts stored", flush=True)
    print(f"best wall: without {wall[False]:.1f} s, with {wall[True]:.1f} s "
          f"({100 * (wall[True] / wall[False] - 1):+.1f}%); best CPU: without {cpu[False]:.1f} s, "
          f"with {cpu[True]:.1f} s ({100 * (cpu[True] / cpu[False] - 1):+.1f}%)")


if __name__ == "__main__":
    main()
