"""The place tagger alone: CPU seconds to tag parsed pages, the gazetteer's load, and a hash of every tag.

    .venv/bin/python bench/place_bench.py PAGES [PAGES ...]                        # this checkout
    PYTHONPATH=/tmp/older .venv/bin/python bench/place_bench.py PAGES [PAGES ...]  # another checkout's code
    .venv/bin/python bench/place_bench.py PAGES --profile places.prof              # and a cProfile
    .venv/bin/python bench/place_bench.py PAGES --dump tags.jsonl                  # every article's tags

Every `*.txt` under each PAGES folder is read and parsed as the ingest does (not timed), then
`tag_page` tags each page's articles `--repeat` times in this one process. Prints the CPU seconds of
loading the gazetteer (the first load of the process), pages, articles, the CPU seconds of the tagging
(best of the repeats: on a shared machine the least disturbed run is the steadiest figure) and per
article, and a sha256 over every article's primary place and mentions: two versions whose hashes
match tag every article alike.
"""

import argparse
import cProfile
import dataclasses
from pathlib import Path

from parse_bench import cpu_seconds, json_lines, read_pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=3, help="tag every page this many times, keep the best")
    ap.add_argument("--profile", type=Path, help="and write a cProfile of one more pass here")
    ap.add_argument("--dump", type=Path, help="write the tags of every article here, one JSON line each")
    args = ap.parse_args()

    from app.jobs.tagging import texts_of
    from app.parsing import parse_page
    from app.places.gazetteer import load_gazetteer
    from app.places.tagger import tag_page

    pages = [(name, texts_of(parse_page(text))) for name, text in read_pages(args.pages)]
    start = cpu_seconds()
    gazetteer = load_gazetteer()
    loaded = cpu_seconds() - start
    tag_page(gazetteer, pages[0][1])  # compiled patterns and first-use tables, before the clock starts

    best, tagged = float("inf"), []
    for _ in range(max(1, args.repeat)):
        start = cpu_seconds()
        tagged = [tag_page(gazetteer, articles) for _, articles in pages]
        best = min(best, cpu_seconds() - start)
    if args.profile:
        # the names go in as globals: a comprehension run by exec does not see the locals given
        cProfile.runctx("[tag_page(gazetteer, articles) for _, articles in pages]",
                        {"tag_page": tag_page, "gazetteer": gazetteer, "pages": pages}, {}, str(args.profile))

    lines, digest = json_lines({"file": name, "seq": seq, **dataclasses.asdict(article_tags)}
                               for (name, _), tags in zip(pages, tagged) for seq, article_tags in enumerate(tags))
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(lines)
    print(f"gazetteer loaded in {loaded:.2f} s CPU; {len(pages)} pages, {n} articles: places {best:.3f} s CPU "
          f"(best of {max(1, args.repeat)}), {1000 * best / max(n, 1):.3f} ms an article; "
          f"sha256 {digest}")


if __name__ == "__main__":
    main()
