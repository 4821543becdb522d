"""Snippets and marked titles: escaped, merged, offsets through folding."""

from __future__ import annotations

import re

from app.search import ArchiveIndex, IndexDoc, parse
from app.search.highlight import build_pattern, mark_all, snippet


def test_snippets_are_escaped_merged_and_marked(tmp_path):
    body = "前言<script>alert('x')</script>。蘇州工業園區的&amp;苏州工业园区，" + "无关内容" * 60 + "末尾苏州"
    docs = [IndexDoc(1, None, None, None, body, [], [], None, None, None, "article", 1)]
    ix = ArchiveIndex(tmp_path, procs=1)
    ix.rebuild(docs, generation=1)
    r = ix.search("苏州 工业园区", text_for=lambda ids: {1: (None, body)})
    h = r.hits[0].highlight
    assert "<script>" not in h and "</script>" not in h and "&lt;/script&gt;" in h and "&amp;amp;" in h
    assert "<mark>蘇州工業園區</mark>" in h  # contiguous matches merged, original script kept
    assert re.sub(r"</?mark>", "", h).count("<") == 0
    r = ix.search("script", text_for=lambda ids: {1: (None, body)})
    assert "&lt;<mark>script</mark>&gt;" in r.hits[0].highlight


def test_highlight_offsets_with_expanding_characters():
    pattern = build_pattern((parse("苏州").needles[0],))
    text = "①㈱苏州<b>"
    assert mark_all(text, pattern) == "①㈱<mark>苏州</mark>&lt;b&gt;"
    assert snippet("王 芳说", build_pattern((parse("王芳").needles[0],))) == "<mark>王 芳</mark>说"
    assert snippet("", pattern) == ""
