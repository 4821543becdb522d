"""The parse stage alone: CPU seconds to cut page files into articles, and a hash of what came out.

    .venv/bin/python bench/parse_bench.py PAGES [PAGES ...]                        # this checkout
    PYTHONPATH=/tmp/older .venv/bin/python bench/parse_bench.py PAGES [PAGES ...]  # another checkout's code
    .venv/bin/python bench/parse_bench.py PAGES --profile parse.prof               # and a cProfile
    .venv/bin/python bench/parse_bench.py PAGES --dump parsed.jsonl                # every article, to compare
    .venv/bin/python bench/parse_bench.py PAGES --tag                              # as in an ingest worker

Every `*.txt` under each PAGES folder is read, decoded and stripped of its masthead as the ingest
does (not timed), then `parse_page` runs over all of them `--repeat` times in this one process.
Prints pages, articles, the CPU seconds of the parsing (best of the repeats: on a shared machine the
least disturbed run is the steadiest figure) and per article, and a sha256 over every parsed article
(all fields, provenance included): two versions whose hashes match cut every page the same way.
With `--tag`, each page's places are tagged right after it is cut (not timed), as an ingest worker
does: the parse then costs what it costs there, beside the tagger's objects and caches.
"""

import argparse
import cProfile
import dataclasses
import hashlib
import json
import resource
from collections.abc import Iterable
from pathlib import Path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_pages(folders: list[Path]) -> list[tuple[str, str]]:
    """(path, text) of every `*.txt` under the folders, decoded and without its masthead as the ingest
    reads it; files the ingest would reject are left out."""
    from app.parsing import PageRejected, decode_page
    from app.sources.masthead import without_masthead

    texts: list[tuple[str, str]] = []
    for folder in folders:
        for path in sorted(folder.rglob("*.txt")):
            try:
                texts.append((str(path), without_masthead(decode_page(path.read_bytes()).text)))
            except PageRejected:
                continue
    return texts


def json_lines(records: Iterable[dict]) -> tuple[list[str], str]:
    """Each record as a line of JSON, and a sha256 over all the lines (its first 16 hex digits)."""
    digest = hashlib.sha256()
    lines = []
    for record in records:
        line = json.dumps(record, ensure_ascii=False)
        digest.update(line.encode() + b"\n")
        lines.append(line)
    return lines, digest.hexdigest()[:16]


def parse_and_tag(texts: list[str], parse_page, tag) -> tuple[list, float]:
    """Each page cut (timed) and its places tagged (not timed); the parsed pages and the CPU seconds."""
    parsed, spent = [], 0.0
    for text in texts:
        start = cpu_seconds()
        articles = parse_page(text)
        spent += cpu_seconds() - start
        tag(articles)
        parsed.append(articles)
    return parsed, spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pages", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", type=Path, help="write a cProfile of one pass here")
    ap.add_argument("--dump", type=Path, help="write every parsed article here, one JSON line each")
    ap.add_argument("--tag", action="store_true", help="tag each page's places after cutting it (not timed)")
    args = ap.parse_args()

    from app.parsing import parse_page

    texts = read_pages(args.pages)
    parse_page(texts[0][1])  # imports and compiled patterns, before the clock starts
    tag = None
    if args.tag:
        from app.config import Settings
        from app.jobs.tagging import PageTagger

        tag = PageTagger(Settings().home_region)
        tag(parse_page(texts[0][1]))  # the gazetteer, before the clock starts

    best, parsed = float("inf"), []
    for _ in range(max(1, args.repeat)):
        if tag is None:
            start = cpu_seconds()
            parsed = [parse_page(text) for _, text in texts]
            best = min(best, cpu_seconds() - start)
        else:
            parsed, spent = parse_and_tag([text for _, text in texts], parse_page, tag)
            best = min(best, spent)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(lambda: [parse_page(text) for _, text in texts])
        profile.dump_stats(args.profile)

    lines, digest = json_lines({"file": name, **dataclasses.asdict(article)}
                               for (name, _), articles in zip(texts, parsed) for article in articles)
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(lines)
    print(f"{len(texts)} pages, {n} articles: parse {best:.3f} s CPU (best of {max(1, args.repeat)}), "
          f"{1000 * best / max(n, 1):.3f} ms an article; sha256 {digest}")


if __name__ == "__main__":
    main()
