"""Newspaper, date and edition read from a page file's name and the folders it sits in.

Accepted forms (the date may be written 2022-11-08 or 20221108; separators `_`, `-` or a space):
  苏州日报_2022-11-08_A05.txt   NEWSPAPER_DATE_EDITION
  szrb-20221108-A05.txt         the same with an abbreviation the alias table knows
  2022-11-08_A05.txt            DATE_EDITION
  苏州日报/2022-11-08/A05.txt    folders: NEWSPAPER/DATE/EDITION.txt (the newspaper folder optional)
  苏州日报/2022/11/08/A05.txt    folders: NEWSPAPER/YEAR/MONTH/DAY/EDITION.txt
A newspaper folder counts when its name ends in 报 or the alias table knows it (not `pages/`).
Anything else (e.g. `000_553706940eb336c9.txt`) gives nothing. Values are returned as written;
app.sources.metadata validates them.
"""

import re
from pathlib import PurePath

from app.sources.newspapers import known_newspaper

DATE = r"(?P<date>\d{4}-\d{1,2}-\d{1,2}|\d{8})"
EDITION = r"(?P<edition>[A-Za-z]{0,2}\d{1,3})"
SEP = r"[_\- ]"
NAME_FORMS = (
    re.compile(rf"^(?P<newspaper>[^_\-\s\d][^_]*?){SEP}+{DATE}{SEP}+(?:第)?{EDITION}(?:版)?$"),
    re.compile(rf"^{DATE}{SEP}+(?:第)?{EDITION}(?:版)?$"),
)
FOLDER_DATE = re.compile(rf"^{DATE}$")
CHINESE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,12}报")
EDITION_ONLY = re.compile(rf"^(?:第)?{EDITION}(?:版)?$")


def looks_like_newspaper(folder: str) -> bool:
    """A folder named like a newspaper (…报) or known to the alias table, not `pages/` or `2022/`."""
    return bool(CHINESE_TITLE.fullmatch(folder)) or known_newspaper(folder) is not None


def iso_like(raw: str) -> str:
    """20221108 → 2022-11-08 (still unchecked); other forms unchanged."""
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}" if raw.isdigit() and len(raw) == 8 else raw


def from_path(path: str | PurePath) -> dict[str, str]:
    """The values the path's name (and folders) state: a subset of newspaper, date, edition."""
    parts = PurePath(path).parts
    if not parts:
        return {}
    stem = parts[-1].removesuffix(".txt")
    for form in NAME_FORMS:
        found = form.match(stem)
        if found:
            values = {k: v for k, v in found.groupdict().items() if v}
            values["date"] = iso_like(values["date"])
            return values
    edition = EDITION_ONLY.match(stem)
    if not edition or len(parts) < 2:
        return {}
    return from_folders(parts[:-1], edition.group("edition"))


def from_folders(folders: tuple[str, ...], edition: str) -> dict[str, str]:
    """NEWSPAPER/DATE/ or NEWSPAPER/YEAR/MONTH/DAY/ above an edition-named file."""
    values = {"edition": edition}
    if FOLDER_DATE.match(folders[-1]):
        values["date"] = iso_like(folders[-1])
        above = folders[:-1]
    elif len(folders) >= 3 and re.fullmatch(r"\d{4}", folders[-3]) and all(
            re.fullmatch(r"\d{1,2}", f) for f in folders[-2:]):
        values["date"] = "-".join(folders[-3:])
        above = folders[:-3]
    else:
        return {}
    if above and looks_like_newspaper(above[-1]):
        values["newspaper"] = above[-1]
    return values
