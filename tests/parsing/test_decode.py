"""decode_page: encodings, line ends, and the files it refuses with a reason."""

import codecs
import random

import pytest

from app.parsing import DecodedPage, PageRejected, decode_page

TEXT = "城北街道 建成口袋公园\n\n本报讯(林一)近日,城北街道建成口袋公园三座。\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
])
def test_encodings(data: bytes, encoding: str):
    assert decode_page(data) == DecodedPage(text=TEXT, encoding=encoding)


def test_line_ends_are_normalised():
    data = "第一行标题\r\n\r\n第二行正文。\r第三行正文。".encode()
    assert decode_page(data).text == "第一行标题\n\n第二行正文。\n第三行正文。"


def reason(data: bytes) -> str:
    with pytest.raises(PageRejected) as caught:
        decode_page(data)
    return caught.value.reason


def test_empty_file():
    assert reason(b"") == "empty file"
    assert reason(b"  \r\n ") == "empty file"


def test_random_bytes():
    assert reason(random.Random(0).randbytes(4096)).startswith("binary data")
    assert reason(bytes(range(1, 256)) * 8).startswith("binary data")


def test_nul_bytes():
    assert "NUL" in reason("正文\x00正文".encode())
    assert "NUL" in reason(codecs.BOM_UTF16_LE + "正文\x00正文".encode("utf-16-le"))


def test_not_chinese():
    assert reason(b"Just an English page.\n\nNothing else.") == "not Chinese text"
    assert reason("Une page en français, déjà écrite.".encode("latin-1")) == "not Chinese text"


def test_a_line_too_long_for_a_page():
    assert reason(("中" * 200_001).encode("utf-8")) == "a line of 200001 characters; not a newspaper page"
    assert decode_page(("中" * 200_000).encode("utf-8")).encoding == "utf-8"


def test_rejection_is_a_value_error_with_the_reason_as_message():
    with pytest.raises(ValueError, match="empty file"):
        decode_page(b"")


def test_the_shares_are_counted_to_the_character():
    # 3 Chinese characters of 10 counted (spaces and ASCII punctuation are not): 30% is Chinese enough, 2 of 10 not
    assert decode_page("中文字 abcdefg, !".encode()).text == "中文字 abcdefg, !"
    assert reason("中文 abcdefgh, !".encode()) == "not Chinese text"
    # U+3000 and the other Unicode spaces are not counted; Chinese beyond the BMP and compatibility ideographs are
    assert decode_page("中\u3000\u2003\u00a0abcde𠀀\uf900 ".encode("utf-8")).encoding == "utf-8"
    # one control character in a hundred is damage a page may carry, two are binary data
    assert decode_page(("中" * 99 + "\x07").encode("utf-8")).encoding == "utf-8"
    assert reason(("中" * 98 + "\x07\x1b").encode("utf-8")) == "binary data: control characters"


def test_the_counts_agree_with_the_classes_patterns():
    from app.parsing.decode import _CJK, CONTROL as _CONTROL, _COUNTED, _counts

    edges = [*range(0x80), 0x85, 0xA0, 0x1680, 0x2000, 0x200A, 0x2028, 0x202F, 0x205F, 0x3000, 0x3001, 0x33FF,
             0x3400, 0x4E00, 0x9FFF, 0xA000, 0xF8FF, 0xF900, 0xFAFF, 0xFB00, 0xFF0C, 0x1FFFF, 0x20000, 0x2FFFF,
             0x30000, 0x10FFFF]
    rng = random.Random(5)
    for _ in range(3000):
        text = "".join(chr(rng.choice(edges)) for _ in range(rng.randrange(0, 40)))
        assert _counts(text) == tuple(sum(map(len, p.findall(text))) for p in (_CONTROL, _CJK, _COUNTED)), repr(text)
