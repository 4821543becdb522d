"""Dates of pages and of date filters: validation, normalisation, periods and Chinese display."""

import calendar
import re
from datetime import date

from app import clock

EARLIEST_YEAR = 1800  # older than any Chinese newspaper; an earlier year is a typing error
# Forms whose meaning is certain: year first, four digits, then month and day.
CERTAIN_FORMS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
    re.compile(r"^(\d{4})(\d{2})(\d{2})$"),
    re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$"),
)
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateRejected(ValueError):
    """A date that is not a real calendar date of the past; `str()` says why, in English."""


def normalise_date(raw: str, today: date | None = None) -> str:
    """`raw` as ISO `YYYY-MM-DD` when its meaning is certain (2022年11月9日, 2022/11/9, 20221109);
    DateRejected when it is no calendar date, is in the future or cannot be read for sure."""
    text = raw.strip()
    for form in CERTAIN_FORMS:
        found = form.match(text)
        if found:
            year, month, day = (int(part) for part in found.groups())
            break
    else:
        raise DateRejected(f"date {raw!r} is not a date of the form YYYY-MM-DD")
    try:
        value = date(year, month, day)
    except ValueError:
        raise DateRejected(f"date {raw!r} is not a calendar date") from None
    if value > (today or clock.today()):
        raise DateRejected(f"date {raw!r} is in the future")
    if year < EARLIEST_YEAR:
        raise DateRejected(f"date {raw!r} is before {EARLIEST_YEAR}")
    return value.isoformat()


def parse_period(value: str, *, end: bool = False) -> str:
    """A filter bound (`2022`, `2022-11` or `2022-11-08`) as the ISO day it starts with, or with `end`
    the day it ends with. ValueError names what is wrong."""
    found = PERIOD.match(value.strip())
    if not found:
        raise ValueError(f"{value!r} is not a year (2022), a month (2022-11) or a day (2022-11-08)")
    year = int(found.group(1))
    month = int(found.group(2)) if found.group(2) else (12 if end else 1)
    if not 1 <= month <= 12 or year < 1:
        raise ValueError(f"{value!r} is not a real month")
    last = calendar.monthrange(year, month)[1]
    day = int(found.group(3)) if found.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        raise ValueError(f"{value!r} is not a calendar date")
    return f"{year:04d}-{month:02d}-{day:02d}"


def day_number(iso: str | None) -> int:
    """An ISO date as the number YYYYMMDD (0 when unknown), the form the search index keeps."""
    digits = (iso or "")[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else 0


def chinese_date(iso: str | None) -> str:
    """2022-11-08 → 2022年11月8日; 2022-11 → 2022年11月; 2022 → 2022年; none → 日期不详."""
    if not iso:
        return "日期不详"
    parts = [int(p) for p in iso[:10].split("-") if p.isdigit()]
    return "".join(f"{n}{unit}" for n, unit in zip(parts, ("年", "月", "日"))) or "日期不详"


def edition_label(edition: str | None) -> str:
    """A05 → A05版; an edition already printed with 版 or 第 keeps its own words."""
    if not edition:
        return ""
    return edition if edition.endswith("版") else f"{edition}版"


def edition_key(edition: str | None) -> tuple[str, int, str]:
    """Editions in printed order: A01, A02, …, A10, B01 (letters, then the number as a number)."""
    found = re.match(r"^([A-Za-z]*)0*(\d+)", edition or "")
    if not found:
        return ("~", 0, edition or "")
    return (found.group(1).upper(), int(found.group(2)), edition or "")
