"""Precision and recall of people extraction on the development set (docs/devset/people.tsv).

usage: python bench/people_devset.py EXPORT.jsonl TEXTS_DIR [-v]

EXPORT.jsonl is `zhenzhi export` of an archive holding seeds/ (for the `seed:` rows);
TEXTS_DIR holds the studied public texts `dNN.txt` (first line: address; then the text) for
the `web:` rows. Those texts are not part of the repository. Scored as the shared scorer
scores: a pair (text, name) is right when labelled; a labelled post is found when an extracted
post of the same person equals it, or one ends the other and the shorter has 4 characters.
"""

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.people import extract_people  # noqa: E402

LABELS = Path(__file__).resolve().parents[1] / "docs" / "devset" / "people.tsv"


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def covers(found: str, wanted: str) -> bool:
    found, wanted = norm(found), norm(wanted)
    return found == wanted or ((found.endswith(wanted) or wanted.endswith(found)) and min(len(found), len(wanted)) >= 4)


def labels() -> dict[tuple[str, str], dict[str, list[str]]]:
    wanted: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    for line in LABELS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, title, name, posts = (line.split("\t") + [""] * 4)[:4]
        people = wanted[(source, norm(title))]
        if name:
            people[name] = [p for p in posts.split("；") if p]
    return wanted


def extracted(export: Path, texts: Path, scope: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, list[str]]]:
    got: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(dict)
    for line in export.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        key = ("seed:" + record["source"]["file"][:3], norm(record.get("title")))
        if any(source == key[0] for source, _ in scope):
            got[key] = {p["name"]: p["posts"] for p in record.get("people") or []}
    for source, title in scope:
        if source.startswith("web:"):
            text = (texts / f"{source[4:]}.txt").read_text(encoding="utf-8").split("\n", 1)[1]
            got[(source, title)] = {p.name: [post.text for post in p.posts] for p in extract_people([text])}
    return got


def main() -> None:
    export, texts = Path(sys.argv[1]), Path(sys.argv[2])
    verbose = "-v" in sys.argv
    wanted = labels()
    got = extracted(export, texts, set(wanted))
    want_pairs = {(k, n) for k, people in wanted.items() for n in people}
    got_pairs = {(k, n) for k, people in got.items() for n in people}
    right = want_pairs & got_pairs
    posts = [(k, n, p) for k, people in wanted.items() for n, ps in people.items() for p in ps]
    found = [x for x in posts if any(covers(g, x[2]) for g in got.get(x[0], {}).get(x[1], []))]
    if verbose:
        for pair in sorted(got_pairs - want_pairs):
            print("EXTRA", pair, got[pair[0]][pair[1]])
        for pair in sorted(want_pairs - got_pairs):
            print("MISSED", pair, wanted[pair[0]][pair[1]])
        for x in sorted(set(posts) - set(found)):
            print("POST MISS", x, got.get(x[0], {}).get(x[1]))
    precision = len(right) / len(got_pairs) if got_pairs else 0.0
    recall = len(right) / len(want_pairs) if want_pairs else 0.0
    print(f"devset texts={len(wanted)} people={len(want_pairs)} P={precision:.3f} R={recall:.3f} "
          f"posts {len(found)}/{len(posts)} ({100 * len(found) / max(len(posts), 1):.1f}%)")


if __name__ == "__main__":
    main()
