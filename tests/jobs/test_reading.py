"""A page file read where it is analysed: the command hands over a path, the worker tells an unchanged file by its
hash and sends back the page with its rows."""

from pathlib import Path

import pytest

from app.archive.db import make_engine, migrate
from app.archive.rows import StoredPage
from app.jobs import ingest, reading
from app.jobs.analysis import FileRejected, no_places
from app.jobs.ingest import ingest_paths
from app.jobs.reading import Analysed, Unchanged, read_and_analyse, read_page
from tests.databases import settings_for

PAGE = "河湾镇举行秋收晒谷节\n\n本报讯 河湾镇昨天在晒谷场举行秋收晒谷节，种粮大户们比起了谁家的稻谷晒得又干又匀。\n"


def page_file(folder: Path, name: str = "p.txt", text: str = PAGE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def not_analysed(*_args: object) -> None:
    raise AssertionError("an unchanged or rejected file was parsed")


def test_a_new_file_comes_back_read_parsed_and_as_rows(tmp_path: Path) -> None:
    path = page_file(tmp_path)
    outcome = read_and_analyse(path, "p.txt", None, no_places)
    assert isinstance(outcome, Analysed)
    assert outcome.page == read_page(path, "p.txt")
    assert outcome.page.text == PAGE
    assert outcome.rows.count_kind("article") == 1
    assert "read" in outcome.seconds and "parse" in outcome.seconds


def test_a_file_the_archive_holds_as_it_is_is_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = page_file(tmp_path)
    stored = StoredPage(read_page(path, "p.txt").content_hash, str(path), None, None, None)
    monkeypatch.setattr(reading, "analyse", not_analysed)
    outcome = read_and_analyse(path, "p.txt", stored, no_places)
    assert isinstance(outcome, Unchanged) and "read" in outcome.seconds


def test_a_file_that_would_take_another_printed_pages_identity_is_rejected_unparsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    elsewhere = page_file(tmp_path / "a")
    path = page_file(tmp_path / "b")
    (tmp_path / "b" / "p.meta.json").write_text('{"newspaper": "河湾日报", "date": "2021-10-05", "edition": "A02"}',
                                                encoding="utf-8")
    stored = StoredPage("another hash", str(elsewhere), "河湾日报", "2021-10-04", "A02")
    monkeypatch.setattr(reading, "analyse", not_analysed)
    with pytest.raises(FileRejected, match="is already known as p.txt"):
        read_and_analyse(path, "p.txt", stored, no_places)


def test_a_re_ingest_of_unchanged_files_is_settled_without_a_worker_job(tmp_path: Path, data_dir: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    page_file(pages, "a.txt")
    page_file(pages, "b.txt", PAGE.replace("晒谷节", "打谷节"))
    settings = settings_for(data_dir)
    migrate(settings)
    engine = make_engine(settings)
    assert ingest_paths(engine, [pages], no_places).files == 2
    page_file(pages, "b.txt", PAGE.replace("晒谷节", "尝新节"))
    analysed: list[str] = []

    def counted(path: Path, *args: object) -> object:
        analysed.append(path.name)
        return read_and_analyse(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "read_and_analyse", counted)
    report = ingest_paths(engine, [pages], no_places)
    assert (report.unchanged, report.files, analysed) == (1, 1, ["b.txt"])
