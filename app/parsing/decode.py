"""Bytes of a page file -> text, or a short reason why the file is not a newspaper page.

Encodings, in the order tried:
- a byte-order mark decides: UTF-8 (`utf-8-sig`), UTF-16 LE/BE (`utf-16`);
- strict UTF-8 (`utf-8`);
- strict GB18030 (`gb18030`, a superset of GBK and GB2312);
- otherwise charset-normalizer's best guess, if it finds one that reads as text.
Line ends are normalised to LF.

A file is rejected (`PageRejected(reason)`) when it is:
- empty (or only whitespace);
- larger than `MAX_FILE_BYTES` (8 MiB; a page is tens of kilobytes);
- binary: undecodable, or more than 1% control characters after decoding;
- text containing NUL characters;
- not Chinese: fewer than `MIN_CJK_SHARE` (30%) of its non-space, non-ASCII-punctuation
  characters are Chinese, or none at all;
- a line longer than `MAX_LINE_CHARS` (200,000 characters; a printed paragraph is a few
  thousand at most, so such a line is a dump, not a page).
"""

from dataclasses import dataclass
import codecs
import re

from charset_normalizer import from_bytes

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_LINE_CHARS = 200_000
MAX_CONTROL_SHARE = 0.01
MIN_CJK_SHARE = 0.3

# Runs of characters of each class: counting their lengths costs one match per run, not per character.
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_COUNTED = re.compile(r"[^\s!-/:-@\[-`{-~]+")  # not whitespace, not ASCII punctuation


class PageRejected(ValueError):
    """The file is not a newspaper page we can read; `reason` says why in a few words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class DecodedPage:
    text: str
    encoding: str


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[len(codecs.BOM_UTF8):], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data:
        raise PageRejected("binary data (NUL bytes)")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise PageRejected("binary data: no text encoding fits")
    return str(best), best.encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise PageRejected(f"binary data: invalid {encoding}") from None


def _chars(runs: re.Pattern[str], text: str) -> int:
    """How many characters of `text` are in the class that `runs` matches runs of."""
    return sum(map(len, runs.findall(text)))


def decode_page(data: bytes) -> DecodedPage:
    """Decode a page file; raise `PageRejected` with a short reason if it is not one."""
    if not data or not data.strip():
        raise PageRejected("empty file")
    if len(data) > MAX_FILE_BYTES:
        raise PageRejected(f"file of {len(data)} bytes; not a newspaper page")
    text, encoding = _decode(data)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PageRejected("empty file")
    if "\x00" in text:
        raise PageRejected("text with NUL characters")
    if _chars(_CONTROL, text) > MAX_CONTROL_SHARE * len(text):
        raise PageRejected("binary data: control characters")
    counted = _chars(_COUNTED, text)
    cjk = _chars(_CJK, text)
    if cjk == 0 or cjk < MIN_CJK_SHARE * counted:
        raise PageRejected("not Chinese text")
    longest = max(map(len, text.split("\n")))
    if longest > MAX_LINE_CHARS:
        raise PageRejected(f"a line of {longest} characters; not a newspaper page")
    return DecodedPage(text=text, encoding=encoding)
