from datetime import UTC, date, datetime, timedelta, timezone

from app import clock
from app.sources.dates import DateRejected, normalise_date


def test_the_archives_day_turns_at_beijing_midnight_not_the_servers() -> None:
    assert clock.today(datetime(2026, 3, 9, 15, 59, tzinfo=UTC)) == date(2026, 3, 9)
    assert clock.today(datetime(2026, 3, 9, 16, 0, tzinfo=UTC)) == date(2026, 3, 10)  # 00:00 in Suzhou
    new_york = timezone(timedelta(hours=-5))
    assert clock.today(datetime(2026, 3, 9, 12, 0, tzinfo=new_york)) == date(2026, 3, 10)  # 01:00 in Suzhou


def test_a_page_dated_the_new_day_in_china_is_not_in_the_future(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    beijing_morning = clock.today(datetime(2026, 3, 9, 23, 30, tzinfo=UTC))  # 07:30 on the 10th in Suzhou
    monkeypatch.setattr(clock, "today", lambda now=None: beijing_morning)
    assert normalise_date("2026-03-10") == "2026-03-10"
    try:
        normalise_date("2026-03-11")
    except DateRejected as rejected:
        assert "future" in str(rejected)
    else:
        raise AssertionError("a page dated tomorrow in China is in the future")
