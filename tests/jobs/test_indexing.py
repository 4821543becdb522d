from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlmodel import Session
from whoosh import index as windex

from app.archive.db import make_engine
from app.archive.meta import CHANGES_FROM_KEY, bump_generation, changed_since, generation, set_meta
from app.config import Settings
from app.archive.write import StoredTags, tag_values
from app.jobs.indexing import MAX_SEGMENT_DOCS, MIN_SEGMENT_DOCS, ArticleDocs, catch_up, mentioned_names, segment_size
from app.places.model import Mention
from app.search import ArchiveIndex
from app.search.whoosh_internals import segment_count
from tests.databases import settings_for
from tests.helpers import build_names, ingest, write_page


def test_rebuild_segments_are_few_even_and_bounded():
    for total in (0, 1, 3_000, 9_999, 10_000, 50_001, 125_403, 1_000_000):
        for procs in (1, 2, 4):
            size = segment_size(total, procs)
            segments = -(-total // size)
            assert MIN_SEGMENT_DOCS <= size <= max(MIN_SEGMENT_DOCS, MAX_SEGMENT_DOCS), (total, procs)
            if total > MIN_SEGMENT_DOCS * procs:
                assert segments % procs == 0, (total, procs)  # every core writes as many
                assert segments * size - total < segments, (total, procs)  # no small straggler
    assert segment_size(125_403, 2) == 20_901  # six segments, not 26 of 5,000
    assert segment_size(10_000, 2) == 5_000  # both cores work
    assert segment_size(3_000, 2) == MIN_SEGMENT_DOCS  # one segment, built in-process


# -- an index that follows the database: the articles changed since, or a rebuild ---------------------------

def follower(archive: Path, tmp_path: Path, name: str) -> Settings:
    """Settings of another server over the same database as `archive`, with a data folder (and index) of its own."""
    return Settings(data_dir=tmp_path / name, database_url=settings_for(archive).db_url)


def hits(settings: Settings, query: str) -> int:
    return ArchiveIndex(settings.index_dir).search(query).total


def test_a_server_with_its_own_index_takes_only_the_articles_changed_since(seeded_copy: Path, tmp_path: Path,
                                                                         pages_dir: Path) -> None:
    other = follower(seeded_copy, tmp_path, "other")
    engine = make_engine(other)
    try:
        assert catch_up(other, engine) == "rebuilt"  # a new server: no index yet
        builds = build_names(other.index_dir)
        page = write_page(pages_dir, "canteen.txt",
                          "木渎镇开通社区食堂\n\n本报讯 木渎镇的社区食堂今天开张，老人可以订餐上门。\n")
        assert not ingest(seeded_copy, page).rejected  # through the first data folder: its own index follows at once
        assert hits(other, "社区食堂") == 0
        assert catch_up(other, engine) == "updated"
        assert hits(other, "社区食堂") == 1 and build_names(other.index_dir) == builds  # patched, not rebuilt
        page.write_text("木渎镇开通老年食堂\n\n本报讯 木渎镇的老年食堂今天开张，老人可以订餐上门。\n", encoding="utf-8")
        assert not ingest(seeded_copy, page).rejected  # the article replaced: its old text leaves the index
        assert catch_up(other, engine) == "updated"
        assert (hits(other, "社区食堂"), hits(other, "老年食堂")) == (0, 1)
        assert catch_up(other, engine) == "current"
        first = ArchiveIndex(settings_for(seeded_copy).index_dir)
        assert ArchiveIndex(other.index_dir).article_ids() == first.article_ids()
    finally:
        engine.dispose()


def test_an_index_older_than_the_record_of_changes_is_rebuilt(seeded_copy: Path, tmp_path: Path,
                                                             pages_dir: Path) -> None:
    other = follower(seeded_copy, tmp_path, "other")
    engine = make_engine(other)
    try:
        catch_up(other, engine)
        page = write_page(pages_dir, "canteen.txt", "木渎镇开通社区食堂\n\n本报讯 木渎镇的社区食堂今天开张。\n")
        assert not ingest(seeded_copy, page).rejected
        with Session(engine) as session:  # as after a repair, or once the oldest changes were forgotten
            set_meta(session, CHANGES_FROM_KEY, str(generation(session)))
            session.commit()
        assert catch_up(other, engine) == "rebuilt"
        assert hits(other, "社区食堂") == 1
    finally:
        engine.dispose()


def test_concurrent_writers_each_get_their_own_generation_and_record_their_changes(archive_dir: Path) -> None:
    engine = make_engine(settings_for(archive_dir))
    writers, bumps = 4, 15

    def write(n: int) -> list[int]:
        seen = []
        for k in range(bumps):
            with Session(engine) as session:  # no writer's lock: the increment alone must hold
                seen.append(bump_generation(session, [n * 1000 + k]))
                session.commit()
        return seen

    try:
        with ThreadPoolExecutor(writers) as pool:
            given = [g for seen in pool.map(write, range(writers)) for g in seen]
        with Session(engine) as session:
            assert sorted(given) == list(range(1, writers * bumps + 1))  # none lost, none twice
            assert generation(session) == writers * bumps
            assert len(changed_since(session, 0, writers * bumps) or ()) == writers * bumps
    finally:
        engine.dispose()


def test_writer_processes_read_their_own_articles_and_answer_as_one_segment_does(seeded_copy: Path, tmp_path: Path,
                                                                                 monkeypatch) -> None:
    settings = settings_for(seeded_copy)
    engine = make_engine(settings)
    try:
        whole = ArchiveIndex(tmp_path / "whole", procs=1)
        whole.rebuild(ArticleDocs(settings, engine), generation=1)

        def not_here(_self):  # type: ignore[no-untyped-def]
            raise AssertionError("the command must leave reading the articles to the writer processes")

        monkeypatch.setattr(ArticleDocs, "__iter__", not_here)  # spawned writers do not inherit this
        parted = ArchiveIndex(tmp_path / "parted", procs=2, segment_docs=7)
        parted.rebuild(ArticleDocs(settings, engine), generation=1)
    finally:
        engine.dispose()
    assert segment_count(windex.open_dir(str(parted.live_dir))) == -(-whole.doc_count() // 7) > 2
    assert parted.article_ids() == whole.article_ids()
    for query in ("镇", "社区", '"人大代表"', "title:镇 -社区", "place:苏州"):
        a, b = whole.search(query, per_page=100), parted.search(query, per_page=100)
        assert [h.id for h in a.hits] == [h.id for h in b.hits] and a.facets == b.facets, query


def test_the_names_of_the_places_mentioned_are_read_from_the_stored_column_as_json_reads_them() -> None:
    names = ["胥口镇", "", 'a "quoted" name', "back\\slash", "line\nbreak", "\u0001", '"name": "x"', "木渎镇"]
    mentions = [Mention(name=name, level="town", code=str(n)) for n, name in enumerate(names)]
    for some in (mentions, mentions[:1], mentions[-1:], mentions[1:2], []):
        stored = tag_values(StoredTags(None, some))[-1]
        assert mentioned_names(stored) == [m.name for m in some]
