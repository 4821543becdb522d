"""What people extraction costs `zhenzhi ingest`: the same generated pages ingested with and without it.

usage: .venv/bin/python bench/people_bench.py [--n 5000] [--rounds 2] [--out /tmp/people_bench]

Pages come from bench/search_bench.py's generator (seed sentences recombined under random Jiangsu
towns, so the officials of the seed pages recur throughout). Each round ingests the pages into a
fresh archive twice through the whole pipeline (parse, tag, store, index, worker processes as in
`zhenzhi ingest`): once as shipped, once with a tagger that leaves people out. Rounds alternate the
order; the best time of each variant is reported.
"""

import argparse
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import pipeline  # noqa: E402
from app.config import Settings  # noqa: E402
from app.db import make_engine, migrate  # noqa: E402
from app.parsing.model import ParsedArticle  # noqa: E402
from app.places.gazetteer import load_gazetteer  # noqa: E402
from app.places.tagger import tag_page  # noqa: E402
from app.tagging import PageTagger, StoredTags, stored, texts_of  # noqa: E402
from bench.search_bench import generate, write_pages  # noqa: E402


class PlacesOnlyTagger(PageTagger):
    """The shipped tagger without people: what ingest cost before extraction."""

    def __call__(self, articles: list[ParsedArticle]) -> list[StoredTags]:
        gazetteer = load_gazetteer()
        return [stored(gazetteer, t, []) for t in tag_page(gazetteer, texts_of(articles), self.home_region)]


def ingest_once(pages: Path, data: Path, with_people: bool) -> tuple[float, int, int]:
    shutil.rmtree(data, ignore_errors=True)
    settings = Settings(data_dir=data)
    migrate(settings)
    engine = make_engine(settings)
    make = pipeline.make_tagger
    if not with_people:
        pipeline.make_tagger = lambda s: PlacesOnlyTagger(s.home_region)  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        report = pipeline.ingest_and_index(settings, engine, [pages])
        seconds = time.perf_counter() - started
    finally:
        pipeline.make_tagger = make
    with engine.connect() as connection:
        posts = connection.exec_driver_sql("SELECT count(*) FROM person_post").scalar_one()
    engine.dispose()
    return seconds, report.articles + report.photos, posts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/people_bench"))
    args = ap.parse_args()
    pages = args.out / "pages"
    write_pages(generate(args.n), pages)
    best: dict[bool, float] = {}
    for round_ in range(args.rounds):
        for with_people in ((True, False) if round_ % 2 == 0 else (False, True)):
            seconds, articles, posts = ingest_once(pages, args.out / "data", with_people)
            best[with_people] = min(best.get(with_people, seconds), seconds)
            print(f"round {round_ + 1} {'with' if with_people else 'without'} people: {seconds:.1f} s, "
                  f"{articles} articles, {posts} posts stored", flush=True)
    print(f"best: without {best[False]:.1f} s, with {best[True]:.1f} s, "
          f"extraction adds {100 * (best[True] / best[False] - 1):+.1f}%")


if __name__ == "__main__":
    main()
