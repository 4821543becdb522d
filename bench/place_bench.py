"""The place tagger alone: CPU seconds to tag parsed pages, the gazetteer's load, and a hash of every tag.

    .venv/bin/python bench/place_bench.py PAGES [PAGES ...]                        # this checkout
    PYTHONPATH=/tmp/older .venv/bin/python bench/place_bench.py PAGES [PAGES ...]  # another checkout's code
    .venv/bin/python bench/place_bench.py PAGES --profile places.prof              # and a cProfile
    .venv/bin/python bench/place_bench.py PAGES --dump tags.jsonl                  # every article's tags

Every `*.txt` under each PAGES folder is read, decoded, stripped of its masthead and parsed as the
ingest does (not timed), then `tag_page` tags each page's articles `--repeat` times in this one
process. Prints the CPU seconds of loading the gazetteer (the first load of the process), pages,
articles, the CPU seconds of the tagging (best of the repeats) and per article, and a sha256 over
every article's primary place and mentions: two versions whose hashes match tag every article alike.
"""

import argparse
import cProfile
import dataclasses
import hashlib
import json
import resource
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="write a cProfile of one pass here")
    ap.add_argument("--dump", type=Path, help="write every article's tags here, one JSON line each")
    args = ap.parse_args()

    from app.jobs.tagging import texts_of
    from app.parsing import PageRejected, decode_page, parse_page
    from app.places.gazetteer import load_gazetteer
    from app.places.tagger import tag_page
    from app.sources.masthead import without_masthead

    pages = []
    for folder in args.pages:
        for path in sorted(folder.rglob("*.txt")):
            try:
                text = without_masthead(decode_page(path.read_bytes()).text)
            except PageRejected:
                continue
            pages.append((str(path), texts_of(parse_page(text))))

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
        profile = cProfile.Profile()
        profile.runcall(lambda: [tag_page(gazetteer, articles) for _, articles in pages])
        profile.dump_stats(args.profile)

    digest = hashlib.sha256()
    lines = []
    for (name, _), tags in zip(pages, tagged):
        for seq, article_tags in enumerate(tags):
            line = json.dumps({"file": name, "seq": seq, **dataclasses.asdict(article_tags)}, ensure_ascii=False)
            digest.update(line.encode() + b"\n")
            lines.append(line)
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(lines)
    print(f"gazetteer loaded in {loaded:.2f} s CPU; {len(pages)} pages, {n} articles: places {best:.3f} s CPU "
          f"(best of {max(1, args.repeat)}), {1000 * best / max(n, 1):.3f} ms an article; "
          f"sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
