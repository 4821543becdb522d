"""Helpers shared by the tests: page builders, index corpora, the CLI and a live server."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn

from app.jobs.ingest import IngestReport
from app.parsing import ParsedArticle
from app.search import ArchiveIndex, IndexDoc
from app.search.analysis import fold, units_of
from tests.databases import cli_env, free_port, settings_for  # noqa: F401 (free_port: for the tests)

if TYPE_CHECKING:
    from fastapi.testclient import TestClient
    from playwright.sync_api import Page


def page(*blocks: str, gap: int = 1) -> str:
    """Blocks separated by `gap` blank lines; a block may hold several lines."""
    return ("\n" * (gap + 1)).join(blocks) + "\n"


def wrapped(text: str, width: int = 20) -> list[str]:
    """A paragraph as a narrow column prints it: lines of `width` characters."""
    return [text[k:k + width] for k in range(0, len(text), width)]


def every_line_apart(*pieces: str, width: int = 20) -> str:
    """Pieces wrapped at `width` characters with a blank line after every line, as text taken from a
    narrow column comes."""
    return column_page([wrapped(piece, width) for piece in pieces], apart=True)


def column_page(blocks: list[list[str]], apart: bool) -> str:
    """Blocks of lines with a blank line between blocks, or with every line apart (a blank line after each)."""
    if apart:
        return "\n\n" + "\n\n".join(line for block in blocks for line in block) + "\n"
    return "\n\n" + "\n\n".join("\n".join(block) for block in blocks) + "\n"


def gapped_page(*blocks: tuple[int, str], width: int = 37, apart: bool = True) -> str:
    """Blocks of (blank lines before, text), each text wrapped at `width`: with a blank line after every line
    (apart), or each block's lines printed together."""
    out = ["", ""]
    for gap, text in blocks:
        out.extend([""] * gap)
        lines = wrapped(text, width)
        out.extend(line for k, line in enumerate(lines) for line in (["", line] if k and apart else [line]))
    return "\n".join(out) + "\n"


def by_title(articles: list[ParsedArticle], title: str | None) -> ParsedArticle:
    found = [a for a in articles if a.title == title]
    assert len(found) == 1, f"{title!r} among {[a.title for a in articles]}"
    return found[0]


def line_of(text: str, fragment: str) -> int:
    """1-based number of the first line containing `fragment`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if fragment in line:
            return number
    raise AssertionError(f"{fragment!r} not on the page")


REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
ZHENZHI = Path(sys.executable).with_name("zhenzhi")


def run_cli(data_dir: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the installed `zhenzhi` command the way a user would."""
    return subprocess.run([str(ZHENZHI), *args], cwd=REPO, env=cli_env(data_dir), capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def ingest(data_dir: Path, *paths: Path, workers: int | None = None) -> IngestReport:
    """Ingest page files into the archive at `data_dir` in this process, as `zhenzhi ingest` does (migrations,
    places, parse, store, index) without starting a command; `workers=1` keeps a large ingest in process."""
    from app.archive.db import make_engine, migrate
    from app.jobs.pipeline import ingest_and_index

    settings = settings_for(data_dir)
    migrate(settings)
    engine = make_engine(settings)
    try:
        return ingest_and_index(settings, engine, list(paths), workers=workers)
    finally:
        engine.dispose()


def exported(data_dir: Path) -> list[dict]:
    """Every article of the archive at `data_dir` as `zhenzhi export` prints it (one JSON object each)."""
    import json

    from sqlmodel import Session

    from app.archive.db import make_engine
    from app.archive.queries.articles import export_records

    engine = make_engine(settings_for(data_dir))
    try:
        with Session(engine) as session:
            return [json.loads(json.dumps(record, ensure_ascii=False)) for record in export_records(session)]
    finally:
        engine.dispose()


@contextmanager
def app_client(data_dir: Path) -> Iterator[TestClient]:
    """The app in process over the archive at `data_dir` (FastAPI's TestClient, a real database)."""
    from fastapi.testclient import TestClient

    from app.web.app import create_app

    with TestClient(create_app(settings_for(data_dir)), base_url="http://127.0.0.1") as client:
        yield client


def write_page(folder: Path, name: str, text: str) -> Path:
    """A page file of `text` in `folder` (created when missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


TOWNS = [("苏州市", "吴中区", "胥口镇"), ("苏州市", "吴中区", "木渎镇"), ("苏州市", "姑苏区", "平江街道"),
         ("无锡市", "江阴市", "青阳镇"), ("南京市", "玄武区", "梅园新村街道")]
AUTHORS = ["王芳", "李明", "范韶欣", "杨婷婷"]


def seed_lines() -> list[str]:
    lines = []
    for p in sorted(SEEDS.glob("*.txt")):
        lines += [ln.strip() for ln in p.read_text(encoding="utf-8", errors="replace").splitlines()
                  if len(ln.strip()) >= 12]
    return lines


def make_docs(n: int, seed: int = 1) -> list[IndexDoc]:
    rnd = random.Random(seed)
    lines = seed_lines()
    docs = []
    for i in range(1, n + 1):
        city, county, town = TOWNS[i % len(TOWNS)]
        body = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 4)))
        docs.append(IndexDoc(
            id=i, title=rnd.choice(lines)[:18], kicker=None, subtitle=None, body=body,
            authors=[AUTHORS[i % len(AUTHORS)]] if i % 3 else [], places=[town, county, city],
            city=city, county=county, town=town, kind="photo" if i % 10 == 0 else "article", order=i))
    return docs


HOSTILE = [
    '"', '""', '"""', "(", ")", ")(", "((((", "))))", "-", "--", "- -", "-(", "NOT NOT", "OR OR OR",
    "AND", "a AND", ":", "::", "title:title:", "title:(", "title:()", "title:)", 'title:"', "place:-",
    "*", "**", "?", "\\", "\x00", "\x1b[31m", "\u200b", "\ufeff苏州", "<script>alert(1)</script>",
    "' OR 1=1 --", "%", "_", "苏州" * 300, "(" * 500, "a" * 600, "😀", "\U00020000", "ｔｉｔｌｅ：",
    "-(苏州 OR 无锡)", "(-苏州)", "NOT (a OR)", '"a" "b" "', "title:a OR", "( OR )", "-\"\"",
]


class LiveServer:
    """The app under a real uvicorn on loopback, in a thread of the test process; `settings` override
    the defaults (e.g. export_slots=1)."""

    def __init__(self, data_dir: Path, **settings: object):
        from app.web.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        settings.setdefault("public_url", self.url)  # readers reach this server here, as a deployment configures it
        self.app = create_app(settings_for(data_dir, **settings))
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="critical")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class Console:
    """What a page reported as broken: console errors (a 404 or a CSP refusal shows up there) and uncaught
    exceptions."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def watch(self, page: Page) -> None:
        page.on("console",
                lambda m: self.errors.append(f"console: {m.text} @ {page.url}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e} @ {page.url}"))


SCORER = SHARED / "tools" / "score_parse.py"
GOLD = SHARED / "gold"


def _page_gold() -> list[tuple[Path, str]]:
    import json

    named = ((gold, json.loads(gold.read_text(encoding="utf-8")).get("file")) for gold in sorted(GOLD.glob("*.json")))
    return [(gold, name) for gold, name in named if isinstance(name, str)]


def gold_page_files() -> list[str]:
    """The seed pages that have hand-made gold: every gold file that names a page (people.json does not)."""
    return [name for _, name in _page_gold()]


def page_gold_dir(into: Path) -> Path:
    """A folder with the page gold alone, for the parse scorer, which reads every JSON file of its folder."""
    folder = into / "page-gold"
    folder.mkdir(exist_ok=True)
    for gold, _ in _page_gold():
        shutil.copy2(gold, folder / gold.name)
    return folder


def require_shared_gold() -> None:
    """The gold tests need ../shared beside the repository: skipped on a laptop without it, failed under CI
    (CI=true), where a missing scorer must not pass silently."""
    import pytest

    if SCORER.is_file() and GOLD.is_dir():
        return
    message = f"the shared scorer and gold are not beside the repository ({SHARED})"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


# A small archive of dated pages of our own invention: three newspapers over several years, metadata from
# a sidecar, file names, folders and a masthead, and one page with no date at all.
DATED_STORIES = {
    "垃圾": ("胥口镇垃圾分类进小区",
             "本报讯（记者 王芳）胥口镇在各小区推行垃圾分类，居民按时投放，志愿者在投放点值守。"),
    "网格": ("木渎镇网格员走村入户", "本报讯 木渎镇的网格员每天走访住户，记下意见，当天转给村里办理。"),
    "道路": ("平江街道修好背街小巷", "本报讯（记者 李明）平江街道今年修好了十条背街小巷，路灯也换了新的。"),
}


def dated_page(*keys: str, masthead: str = "") -> str:
    blocks = [masthead] if masthead else []
    for n, key in enumerate(keys):
        title, body = DATED_STORIES[key]
        blocks.append(f"{title}（{n + 1}）\n{body}")
    return page(*blocks)


def on_this_day(years_ago: int = 7) -> str:
    """Today's month and day in an earlier year (28 February on a leap day)."""
    from app import clock

    today = clock.today()
    return today.replace(year=today.year - years_ago, day=28 if (today.month, today.day) == (2, 29) else today.day
                         ).isoformat()


def write_dated_pages(folder: Path) -> Path:
    import json

    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "苏州日报_2022-11-08_A01.txt": dated_page("垃圾", "道路"),
        "苏州日报_2022-11-08_A05.txt": dated_page("网格"),
        "苏州日报_2022-11-09_A02.txt": dated_page("垃圾"),
        "szrb-20211103-A02.txt": dated_page("垃圾", "网格"),
        f"苏州日报_{on_this_day()}_A03.txt": dated_page("道路"),
        "gusu-may.txt": dated_page("垃圾"),
        "姑苏晚报/2020-01-15/A03.txt": dated_page("网格", "垃圾"),
        "wuxi.txt": dated_page("道路", "网格", masthead="无锡日报\n2018年3月2日 星期五\n第A04版：民生"),
        "undated.txt": dated_page("垃圾", "道路"),
    }
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "gusu-may.meta.json").write_text(
        json.dumps({"newspaper": "姑苏晚报", "date": "2019年5月20日", "edition": "B02"}, ensure_ascii=False))
    return folder


# -- searching a built index: oracles and whole result sets -----------------


def texts_of(d: IndexDoc) -> list[str]:
    return [t for t in [d.title, d.kicker, d.subtitle, d.body, *d.authors, *d.places, d.city, d.county, d.town] if t]


def oracle(docs: list[IndexDoc], han: str) -> set[int]:
    """Documents containing the Han string inside one run of one field."""
    han = fold(han)
    return {d.id for d in docs if any(han in "".join(r) for t in texts_of(d) for r in units_of(t))}


def all_ids(ix: ArchiveIndex, q: str, **kw) -> set[int]:
    """Every hit, over all pages."""
    out: set[int] = set()
    page = 1
    while True:
        r = ix.search(q, per_page=100, page=page, **kw)
        out |= {h.id for h in r.hits}
        if len(out) >= r.total or not r.hits:
            assert len(out) == r.total
            return out
        page += 1


def all_scores(ix: ArchiveIndex, q: str, **kw) -> dict[int, float]:
    """id -> score of every hit, over all pages."""
    out: dict[int, float] = {}
    page = 1
    while True:
        r = ix.search(q, per_page=100, page=page, **kw)
        out.update((h.id, h.score) for h in r.hits)
        if len(out) >= r.total or not r.hits:
            return out
        page += 1


def build_names(index_dir: Path) -> set[str]:
    """The build folders of an index folder."""
    return {p.name for p in index_dir.glob("build-*")}


def find_place(tree: list[dict], name: str) -> dict:
    """The node named `name` in a place tree of /api/places ({} when absent)."""
    for node in tree:
        if node["name"] == name:
            return node
        if found := find_place(node["children"], name):
            return found
    return {}


def processes_in_session(sid: int) -> list[int]:
    """Pids of the live processes in session `sid` (from /proc; zombies count as gone)."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            pids.append(int(stat.parent.name))
    return pids


def wait_for(condition, timeout: float = 20.0) -> bool:
    """Whether `condition()` came true within `timeout` seconds (checked every few milliseconds): for what
    another process finishes on its own clock, such as exiting after its parent did."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def many_pages(folder: Path, copies: int) -> Path:
    """`copies` copies of every seed page in a new `folder`."""
    folder.mkdir()
    for copy in range(copies):
        for seed in SEEDS.glob("*.txt"):
            (folder / f"{copy:02d}_{seed.name}").write_bytes(seed.read_bytes())
    return folder


def small_pages(folder: Path, count: int) -> Path:
    """`count` short invented pages of one article each in `folder` (made when missing): enough files for a
    parallel ingest at little cost."""
    folder.mkdir(exist_ok=True)
    for n in range(count):
        (folder / f"page{n:03d}.txt").write_text(
            f"\n\n平江街道开展第{n}次垃圾分类宣传\n\n本报讯(记者 王芳)近日，平江街道在社区广场开展宣传活动，"
            f"居民踊跃参加，现场发放资料{n + 100}份。\n", encoding="utf-8")
    return folder


def spawned_children() -> set[int]:
    """Pids of this process's multiprocessing workers (children started by spawn_main)."""
    me = os.getpid()
    pids = set()
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (proc / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue  # ended while we looked
        if ppid == me and b"spawn_main" in cmdline:
            pids.add(int(proc.name))
    return pids


def check_against_openapi(doc: dict, path: str, status: int, body: object) -> None:
    """Validate a real JSON answer against the schema /openapi.json publishes for that path and status."""
    from jsonschema import Draft202012Validator

    response = doc["paths"][path]["get"]["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    Draft202012Validator({**schema, "components": doc["components"]}).validate(body)
def namesake_pages(folder: Path) -> Path:
    """Invented pages where one name holds posts in three counties: 区委书记 of 崇川区 on two dated pages
    (the earlier date ingested second), a 街道 post in 姑苏区 and a 镇 post in 常熟市 on undated pages."""
    article = "\n\n{title}\n\n本报讯(记者 王芳){body}\n"
    pages = {
        "a_chongchuan.txt": ("2023-05-02", "崇川区召开河长制工作推进会",
                             "近日，崇川区召开河长制工作推进会。区委书记王大明出席会议并讲话。"
                             "王大明强调，要守好每一条河。"),
        "b_chongchuan.txt": ("2021-03-01", "崇川区部署春季植树",
                             "近日，崇川区部署春季植树工作。区委书记王大明参加植树。"),
        "c_shuangta.txt": (None, "姑苏区双塔街道推进老旧小区改造",
                           "近日，姑苏区双塔街道党工委书记王大明调研老旧小区改造工作。王大明说，改造要听居民的意见。"),
        "d_xinzhuang.txt": (None, "辛庄镇开展秸秆禁烧巡查",
                            "近日，常熟市辛庄镇党委书记王大明带队开展秸秆禁烧巡查，镇长李小红参加。"),
    }
    for name, (date, title, body) in pages.items():
        write_page(folder, name, article.format(title=title, body=body))
        if date:
            write_page(folder, name.replace(".txt", ".meta.json"), f'{{"newspaper": "示例日报", "date": "{date}"}}')
    return folder
