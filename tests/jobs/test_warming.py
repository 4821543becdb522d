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
