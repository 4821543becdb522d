"""The Whoosh schema (per-document columns only) and the text fields the postings hold.

Every searchable text field F has two sets of postings in a segment's postings file
(app.search.postings):

* ``F``  — character bigrams with positions: answers every query of two or more units as a
  phrase of bigrams;
* ``F1`` — unigrams with frequencies only: answers one-unit queries (one Han character, one
  Latin word or number).

Nothing textual is stored: the index knows an article by its columns — ``meta`` (id, page
order, field lengths), ``facets`` and ``sig`` (bigram keys for more-like-this); text for
snippets is read from the database by the caller.
"""

from __future__ import annotations

import struct

import numpy as np
from whoosh import columns, fields

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
META_DTYPE = np.dtype([("aid", "<i8"), ("order", "<i8"), ("all", "<u4"), ("title", "<u4"), ("place", "<u4")])
_FACET_SEP = "\x1f"
_MULTI_SEP = "\x1e"


def make_schema() -> fields.Schema:
    spec: dict[str, fields.FieldType] = {
        "meta": fields.COLUMN(columns.FixedBytesColumn(META.size, default=b"\0" * META.size)),
        "facets": fields.COLUMN(columns.VarBytesColumn()),
        "sig": fields.COLUMN(columns.VarBytesColumn()),
    }
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


def decode_sig(b: bytes) -> np.ndarray:
    """A document's "more like this" terms: bigram keys of its segment (app.search.writer)."""
    return np.frombuffer(b, dtype="<i8")
