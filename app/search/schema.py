"""The Whoosh schema: custom n-gram field types and per-document columns.

Every searchable text field F exists twice:

* ``F``  — character bigrams with positions (format ``PackedPositions``):
  answers every query of two or more units as a phrase of bigrams;
* ``F1`` — unigrams with frequencies only: answers one-unit queries
  (one Han character, one Latin word or number).

The field types do not run a Whoosh analyzer: ``index()`` receives an
:class:`~app.search.analysis.Analysed` object whose postings were counted
with dicts and C-level string operations, and returns them as
``(term bytes, freq, weight, value bytes)`` tuples, the exact shape the
segment writer pools. That avoids one Token object per character, which
was most of the cost of indexing.

Nothing is stored: the index knows an article by its columns — ``meta``
(id, page order, field lengths), ``facets`` and ``sig`` (terms for
more-like-this); text for snippets is read from the database by the caller.
"""

from __future__ import annotations

import struct
from itertools import chain
from typing import Iterator

from whoosh import columns, fields, formats
from whoosh.system import pack_uint

from .analysis import POSITION_SIZE, Analysed, pack_positions, unpack_positions

# Fields searched by the query language (name -> bigram field; unigram
# field is name + "1").
TEXT_FIELDS = ("all", "title", "author", "person", "place", "city", "county", "town")
# Query-language prefixes (also 中文 aliases) -> field.
FIELD_ALIASES = {
    "title": "title", "标题": "title",
    "author": "author", "作者": "author",
    "person": "person", "人物": "person",
    "place": "place", "地点": "place", "地名": "place",
    "city": "city", "城市": "city",
    "county": "county", "区县": "county",
    "town": "town", "乡镇": "town",
}
FACETS = ("city", "county", "town", "author", "person", "kind")
# Facets a document may have several values of (authors, people), after the single-valued ones.
MULTI_FACETS = ("author", "person")

# meta column: article id, page order, lengths (bigram counts) of the three
# scored fields.
META = struct.Struct("<qqIII")
_FACET_SEP = "\x1f"
_MULTI_SEP = "\x1e"


class PackedPositions(formats.Positions):
    """Positions as a raw uint16 array; decoding is one memoryview cast.

    Whoosh's own Positions format pickles a delta list per posting, which
    costs a Python loop per position to read back."""

    def encode(self, poslist: list[int]) -> bytes:
        return pack_positions(poslist)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        return list(unpack_positions(valuestring))

    def decode_frequency(self, valuestring: bytes) -> int:
        return len(valuestring) // POSITION_SIZE

    def decode_weight(self, valuestring: bytes) -> float:
        return float(len(valuestring) // POSITION_SIZE) * self.field_boost


class BigramField(fields.FieldType):
    """Bigrams with positions, indexed straight from an Analysed value."""

    def __init__(self) -> None:
        super().__init__(PackedPositions(), analyzer=None, scorable=True)

    def index(self, value: Analysed, **kwargs) -> Iterator[tuple[bytes, int, float, bytes]]:
        return [
            (bg.encode("utf-8"), len(ps), float(len(ps)), pack_positions(ps))
            for bg, ps in value.bi.items()
        ]


class UnigramField(fields.FieldType):
    """Unigrams with frequencies; no positions (one-unit queries only)."""

    def __init__(self) -> None:
        super().__init__(formats.Frequency(), analyzer=None, scorable=False)

    def index(self, value: Analysed, **kwargs) -> Iterator[tuple[bytes, int, float, bytes]]:
        return [(u.encode("utf-8"), f, float(f), pack_uint(f)) for u, f in value.uni.items()]


def make_schema() -> fields.Schema:
    spec: dict[str, fields.FieldType] = {
        "key": fields.ID(unique=True),
        "meta": fields.COLUMN(columns.FixedBytesColumn(META.size, default=b"\0" * META.size)),
        "facets": fields.COLUMN(columns.VarBytesColumn()),
        "sig": fields.COLUMN(columns.VarBytesColumn()),
    }
    for name in TEXT_FIELDS:
        spec[name] = BigramField()
        spec[name + "1"] = UnigramField()
    return fields.Schema(**spec)


def encode_facets(city: str | None, county: str | None, town: str | None,
                  kind: str, authors: list[str], people: list[str]) -> bytes:
    clean = [(v or "").replace(_FACET_SEP, " ") for v in (city, county, town, kind)]
    for values in (authors, people):  # in the order of MULTI_FACETS
        clean.append(_MULTI_SEP.join(a.replace(_FACET_SEP, " ").replace(_MULTI_SEP, " ") for a in values))
    return _FACET_SEP.join(clean).encode("utf-8")


EMPTY_FACETS = ("", "", "", "", (), ())


def decode_facets(b: bytes) -> tuple:
    """-> (city, county, town, kind, authors, people); '' or () for a missing value."""
    city, county, town, kind, *multi = b.decode("utf-8").split(_FACET_SEP)
    return (city, county, town, kind, *(tuple(v for v in values.split(_MULTI_SEP) if v) for values in multi))


def encode_sig(title: Analysed, all_: Analysed, limit: int = 24) -> bytes:
    """A document's "signature" for more-like-this: its title bigrams and
    its most frequent bigrams (weighted by idf when used). Kept in a column
    because the index stores no text."""
    terms = list(title.once)[:limit] + list(title.multi)[:limit]
    terms = terms[:limit]
    seen = set(terms)
    # Repeated bigrams first (most repeated first), then the first ones seen.
    top = sorted(all_.multi, key=lambda bg: -len(all_.multi[bg]))
    for bg in chain(top, all_.once):
        if len(terms) >= 2 * limit:
            break
        if bg not in seen:
            seen.add(bg)
            terms.append(bg)
    return _FACET_SEP.join(terms).encode("utf-8")


def decode_sig(b: bytes) -> list[str]:
    return [t for t in b.decode("utf-8").split(_FACET_SEP) if t]
