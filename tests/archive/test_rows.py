"""A page's rows as the store writes them: the JSON columns read back as json.dumps would have written them."""

import json
import subprocess
import sys

from app.archive.rows import StoredTags, line_ranges, page_rows, tag_values
from app.parsing.model import ParsedArticle
from app.places.model import Mention


def test_line_ranges_are_written_as_json_writes_them() -> None:
    for lines in ([], [(1, 1)], [(1, 4), (9, 12)], [(7, 130), (131, 2048), (3000, 3001)]):
        assert line_ranges(lines) == json.dumps([list(r) for r in lines])
        assert json.loads(line_ranges(lines)) == [list(r) for r in lines]


def test_the_json_columns_keep_quotes_backslashes_and_chinese_as_json_dumps_does() -> None:
    tricky = ['镇"东"头', "路\\口", "第一段\n第二段", "tab\there", "控\x01制\u2028行", "𠀀镇\ud83d", ""]
    article = ParsedArticle(kind="article", title="标题", paragraphs=["正文。"], sections=tricky, credits=["记者 张三"],
                            lines=[(2, 5)])
    mentions = [Mention(name=name, level="town", code="320506100000") for name in tricky]
    rows = page_rows([article], [StoredTags(None, mentions)])
    _, _, _, _, _, sections, credits, lines, *tags = rows.articles[0]
    assert sections == json.dumps(tricky, ensure_ascii=False)
    assert credits == json.dumps(["记者 张三"], ensure_ascii=False)
    assert lines == "[[2, 5]]"
    assert tags[-1] == json.dumps([{"name": n, "level": "town", "code": "320506100000"} for n in tricky],
                                  ensure_ascii=False)
    assert tag_values(None)[-1] == "[]"


def test_an_ingest_worker_imports_no_database_library() -> None:
    """What a worker process unpickles (the analysis, the tagger, the pool's start) leaves the database
    libraries out: each of them would cost every worker's start."""
    code = ("import sys, app.jobs.analysis, app.jobs.tagging, app.workers; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'sqlmodel', 'alembic', 'whoosh'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _page_of(*texts: tuple[str, str]) -> list[ParsedArticle]:
    return [ParsedArticle(kind="article", title=title, paragraphs=[body]) for title, body in texts]


def test_the_ids_made_with_the_rows_are_those_the_store_works_out_from_the_texts() -> None:
    # The rows carry their articles' ids instead of their identity texts: the same ids, the same text twice on
    # a page told apart, and the texts still there for a store that needs them (a clash, a retired id).
    from app.archive.identity import article_ids, identity_text
    from app.archive.rows import identity_texts, keyed_texts

    parsed = _page_of(("河长巡河", "东山街道的河长今天巡河。"), ("", "只有正文的一条消息。"),
                      ("河长巡河", "东山街道的河长今天巡河。"))
    rows = page_rows(parsed, [None] * 3, "2024-05-01/A01.txt")
    expected = article_ids("2024-05-01/A01.txt", [(a.kind, a.title, a.body) for a in parsed])
    assert rows.file == "2024-05-01/A01.txt" and rows.ids == expected and len(set(expected)) == 3
    assert identity_texts(rows) == [identity_text(a.title, a.body) for a in parsed]
    assert keyed_texts(rows) == [("article", identity_text(a.title, a.body)) for a in parsed]
    assert page_rows(parsed, [None] * 3).ids is None  # made without the page's file: the store works them out


def test_the_store_gives_rows_made_with_ids_and_without_them_the_same_ids(archive_dir) -> None:
    from sqlmodel import Session

    from app.archive.db import make_engine
    from app.archive.identity import ids_of
    from app.archive.rows import PageInput, keyed_texts
    from app.archive.write import store_rows
    from tests.databases import settings_for

    engine = make_engine(settings_for(archive_dir))
    parsed = _page_of(("社区食堂开张", "北塘社区的食堂今天开张。"), ("", "一条没有标题的短讯。"))
    stored = []
    try:
        for n, file in enumerate(("a/1.txt", "b/1.txt", "c/1.txt")):
            made_for = "elsewhere.txt" if n == 2 else file  # rows made for another file: their ids are not used
            rows = page_rows(parsed, [None, None], made_for if n else None)
            page = PageInput(file=file, path=f"/pages/{file}", content_hash=str(n), encoding="utf-8", text="x")
            with Session(engine) as session:
                stored.append(store_rows(session, page, rows)[1])
                session.commit()
            assert stored[-1] == ids_of(file, keyed_texts(rows)), file
    finally:
        engine.dispose()
