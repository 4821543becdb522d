"""The same page in any encoding, line ending or punctuation width yields the same articles (ingested in
this process into an archive of its own; the command itself is tested in tests/test_cli.py)."""

from pathlib import Path

import pytest

from tests.helpers import SEEDS, exported, ingest
from tests.databases import copy_archive, open_db

SEED = sorted(SEEDS.glob("*.txt"))[1]
TEXT = SEED.read_text(encoding="utf-8")
VARIANTS = {
    "utf-8-sig": ("\ufeff" + TEXT).encode("utf-8"),
    "utf-16": TEXT.encode("utf-16"),
    "utf-16-be": b"\xfe\xff" + TEXT.encode("utf-16-be"),
    "gb18030": TEXT.encode("gb18030"),
    "crlf": TEXT.replace("\n", "\r\n").encode("utf-8"),
    "cr": TEXT.replace("\n", "\r").encode("utf-8"),
}


def structure(records: list[dict]) -> list[tuple]:
    return [(r["kind"], r["title"], r["authors"], r["body"], r["source"]["lines"], r["place"]) for r in records]


@pytest.fixture(scope="module")
def ingest_one(empty_archive: Path):
    def ingest_one(tmp_path: Path, name: str, content: bytes) -> list[dict]:
        folder = tmp_path / name
        folder.mkdir()
        (folder / SEED.name).write_bytes(content)
        data = tmp_path / f"data-{name}"
        copy_archive(empty_archive, data)
        report = ingest(data, folder)
        assert report.files == 1 and not report.rejected, report.rejected
        return exported(data)
    return ingest_one


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, ingest_one) -> list[dict]:
    return ingest_one(tmp_path_factory.mktemp("ref"), "plain", TEXT.encode("utf-8"))


@pytest.mark.parametrize("name", VARIANTS)
def test_encodings_and_line_ends_give_the_same_articles(tmp_path: Path, reference: list[dict], name: str,
                                                       ingest_one) -> None:
    assert structure(ingest_one(tmp_path, name, VARIANTS[name])) == structure(reference)


def test_the_detected_encoding_is_recorded_per_page(tmp_path: Path, ingest_one) -> None:

    ingest_one(tmp_path, "gb", VARIANTS["gb18030"])
    with open_db(tmp_path / "data-gb") as db:
        assert db.execute("SELECT encoding FROM page").fetchone()[0] == "gb18030"


def test_full_width_punctuation_gives_the_same_articles(tmp_path: Path, reference: list[dict], ingest_one) -> None:
    wide = TEXT.translate(str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", "!": "！", "?": "？"}))
    records = ingest_one(tmp_path, "wide", wide.encode("utf-8"))
    assert [(r["kind"], r["authors"], r["source"]["lines"]) for r in records] == \
        [(r["kind"], r["authors"], r["source"]["lines"]) for r in reference]


def test_traditional_characters_give_the_same_articles_stored_as_printed(tmp_path: Path, reference: list[dict],
                                                                         ingest_one) -> None:
    import opencc

    traditional = opencc.OpenCC("s2t").convert(TEXT)
    records = ingest_one(tmp_path, "trad", traditional.encode("utf-8"))
    assert [(r["kind"], len(r["authors"]), r["source"]["lines"]) for r in records] == \
        [(r["kind"], len(r["authors"]), r["source"]["lines"]) for r in reference]
    assert "本報訊" in traditional
    assert all("报讯" not in r["body"] for r in records)
    assert [r["place"] for r in records] == [r["place"] for r in reference]
