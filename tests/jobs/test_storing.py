"""Pages stored a few to a transaction: each page whole or absent, what came before it kept."""

from pathlib import Path

import pytest

from app.archive import write
from app.archive.db import make_engine
from app.jobs.ingest import ingest_paths, no_places
from app.jobs.storing import PAGES_PER_COMMIT
from tests.databases import open_db, settings_for
from tests.helpers import small_pages


def stored_pages(data_dir: Path) -> dict[str, int]:
    with open_db(data_dir) as db:
        return dict(db.execute("SELECT page.file, count(article.id) FROM page LEFT JOIN article "
                               "ON article.page_id = page.id GROUP BY page.file").fetchall())


def test_a_page_that_fails_half_stored_is_absent_and_the_pages_before_it_in_its_transaction_are_kept(
        archive_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = small_pages(tmp_path / "pages", PAGES_PER_COMMIT + 3)
    failing = PAGES_PER_COMMIT + 2  # the second page of the second transaction
    real_store, calls = write.store_rows, 0

    def store_then_fail(session, page_in, rows):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        stored = real_store(session, page_in, rows)  # its page and articles written, not committed
        if calls == failing:
            raise OSError("disk full")
        return stored

    monkeypatch.setattr(write, "store_rows", store_then_fail)
    engine = make_engine(settings_for(archive_dir))
    try:
        with pytest.raises(OSError):
            ingest_paths(engine, [folder], no_places, workers=1)
    finally:
        engine.dispose()
    kept = stored_pages(archive_dir)
    assert sorted(kept) == [f"page{n:03d}.txt" for n in range(failing - 1)]
    assert set(kept.values()) == {1}  # every page kept whole, nothing of the one that failed

    monkeypatch.setattr(write, "store_rows", real_store)
    engine = make_engine(settings_for(archive_dir))
    try:
        report = ingest_paths(engine, [folder], no_places, workers=1)
    finally:
        engine.dispose()
    assert (report.files, report.unchanged) == (PAGES_PER_COMMIT + 3 - (failing - 1), failing - 1)
    assert len(stored_pages(archive_dir)) == PAGES_PER_COMMIT + 3
