"""Citations say what the archive knows and no more, in the shapes reference managers read."""

import json
from datetime import date

from app.formats.citation import bibtex, coins, csl_json, facts, gbt7714, highwire_tags, ris

RECORD = {"id": 42, "kind": "article", "title": "河长制让小河变清", "authors": ["王一", "李二", "张三", "赵四"],
          "body": "正文", "source": {"file": "2022-11-08/A05.txt", "lines": [[3, 9]], "newspaper": "姑苏晚报",
                                     "date": "2022-11-08", "edition": "A05"}}
URL = "https://zhenzhi.example/articles/42"
ACCESSED = date(2026, 11, 28)


def test_gbt7714_names_the_newspaper_date_edition_access_date_and_permalink() -> None:
    assert gbt7714(facts(RECORD, URL, ACCESSED)) == (
        "王一, 李二, 张三, 等. 河长制让小河变清[N/OL]. 姑苏晚报, 2022-11-08(A05)[2026-11-28]. "
        "https://zhenzhi.example/articles/42.")


def test_without_a_newspaper_the_page_file_is_not_the_source() -> None:
    bare = {**RECORD, "authors": [], "source": {"file": "x_17.txt", "lines": [[1, 2]]}}
    line = gbt7714(facts(bare, URL, ACCESSED))
    assert line == "河长制让小河变清[N/OL]. 版面文件[2026-11-28]. https://zhenzhi.example/articles/42."
    assert "x_17" not in line


def test_ris_bibtex_and_csl_carry_the_same_facts() -> None:
    f = facts(RECORD, URL, ACCESSED)
    lines = ris([f]).split("\r\n")
    assert lines[0] == "TY  - NEWS" and "T2  - 姑苏晚报" in lines and "DA  - 2022/11/08/" in lines
    assert [line for line in lines if line.startswith("AU  - ")] == [f"AU  - {a}" for a in RECORD["authors"]]
    assert "UR  - " + URL in lines and "Y2  - 2026-11-28" in lines and lines[-2] == "ER  - "
    entry = bibtex([f])
    assert entry.startswith("@article{zhenzhi42,") and "journal = {姑苏晚报}" in entry
    assert "author = {{王一} and {李二} and {张三} and {赵四}}" in entry and "year = {2022}" in entry
    item = json.loads(csl_json([f]))[0]
    assert item["type"] == "article-newspaper" and item["container-title"] == "姑苏晚报"
    assert item["issued"] == {"date-parts": [[2022, 11, 8]]} and item["URL"] == URL


def test_bibtex_escapes_what_tex_would_read_as_commands() -> None:
    odd = facts({**RECORD, "title": "100% {达标} & #1_项"}, URL, ACCESSED)
    assert r"title = {100\% \{达标\} \& \#1\_项}" in bibtex([odd])


def test_highwire_tags_and_coins() -> None:
    f = facts(RECORD, URL, ACCESSED)
    tags = highwire_tags(f)
    assert ("citation_title", "河长制让小河变清") in tags and ("citation_journal_title", "姑苏晚报") in tags
    assert [v for k, v in tags if k == "citation_author"] == RECORD["authors"]
    assert ("citation_publication_date", "2022/11/08") in tags and ("citation_public_url", URL) in tags
    span = coins(f)
    assert span.startswith("ctx_ver=Z39.88-2004&") and "rft.jtitle=%E5%A7%91%E8%8B%8F%E6%99%9A%E6%8A%A5" in span
