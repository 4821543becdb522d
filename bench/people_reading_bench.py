"""Finding people alone: CPU seconds of the parser's reading of people and of the ingest's people stage.

    .venv/bin/python bench/people_reading_bench.py PAGES [PAGES ...]                       # this checkout
    .venv/bin/python bench/people_reading_bench.py PAGES --checkout /tmp/older            # another's code

Every `*.txt` under PAGES is read and cut into articles as the ingest does (not timed). Then, each the
best of `--repeat` runs in this one process:
- the parser's reading: the names of the people each distinct paragraph the parser asks about gives a
  post, as the parser reads them (every paragraph once: the parser keeps what it read);
- the people stage: the people of every article with their posts' places, each page's places tagged
  right before it (not timed) as an ingest worker does, so the folds the tagger keeps are warm.
Each prints a sha256 over what it found (names sorted; every person, post and place): two versions whose
hashes match find the same people.
"""

import argparse
import hashlib
import resource
import sys
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    sys.path[:0] = [str(args.checkout), str(args.checkout / "bench")]

    from parse_bench import read_pages

    from app.config import Settings
    from app.jobs.tagging import texts_of
    from app.parsing import parse_page
    from app.parsing.continuations import reunite
    from app.people import extract
    from app.people.article import article_people
    from app.places.gazetteer import load_gazetteer
    from app.places.tagger import tag_page

    paragraphs: dict[str, None] = {}  # in the order the parser first asks
    read_text = reunite._people.__wrapped__

    def recorded(parts: tuple[str, ...]) -> frozenset[str]:
        paragraphs.update(dict.fromkeys(parts))
        return read_text(parts)

    reunite._people = recorded
    pages = [parse_page(text) for _, text in read_pages(args.pages)]
    if hasattr(extract, "names_in_folded"):
        read = extract.names_in_folded.__wrapped__
    else:  # the parser's reading before it had its own entry point
        def read(paragraph: str) -> frozenset[str]:
            if not extract.may_name_anyone(paragraph):
                return frozenset()
            return frozenset(person.name for person in extract.extract_people((paragraph,)))

    best, names = float("inf"), []
    for _ in range(max(1, args.repeat)):
        start = cpu_seconds()
        names = [read(paragraph) for paragraph in paragraphs]
        best = min(best, cpu_seconds() - start)
    print(f"parser's reading: {len(paragraphs)} paragraphs, {best:.3f} s CPU (best of {args.repeat}); "
          f"sha256 {digest([sorted(found) for found in names])}")

    gazetteer, home = load_gazetteer(), Settings().home_region
    home_code = gazetteer.find(home).code
    work = []
    for articles in filter(None, pages):
        texts = texts_of(articles)
        work.append((texts, [a.authors for a in articles], tag_page(gazetteer, texts, home)))
    best, people = float("inf"), []
    for _ in range(max(1, args.repeat)):
        spent, people = 0.0, []
        for texts, authors, tags in work:
            tag_page(gazetteer, texts, home)
            start = cpu_seconds()
            people.append([article_people(gazetteer, text, bylines, tag, home_code)
                           for text, bylines, tag in zip(texts, authors, tags)])
            spent += cpu_seconds() - start
        best = min(best, spent)
    print(f"people stage: {sum(map(len, people))} articles, {best:.3f} s CPU (best of {args.repeat}); "
          f"sha256 {digest(people)}")


if __name__ == "__main__":
    main()
