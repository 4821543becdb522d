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
    tricky = ['镇"东"头', "路\\口", "第一段\n第二段", "tab\there"]
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
