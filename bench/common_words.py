"""The common words that are one town's bare name: writes `app/places/data/common_words.txt`.

    .venv/bin/python bench/common_words.py > app/places/data/common_words.txt

A bare town name (the name without 镇/街道/乡) that no other town bears and no larger place is named, and that
jieba's dictionary lists as a word at least `FREQUENCY` times common and not as a place name (`ns`). Words that
`aliases.csv` already handles are left to it.
"""

import csv
from collections import Counter

from app.people.names import dictionary
from app.places.gazetteer import DATA_DIR, load_gazetteer
from app.places.names import town_stem

FREQUENCY = 500  # 安全 9921, 市场 26927, 招商 595; 大公 (海安's 大公镇, 大公无私) 437, 同里 47: still bare names


def main() -> None:
    gazetteer = load_gazetteer()
    stems = Counter(town_stem(p.name) for p in gazetteer.values() if p.level == "town")
    with (DATA_DIR / "aliases.csv").open(encoding="utf-8", newline="") as f:
        handled = {row["alias"] for row in csv.DictReader(f)}
    words = dictionary()
    found = sorted(
        (stem for stem, n in stems.items() if n == 1 and stem and stem not in handled
         and not any(e.form != "stem" and e.form != "composite" for e in gazetteer.candidates(stem))
         and words.get(stem, (0, ""))[0] >= FREQUENCY and words[stem][1] != "ns"),
        key=lambda w: -words[w][0])
    print(f"# everyday words that are one town's bare name: bench/common_words.py (jieba's dictionary, >= {FREQUENCY})")
    print("\n".join(found))


if __name__ == "__main__":
    main()
