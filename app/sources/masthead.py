"""Newspaper, date and edition printed at the top of the page itself.

A masthead line is short and stands on its own near the top (the first lines with text): a date
such as `2022年11月8日 星期二`, an edition such as `第A05版：基层治理` or `A05版`, and a newspaper
name the alias table knows (`苏州日报`). A date inside a sentence of an article is not a masthead.
"""

import re

from app.sources.newspapers import known_newspaper

HEAD_LINES = 8  # lines with text searched from the top
SHORT_LINE = 40  # characters: longer lines are article text
DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周)[一二三四五六日天])?")
EDITION = re.compile(r"第\s*([A-Za-z]{0,2}\d{1,3})\s*版(?:\s*[:：]\s*\S+)?|(?<![A-Za-z\d])([A-Za-z]{1,2}\d{1,3})\s*版")
NAME = re.compile(r"[\u4e00-\u9fff]{2,8}报")
# What else a masthead line may carry besides date, edition and name: separators and punctuation.
LEFTOVER = re.compile(r"^[\s|｜·•/／,，、:：\-—()（）\[\]【】]*$")


def from_text(text: str) -> dict[str, str]:
    """The masthead's values (a subset of newspaper, date, edition), dates as ISO-like strings unchecked."""
    return scan(text)[0]


def without_masthead(text: str) -> str:
    """The text with its masthead lines blanked (line numbers kept), so they are not read as a headline."""
    numbers = scan(text)[1]
    if not numbers:
        return text
    return "\n".join("" if n in numbers else line for n, line in enumerate(text.split("\n")))


def scan(text: str) -> tuple[dict[str, str], set[int]]:
    """The masthead's values and the (0-based) numbers of the lines that carry them."""
    values: dict[str, str] = {}
    numbers: set[int] = set()
    lines = [(n, line.strip()) for n, line in enumerate(text.split("\n")) if line.strip()][:HEAD_LINES]
    for number, line in lines:
        if len(line) > SHORT_LINE:
            continue
        found: dict[str, str] = {}
        rest = line
        date = DATE.search(rest)
        if date:
            year, month, day = date.groups()
            found["date"] = f"{year}-{int(month):02d}-{int(day):02d}"
            rest = rest.replace(date.group(0), " ", 1)
        edition = EDITION.search(rest)
        if edition:
            found["edition"] = edition.group(1) or edition.group(2)
            rest = rest.replace(edition.group(0), " ", 1)
        for name in NAME.findall(rest):
            if known_newspaper(name):
                found["newspaper"] = name
                rest = rest.replace(name, " ", 1)
        if found and LEFTOVER.match(rest):
            numbers.add(number)
            for key, value in found.items():
                values.setdefault(key, value)
    return values, numbers
