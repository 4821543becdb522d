"""Answers kept per generation: computed once while the archive stands still, again as soon as it moves,
and once however many readers ask at the same moment."""

import threading
import time
from pathlib import Path

from sqlmodel import Session

from app.archive.db import make_engine
from app.archive.meta import bump_generation, per_generation
from tests.helpers import settings_for


def test_computed_once_per_generation_however_many_ask_at_once(archive_dir: Path) -> None:
    engine = make_engine(settings_for(archive_dir))
    calls: list[int] = []

    @per_generation
    def slow_count(session: Session) -> int:
        calls.append(1)
        time.sleep(0.2)  # long enough for every reader below to arrive while it runs
        return len(calls)

    answers: list[int] = []

    def reader() -> None:
        with Session(engine) as session:
            answers.append(slow_count(session))

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [1, 1, 1, 1] and len(calls) == 1
    with Session(engine) as session:
        assert slow_count(session) == 1  # the archive has not moved
        bump_generation(session, [])
        session.commit()
        assert slow_count(session) == 2  # it has: computed again at once
    engine.dispose()


def test_a_failed_computation_is_tried_again(archive_dir: Path) -> None:
    engine = make_engine(settings_for(archive_dir))
    outcomes = [RuntimeError("the disk is gone"), 7]

    @per_generation
    def flaky(session: Session) -> int:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    with Session(engine) as session:
        try:
            flaky(session)
        except RuntimeError:
            pass
        else:
            raise AssertionError("the failure was not passed on")
        assert flaky(session) == 7
    engine.dispose()


def test_answers_per_argument_keep_the_last_asked(archive_dir: Path) -> None:
    engine = make_engine(settings_for(archive_dir))
    calls: list[str] = []

    def people_of(session: Session, place: str) -> str:
        calls.append(place)
        return f"people of {place}"

    cached = per_generation(people_of, keep=2)
    with Session(engine) as session:
        assert [cached(session, p) for p in ("胥口镇", "木渎镇", "胥口镇")] == [
            "people of 胥口镇", "people of 木渎镇", "people of 胥口镇"]
        assert calls == ["胥口镇", "木渎镇"]
        cached(session, "平江街道")  # a third: the least recently asked (木渎镇) goes
        cached(session, "胥口镇")
        cached(session, "木渎镇")
        assert calls == ["胥口镇", "木渎镇", "平江街道", "木渎镇"]
    engine.dispose()
