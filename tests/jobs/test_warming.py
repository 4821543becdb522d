"""The server's warm-ups of per-generation answers: one at a time, one per generation, and resting
between them while an ingest moves the generation page after page."""

from app.jobs import warming


def test_one_warm_up_per_generation_with_a_rest_as_long_as_the_last(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    now = [100.0]
    warmed: list[float] = []

    def warm(engine) -> None:  # type: ignore[no-untyped-def]
        warmed.append(now[0])
        now[0] += 3.0  # this warm-up takes three seconds

    monkeypatch.setattr(warming, "warm", warm)
    warmer = warming.Warmer(engine=None, clock=lambda: now[0])  # type: ignore[arg-type]
    warmer.notice(1)
    warmer.stop()
    warmer.notice(1)  # done already
    warmer.notice(2)  # the generation moved, but the last warm-up ended a moment ago: rest
    warmer.stop()
    assert warmed == [100.0]
    now[0] += 3.0
    warmer.notice(2)
    warmer.stop()
    assert warmed == [100.0, 106.0]


def test_a_warm_up_counts_the_largest_places_people_and_chart_ahead(seeded_copy) -> None:  # type: ignore[no-untyped-def]
    # A city's people and chart are a scan of most of the archive: its first reader must not wait for them.
    from dataclasses import replace

    from sqlalchemy import event
    from sqlmodel import Session

    from app.archive.db import make_engine
    from app.archive.queries.filters import ArticleFilters
    from app.archive.queries.places import largest_places, place_people, place_tree
    from app.archive.queries.timeline import days_of_filtered
    from tests.databases import settings_for

    engine = make_engine(settings_for(seeded_copy))
    warming.warm(engine)
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    with Session(engine) as session:
        largest = largest_places(place_tree(session), 1)[0]
        assert largest.level == "city"
        asked = len(statements)
        place_people(session, largest.code)
        days_of_filtered(session, replace(ArticleFilters(), **{largest.level: largest.code}))
        answered_from = statements[asked:]
    engine.dispose()
    assert all("person_post" not in s and "GROUP BY article.page_id" not in s for s in answered_from), answered_from


def test_a_warm_up_whose_thread_cannot_start_is_one_log_line_and_is_tried_again(monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    from tests.jobs.test_readahead import _NoThreads

    warmed: list[int] = []
    monkeypatch.setattr(warming, "warm", lambda engine: warmed.append(1))
    real_thread = warming.threading.Thread
    monkeypatch.setattr(warming.threading, "Thread", _NoThreads)
    warmer = warming.Warmer(engine=None)  # type: ignore[arg-type]
    warmer.notice(1)  # readers compute what they need themselves meanwhile
    warmer.stop()  # nothing was started, so nothing is waited for
    assert warmed == [] and [r.name for r in caplog.records] == ["zhenzhi.warm"]
    monkeypatch.setattr(warming.threading, "Thread", real_thread)
    warmer.notice(1)  # the same generation: not marked warm, since it was not
    warmer.stop()
    assert warmed == [1]
