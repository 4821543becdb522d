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
import numpy as np

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_LINE_CHARS = 200_000
MAX_CONTROL_SHARE = 0.01
MIN_CJK_SHARE = 0.3

# The classes of characters counted, as patterns (what they mean) …
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")  # (a NUL in a page is damage, not text)
_COUNTED = re.compile(r"[^\s!-/:-@\[-`{-~]+")  # not whitespace, not ASCII punctuation
# … and as a table of the code points below U+3001, which hold every control character, whitespace character
# (U+3000 is the last) and ASCII punctuation: bit 1 a control character, bit 2 one not counted. The page's
# code points are looked up in it all at once (numpy), not run by run.
_TABLE_END = 0x3001
_CLASSES = np.array([(CONTROL.match(c) is not None) | 2 * (_COUNTED.match(c) is None)
                     for c in map(chr, range(_TABLE_END))] + [0], np.uint8)


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
    control, cjk, counted = _counts(text)
    if control > MAX_CONTROL_SHARE * len(text):
        raise PageRejected("binary data: control characters")
    if cjk == 0 or cjk < MIN_CJK_SHARE * counted:
        raise PageRejected("not Chinese text")
    longest = max(map(len, text.split("\n"))) if len(text) > MAX_LINE_CHARS else 0  # (no line is longer than the text)
    if longest > MAX_LINE_CHARS:
        raise PageRejected(f"a line of {longest} characters; not a newspaper page")
    return DecodedPage(text=text, encoding=encoding)


def _counts(text: str) -> tuple[int, int, int]:
    """How many characters of the text are control characters, Chinese (`_CJK`), and counted (`_COUNTED`)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), "<u4")
    classes = _CLASSES[np.minimum(codes, _TABLE_END)]
    cjk = ((codes - 0x3400 <= 0x9FFF - 0x3400) | (codes - 0xF900 <= 0xFAFF - 0xF900)
           | (codes - 0x20000 <= 0x2FFFF - 0x20000))
    return (int(np.count_nonzero(classes & 1)), int(np.count_nonzero(cjk)),
            len(codes) - int(np.count_nonzero(classes & 2)))
