"""A page's newspaper, date and edition from its three sources, each value recorded with its origin.

Order: the sidecar `NAME.meta.json` first, then the file name (app.sources.filenames), then the
masthead printed on the page (app.sources.masthead); the first source that states a value wins.
A date that is not a real calendar date of the past rejects the file when a sidecar or the file name
states it (someone wrote it on purpose); a masthead date that fails is ignored (the text may be garbled).
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import PurePath

from app.sources import filenames, masthead
from app.sources.dates import DateRejected, normalise_date
from app.sources.newspapers import canonical_newspaper

FIELDS = ("newspaper", "date", "edition")


class MetaRejected(ValueError):
    """The page's metadata cannot be trusted; `str()` is the one-line reason."""


@dataclass(frozen=True)
class PageMeta:
    newspaper: str | None = None  # as printed
    canonical: str | None = None  # the alias table's group
    date: str | None = None  # ISO YYYY-MM-DD
    edition: str | None = None
    origin: dict[str, str] = field(default_factory=dict)  # field → sidecar | filename | masthead


def clean_edition(value: str) -> str:
    text = value.strip()
    if text.startswith("第") and text.endswith("版"):
        text = text[1:-1].strip()
    return text


def resolve_meta(path: str | PurePath, sidecar: dict[str, str | None], text: str,
                 today: date | None = None) -> PageMeta:
    sources = {"sidecar": {k: v for k, v in sidecar.items() if k in FIELDS and v and str(v).strip()},
               "filename": filenames.from_path(path)}
    values: dict[str, str] = {}
    origin: dict[str, str] = {}
    for name in ("sidecar", "filename"):
        for key, raw in sources[name].items():
            if key in values:
                continue
            if key == "date":
                try:
                    raw = normalise_date(raw, today)
                except DateRejected as error:
                    where = "metadata" if name == "sidecar" else "file name"
                    raise MetaRejected(f"{where}: {error}") from None
            values[key] = str(raw).strip()
            origin[key] = name
    missing = [key for key in FIELDS if key not in values]
    if missing:
        printed = masthead.from_text(text)
        for key in missing:
            raw = printed.get(key)
            if raw is None:
                continue
            if key == "date":
                try:
                    raw = normalise_date(raw, today)
                except DateRejected:
                    continue
            values[key] = raw
            origin[key] = "masthead"
    edition = clean_edition(values["edition"]) if values.get("edition") else None
    return PageMeta(newspaper=values.get("newspaper"), canonical=canonical_newspaper(values.get("newspaper")),
                    date=values.get("date"), edition=edition or None,
                    origin={key: origin[key] for key in FIELDS if key in origin})
