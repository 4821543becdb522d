"""The archive's calendar day. Its papers and readers keep China Standard Time (UTC+8, no summer time),
so "today" (历史上的今天, a page dated today, the day a citation was accessed) turns at Beijing's midnight,
not the server's: at 07:00 in Suzhou it is already the new day wherever the server runs."""

from datetime import UTC, date, datetime, timedelta, timezone

CHINA_STANDARD_TIME = timezone(timedelta(hours=8), "CST")


def today(now: datetime | None = None) -> date:
    """The day it is in China (for `now`, an aware time; the present when None)."""
    return (now or datetime.now(UTC)).astimezone(CHINA_STANDARD_TIME).date()
