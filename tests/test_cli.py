"""`zhenzhi ingest/export/stats` on real files, through the installed command."""

import json
import os
from pathlib import Path

import pytest

from tests.helpers import SEEDS, exported, run_cli
from tests.databases import open_db

CONTRACT_KEYS = {"id", "kind", "title", "kicker", "subtitle", "authors", "sections", "body", "place", "mentions",
                 "source", "url"}


def export(data_dir: Path) -> list[dict]:
    result = run_cli(data_dir, "export")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def articles_table(data_dir: Path) -> list[tuple]:
    with open_db(data_dir) as db:
        return db.execute("SELECT page_id, seq, kind, title, body, lines FROM article ORDER BY id").fetchall()


def test_ingest_seeds_reports_a_summary_and_exports_contract_records(data_dir: Path) -> None:
    result = run_cli(data_dir, "ingest", str(SEEDS))
    assert result.returncode == 0, result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("ingested 5 files:") and "0 rejected" in summary and " s" in summary
    records = export(data_dir)
    assert len(records) > 30
    for record in records:
        assert CONTRACT_KEYS <= record.keys()
        assert record["kind"] in {"article", "photo"}
        assert record["url"] == f"/articles/{record['id']}"
        assert record["source"]["file"].endswith(".txt")
        assert all(1 <= a <= b for a, b in record["source"]["lines"])
        assert "本报讯" not in record["body"][:10]
    assert {r["source"]["file"] for r in records} == {p.name for p in SEEDS.glob("*.txt")}
    assert any(r["kind"] == "photo" for r in records)


def test_reingesting_unchanged_files_changes_nothing(seeded_copy: Path) -> None:
    data_dir = seeded_copy  # the seeds, ingested
    before = articles_table(data_dir)
    again = run_cli(data_dir, "ingest", str(SEEDS))
    assert again.returncode == 0
    assert "ingested 0 files" in again.stdout and "5 unchanged" in again.stdout
    assert articles_table(data_dir) == before


def test_a_changed_file_replaces_its_articles_and_leaves_the_others(seeded_copy: Path, pages_dir: Path) -> None:
    data_dir = seeded_copy  # the same pages as pages_dir, ingested
    before = exported(data_dir)
    page = sorted(pages_dir.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8").replace("胥口", "光福"), encoding="utf-8")
    result = run_cli(data_dir, "ingest", str(pages_dir))
    assert result.returncode == 0 and "ingested 1 file:" in result.stdout
    after = exported(data_dir)
    changed = [r for r in after if r["source"]["file"] == page.name]
    assert changed and any("光福" in r["body"] for r in changed)
    assert not any("胥口" in r["body"] for r in changed)
    others_before = [(r["title"], r["body"]) for r in before if r["source"]["file"] != page.name]
    others_after = [(r["title"], r["body"]) for r in after if r["source"]["file"] != page.name]
    assert others_before == others_after


def test_stats_counts_what_is_stored(seeded_data_dir: Path) -> None:
    result = run_cli(seeded_data_dir, "stats")
    assert result.returncode == 0
    numbers = dict(line.split(": ") for line in result.stdout.strip().splitlines())
    records = exported(seeded_data_dir)
    assert int(numbers["pages"]) == 5
    assert int(numbers["articles"]) == sum(r["kind"] == "article" for r in records)
    assert int(numbers["photos"]) == sum(r["kind"] == "photo" for r in records)
    assert int(numbers["authors"]) == len({a for r in records for a in r["authors"]})


def test_sidecar_metadata_is_stored_and_carried_into_the_record(archive_dir: Path, tmp_path: Path) -> None:
    data_dir = archive_dir
    folder = tmp_path / "meta"
    folder.mkdir()
    seed = sorted(SEEDS.glob("*.txt"))[0]
    (folder / "page.txt").write_bytes(seed.read_bytes())
    (folder / "page.meta.json").write_text(
        json.dumps({"newspaper": "姑苏晚报", "date": "2022-11-08", "edition": "A05"}, ensure_ascii=False),
        encoding="utf-8")
    assert run_cli(data_dir, "ingest", str(folder)).returncode == 0
    record = exported(data_dir)[0]
    assert record["source"]["newspaper"] == "姑苏晚报"
    assert record["source"]["date"] == "2022-11-08"
    assert record["source"]["edition"] == "A05"


BAD_FILES = {
    "empty.txt": b"",
    "random.txt": os.urandom(4096),
    "nul.txt": "本报讯 近日，某镇开展活动。\x00\x00\x00测试".encode(),
    "english.txt": b"This page is plain English text.\nNothing Chinese here at all.\n" * 20,
    "oneline.txt": ("很长的一行" * 1_300_000).encode(),
}


def test_bad_files_are_rejected_with_one_line_each_and_the_good_ones_go_in(archive_dir: Path, tmp_path: Path) -> None:
    data_dir = archive_dir
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, content in BAD_FILES.items():
        (folder / name).write_bytes(content)
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "missing-target")
    good = sorted(SEEDS.glob("*.txt"))[1]
    (folder / good.name).write_bytes(good.read_bytes())

    result = run_cli(data_dir, "ingest", str(folder))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    rejected = [line for line in result.stderr.splitlines() if line.startswith("rejected: ")]
    named = {Path(line.split(": ")[1]).name for line in rejected}
    assert named == set(BAD_FILES) | {"folder.txt", "dangling.txt"}
    for line in rejected:
        assert len(line.split(": ", 2)[2]) > 3  # a reason, not just a name
    assert "ingested 1 file:" in result.stdout and f"{len(named)} rejected" in result.stdout
    assert {r["source"]["file"] for r in exported(data_dir)} == {good.name}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file, so permissions cannot make one unreadable")
def test_an_unreadable_file_is_rejected(data_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "locked.txt"
    page.write_bytes((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_bytes())
    page.chmod(0)
    result = run_cli(data_dir, "ingest", str(page))
    assert result.returncode == 1 and "rejected: " in result.stderr


def test_a_file_that_turns_bad_leaves_its_stored_articles_as_they_were(seeded_copy: Path, pages_dir: Path) -> None:
    data_dir = seeded_copy  # the same pages as pages_dir, ingested
    before = articles_table(data_dir)
    page = sorted(pages_dir.glob("*.txt"))[2]
    page.write_bytes(os.urandom(2048))
    result = run_cli(data_dir, "ingest", str(pages_dir))
    assert result.returncode == 1 and f"rejected: {page}" in result.stderr
    assert articles_table(data_dir) == before


def test_a_missing_path_is_reported_and_the_rest_still_go_in(archive_dir: Path, tmp_path: Path) -> None:
    data_dir = archive_dir
    result = run_cli(data_dir, "ingest", str(tmp_path / "nowhere.txt"), str(SEEDS))
    assert result.returncode == 1
    assert "rejected: " in result.stderr and "nowhere.txt" in result.stderr
    assert len({r["source"]["file"] for r in exported(data_dir)}) == 5


def test_an_author_credited_nowhere_after_a_change_leaves_the_archive(seeded_copy: Path, pages_dir: Path) -> None:
    data_dir = seeded_copy  # the same pages as pages_dir, ingested
    page = sorted(pages_dir.glob("*.txt"))[0]
    page.write_text(page.read_text(encoding="utf-8").replace("本报讯(杨婷)", "本报讯(新作者)"), encoding="utf-8")
    assert run_cli(data_dir, "ingest", str(pages_dir)).returncode == 0
    with open_db(data_dir) as db:
        names = {row[0] for row in db.execute("SELECT name FROM author")}
    assert "新作者" in names and "杨婷" not in names
    assert "东南君" in names  # credited on the changed page and on another


def test_progress_bar_on_request_and_quiet_by_default_in_a_pipe(archive_dir: Path) -> None:
    data_dir = archive_dir
    shown = run_cli(data_dir, "ingest", "--progress", str(SEEDS))
    assert shown.returncode == 0 and "ingesting" in shown.stderr and "5/5" in shown.stderr
    quiet = run_cli(data_dir, "ingest", str(SEEDS))  # the same files again: a bar would show as well
    assert quiet.returncode == 0 and "ingesting" not in quiet.stderr


def test_timings_show_the_seconds_of_each_stage_beside_the_summary(archive_dir: Path) -> None:
    done = run_cli(archive_dir, "ingest", "--timings", str(SEEDS))
    assert done.returncode == 0 and "ingested 5 files" in done.stdout
    stages = [line.split(":")[0] for line in done.stderr.splitlines() if line.startswith("stage ")]
    assert stages == ["stage read", "stage parse", "stage places", "stage people", "stage store", "stage index"]
    assert "stage" not in run_cli(archive_dir, "ingest", str(SEEDS)).stderr


def test_help_shows_no_stray_types() -> None:
    for args in (["--help"], ["ingest", "--help"], ["serve", "--help"]):
        result = run_cli(Path("/nonexistent"), *args)
        assert result.returncode == 0 and "<bool>" not in result.stdout, result.stdout


def test_stats_explains_what_gazetteer_places_counts(seeded_data_dir: Path) -> None:
    result = run_cli(seeded_data_dir, "stats")
    assert "gazetteer_places: places the gazetteer knows" in result.stderr
    assert all(line.split(": ")[1].isdigit() for line in result.stdout.strip().splitlines())
