"""Place tagging measured on a development set of real local news texts.

    .venv/bin/python bench/place_devset.py /work/devset/places docs/devset/places.tsv [-v] [--class shared_name]

The texts are third-party and live outside the repository, one file per text named
`<id>.txt`; `docs/devset/places.tsv` holds what a reader labelled by hand against the
gazetteer (primary city, county, town — empty where the text does not say or concerns a
county or zone as a whole — the other towns named, the class of difficulty, the source URL).

Each text is tagged as one article on a page of its own. Its first line is the title when it
looks like a headline (at most 40 characters, not ending a sentence, and more text follows);
otherwise the whole text is the body.

Prints, overall and per class, how many texts got the county right and the county and town
both right, and how many texts about somewhere else got a Suzhou or Nantong town, then the time
the tagger took per text; `-v` lists every failure, gold → tagged.
"""

import argparse
import csv
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.places.gazetteer import load_gazetteer  # noqa: E402
from app.places.model import ArticleText, PrimaryPlace  # noqa: E402
from app.places.names import fold  # noqa: E402
from app.places.tagger import tag_page  # noqa: E402

HOME_CITIES = ("苏州市", "南通市")
_HEADLINE_MAX = 40
_SENTENCE_ENDS = tuple("。!?！？;；")


@dataclass(frozen=True)
class Label:
    id: str
    cls: str
    city: str | None
    county: str | None
    town: str | None
    url: str


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return [Label(r["id"], r["class"], r["city"] or None, r["county"] or None, r["town"] or None, r["url"])
            for r in rows]


def as_article(text: str) -> ArticleText:
    """The first line is the title when it looks like a headline; the rest is the body."""
    lines = [line.strip() for line in text.strip().splitlines()]
    first, rest = lines[0], "\n".join(line for line in lines[1:] if line)
    if rest and len(first) <= _HEADLINE_MAX and not first.endswith(_SENTENCE_ENDS):
        return ArticleText(title=first, kicker=None, subtitle=None, body=rest)
    return ArticleText(title=None, kicker=None, subtitle=None, body="\n".join(line for line in lines if line))


def _same(gold: str | None, got: str | None) -> bool:
    return (gold and fold(gold)) == (got and fold(got))


def describe(city: str | None, county: str | None, town: str | None) -> str:
    return "/".join(level or "—" for level in (city, county, town))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("texts", type=Path, help="folder of <id>.txt files")
    parser.add_argument("labels", type=Path, help="the labels TSV (docs/devset/places.tsv)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failure")
    parser.add_argument("--class", dest="only", help="measure one class only")
    parser.add_argument("--home-region", default="江苏省")
    args = parser.parse_args()

    gazetteer = load_gazetteer()
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # texts, county, county+town, foreign hit
    failures: list[str] = []
    missing = 0
    tagging = 0.0  # seconds spent in the tagger, the gazetteer's loading apart
    for label in read_labels(args.labels):
        if args.only and label.cls != args.only:
            continue
        path = args.texts / f"{label.id}.txt"
        if not path.exists():
            missing += 1
            print(f"missing: {path}", file=sys.stderr)
            continue
        article = as_article(path.read_text(encoding="utf-8"))
        started = time.perf_counter()
        place: PrimaryPlace | None = tag_page(gazetteer, [article], args.home_region)[0].place
        tagging += time.perf_counter() - started
        city, county, town = (place.city, place.county, place.town) if place else (None, None, None)
        county_ok = _same(label.city, city) and _same(label.county, county)
        town_ok = county_ok and _same(label.town, town)
        foreign_hit = label.city not in HOME_CITIES and city in HOME_CITIES and town is not None
        for key in ("all", label.cls):
            row = totals[key]
            row[0] += 1
            row[1] += county_ok
            row[2] += town_ok
            row[3] += foreign_hit
        if not town_ok or foreign_hit:
            failures.append(f"{label.id:28} {label.cls:16} {describe(label.city, label.county, label.town)}"
                            f"  →  {describe(city, county, town)}   | {(article.title or article.body)[:30]}"
                            .replace("\n", " "))

    if args.verbose and failures:
        print("failures (gold → tagged):")
        print("\n".join("  " + line for line in failures))
        print()
    print(f"{'class':16} {'texts':>5} {'county':>14} {'county+town':>14} {'foreign→home town':>18}")
    for key in ["all"] + sorted(k for k in totals if k != "all"):
        n, county_ok, town_ok, foreign = totals[key]
        print(f"{key:16} {n:5} {county_ok:5} ({county_ok / n:6.1%}) {town_ok:5} ({town_ok / n:6.1%}) {foreign:18}")
    if totals:
        print(f"tagging: {tagging / totals['all'][0] * 1000:.2f} ms per text")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
