"""Alembic owns the schema: an archive made by an older revision upgrades in place, keeping its data."""

import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic import command

from app.config import Settings
from app.archive.db import alembic_config, migrate


pytestmark = pytest.mark.sqlite_only  # older archives are SQLite files


def index_names(db_path: Path) -> set[str]:
    with sqlite3.connect(db_path) as db:
        return {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_an_old_archive_upgrades_with_its_data_and_downgrades_cleanly(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    command.upgrade(alembic_config(settings), "0001")
    with sqlite3.connect(settings.db_path) as db:
        db.execute("INSERT INTO page (id, file, path, content_hash, encoding, ingested_at, text, line_count) "
                   "VALUES (1, 'a.txt', 'a.txt', 'h', 'utf-8', '2026-01-01 00:00:00', '正文', 1)")
        db.execute("INSERT INTO article (id, page_id, seq, kind, body, sections, credits, lines, mentions, town) "
                   "VALUES (1, 1, 0, 'article', '正文', '[]', '[]', '[[1, 1]]', '[]', '胥口镇')")
    assert "ix_article_town_name" not in index_names(settings.db_path)

    migrate(settings)

    assert {"ix_article_town_name", "ix_article_town_page", "ix_article_county_name", "ix_person_post_place_name",
            "ix_person_post_name_place"} <= index_names(settings.db_path)
    with sqlite3.connect(settings.db_path) as db:
        assert db.execute("SELECT town, body FROM article").fetchall() == [("胥口镇", "正文")]
        plan = " ".join(str(r) for r in db.execute("EXPLAIN QUERY PLAN SELECT id FROM article WHERE town = '胥口镇'"))
    assert "ix_article_town_name" in plan

    command.downgrade(alembic_config(settings), "base")
    with sqlite3.connect(settings.db_path) as db:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables <= {"alembic_version"}


def test_the_upgrade_keeps_real_dates_only_and_groups_newspapers_by_their_printed_name(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    command.upgrade(alembic_config(settings), "0002")
    with sqlite3.connect(settings.db_path) as db:
        for n, day in enumerate(["2022-11-08", "2022-13-45", "2999-01-01", "2022年11月9日", None], start=1):
            db.execute("INSERT INTO page (id, file, path, content_hash, encoding, ingested_at, text, line_count, "
                       "newspaper, date) "
                       "VALUES (?, ?, '', 'h', 'utf-8', '2026-01-01 00:00:00', '正文', 1, '苏州日报', ?)",
                       (n, f"{n}.txt", day))
    migrate(settings)
    with sqlite3.connect(settings.db_path) as db:
        rows = db.execute("SELECT date, canonical_newspaper, meta_origin FROM page ORDER BY id").fetchall()
    assert rows == [("2022-11-08", "苏州日报", "{}")] + [(None, "苏州日报", "{}")] * 4
    assert "ix_page_canonical_date" in index_names(settings.db_path)
    command.downgrade(alembic_config(settings), "0002")
    with sqlite3.connect(settings.db_path) as db:
        assert db.execute("SELECT count(*) FROM page").fetchone() == (5,)


def test_a_place_listing_is_ordered_from_an_index_without_reading_article_rows(tmp_path: Path) -> None:
    from sqlalchemy.dialects import sqlite

    from app.archive.models import Article, Page
    from app.archive.queries.articles import LISTING_ORDERS
    from app.archive.queries.filters import ArticleFilters, filtered
    from sqlmodel import select

    settings = Settings(data_dir=tmp_path)
    migrate(settings)
    for level, code in (("county", "320506"), ("town", "320506101"), ("city", "320500")):
        statement = filtered(select(Article.id).join(Page, Page.id == Article.page_id), ArticleFilters(**{level: code}))
        sql = str(statement.order_by(*LISTING_ORDERS["newest"]()).limit(20)
                  .compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with sqlite3.connect(settings.db_path) as db:
            plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN " + sql))
        assert f"COVERING INDEX ix_article_{level}_page" in plan, plan


def test_the_place_tree_and_the_count_of_places_read_indexes_not_article_rows(tmp_path: Path) -> None:
    # Counted once per generation, before the first reader of the home page after a start or an ingest
    # is answered: a scan of every article row there is seconds at a few hundred thousand articles.
    from sqlalchemy import func
    from sqlalchemy.dialects import sqlite
    from sqlmodel import select

    from app.archive.models import Article
    from app.archive.queries.places import PLACE_TREE_COLUMNS

    settings = Settings(data_dir=tmp_path)
    migrate(settings)
    statements = {
        "ix_article_place_tree": select(*PLACE_TREE_COLUMNS, func.count()).where(Article.city_code.is_not(None))
        .group_by(*PLACE_TREE_COLUMNS),
        "ix_article_place_code": select(func.count(func.distinct(Article.place_code))),
    }
    for index, statement in statements.items():
        sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        with sqlite3.connect(settings.db_path) as db:
            plan = " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN " + sql))
        assert f"COVERING INDEX {index}" in plan, plan


def _article_rows(db_path: Path) -> list[tuple]:
    with sqlite3.connect(db_path) as db:
        return [db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
                for table in ("article", "article_author", "person_post")]


def test_the_article_table_is_rebuilt_keyed_by_insertion_order_with_every_id_kept(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    command.upgrade(alembic_config(settings), "0009")
    big, small = 2**53 - 5, 12345  # permanent ids are hashes: stored first is not the smaller
    with sqlite3.connect(settings.db_path) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("INSERT INTO page (id, file, path, content_hash, encoding, ingested_at, text, line_count) "
                   "VALUES (1, 'a.txt', 'a.txt', 'h', 'utf-8', '2026-01-01 00:00:00', '正文', 1)")
        for seq, article_id in enumerate((big, small)):
            db.execute("INSERT INTO article (id, page_id, seq, kind, body, sections, credits, lines, mentions, "
                       "town, town_code) VALUES (?, 1, ?, 'article', '正文', '[]', '[]', '[[1, 1]]', '[]', "
                       "'胥口镇', '320506101')", (article_id, seq))
        db.execute("INSERT INTO author (id, name) VALUES (1, '王小明')")
        db.execute("INSERT INTO article_author (article_id, author_id, position) VALUES (?, 1, 0)", (big,))
        db.execute("INSERT INTO person_post (article_id, person, position, name, post, title, place_code) "
                   "VALUES (?, 0, 0, '李大华', '吴中区区长', '区长', '320506')", (small,))
    before = _article_rows(settings.db_path)

    migrate(settings)
    assert _article_rows(settings.db_path) == before
    with sqlite3.connect(settings.db_path) as db:
        assert "BIGINT" in db.execute("SELECT sql FROM sqlite_master WHERE name = 'article'").fetchone()[0]
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("INSERT INTO article (id, page_id, seq, kind, body, sections, credits, lines, mentions) "
                   "VALUES (7, 1, 2, 'article', '又一篇', '[]', '[]', '[[1, 1]]', '[]')")
        assert db.execute("SELECT rowid, id FROM article WHERE id = 7").fetchone() == (3, 7)  # stored last, last
        assert not db.execute("PRAGMA foreign_key_check").fetchall()
        db.execute("DELETE FROM article WHERE id = ?", (big,))  # the bylines still follow their article
        assert db.execute("SELECT count(*) FROM article_author").fetchone() == (0,)
    assert {"ix_article_town_page", "ix_article_page_seq", "ix_article_town_name"} <= index_names(settings.db_path)

    command.downgrade(alembic_config(settings), "0009")
    with sqlite3.connect(settings.db_path) as db:
        assert db.execute("SELECT rowid FROM article ORDER BY id").fetchall() == [(7,), (small,)]
        assert "BIGINT" not in db.execute("SELECT sql FROM sqlite_master WHERE name = 'article'").fetchone()[0]


def _plan(db_path: Path, sql: str, parameters: dict | tuple = ()) -> str:
    with sqlite3.connect(db_path) as db:
        return " ".join(str(row) for row in db.execute("EXPLAIN QUERY PLAN " + sql, parameters))


def test_the_newest_pages_listing_and_the_counts_by_page_read_no_article_rows(tmp_path: Path) -> None:
    # The id is not the rowid (migration 0010): these answers must still come from indexes alone.
    from sqlalchemy.dialects import sqlite

    from sqlmodel import select

    from app.archive.models import Article, Page
    from app.archive.queries.articles import LISTING_ORDERS, PAGE_BY_PAGE
    from app.archive.queries.filters import ArticleFilters, filtered
    from app.archive.queries.newspapers import article_counts

    settings = Settings(data_dir=tmp_path)
    migrate(settings)
    for level, statement in PAGE_BY_PAGE.items():
        plan = _plan(settings.db_path, str(statement), {"code": "x", "limit": 20, "offset": 0})
        assert f"COVERING INDEX ix_article_{level}_page" in plan, plan
    whole = filtered(select(Article.id).join(Page, Page.id == Article.page_id), ArticleFilters())
    for sort in ("newest", "oldest"):  # the whole archive's listing
        sql = str(whole.order_by(*LISTING_ORDERS[sort]()).limit(20)
                  .compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
        assert "COVERING INDEX ix_article_page_seq" in _plan(settings.db_path, sql), sort

    class Recorder:  # the statement article_counts runs, compiled for SQLite
        def exec(self, statement):  # type: ignore[no-untyped-def]
            self.sql = str(statement.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))
            return self

        def all(self) -> list:
            return []

    recorder = Recorder()
    article_counts(recorder, Page.canonical_newspaper == "苏州日报")  # type: ignore[arg-type]
    assert "COVERING INDEX ix_article_page_seq" in _plan(settings.db_path, recorder.sql)


def test_a_new_archive_and_an_upgraded_one_are_made_without_a_warning(tmp_path: Path) -> None:
    # (a warning from the schema's migrations reaches the reader's terminal at the first ingest)
    fresh, old = Settings(data_dir=tmp_path / "fresh"), Settings(data_dir=tmp_path)
    command.upgrade(alembic_config(old), "0009")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        migrate(fresh)
        migrate(old)
