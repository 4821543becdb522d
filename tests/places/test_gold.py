"""The public gold pages, scored on places only: parse_page → tag_page → the shared scorer."""

import json
import re
import subprocess
import sys


from app.places.gazetteer import load_gazetteer
from app.places.model import ArticleText
from app.places.tagger import tag_page

from tests.helpers import gold_page_files, page_gold_dir, SCORER, SHARED, require_shared_gold


def test_gold_pages_places_all_right(tmp_path):
    require_shared_gold()
    from app.parsing import parse_page

    gazetteer = load_gazetteer()
    export = tmp_path / "export.jsonl"
    with export.open("w", encoding="utf-8") as out:
        for name in gold_page_files():
            page = (SHARED / "seeds" / name).read_text(encoding="utf-8")
            articles = parse_page(page)
            texts = [ArticleText(a.title, a.kicker, a.subtitle, a.body) for a in articles]
            for parsed, tags in zip(articles, tag_page(gazetteer, texts)):
                place = tags.place
                record = {
                    "title": parsed.title,
                    "kicker": parsed.kicker,
                    "subtitle": parsed.subtitle,
                    "kind": parsed.kind,
                    "body": parsed.body,
                    "authors": parsed.authors,
                    "place": place and
                    {"city": place.city, "county": place.county, "town": place.town, "code": place.code},
                    "source": {"file": name},
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    result = subprocess.run(
        [sys.executable, str(SCORER), str(export), str(page_gold_dir(tmp_path)), "--places-only", "-v"],
        capture_output=True, text=True, check=True,
    )
    score = re.search(r"parse score: (\d+)/(\d+) checks", result.stdout)
    assert score, result.stdout
    place_failures = [line for line in result.stdout.splitlines() if line.startswith("FAIL") and "article" not in line]
    assert not place_failures, "\n".join(place_failures)
    assert score.group(1) == score.group(2), result.stdout
