"""Helpers shared by the tests: page builders, index corpora, the CLI and a live server."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import uvicorn

from app.config import Settings
from app.parsing import ParsedArticle
from app.search import IndexDoc


def page(*blocks: str, gap: int = 1) -> str:
    """Blocks separated by `gap` blank lines; a block may hold several lines."""
    return ("\n" * (gap + 1)).join(blocks) + "\n"


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
    env = {**os.environ, "ZHENZHI_DATA_DIR": str(data_dir)}
    env.pop("ZHENZHI_DATABASE_URL", None)
    return subprocess.run([str(ZHENZHI), *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The app under a real uvicorn on loopback, in a thread of the test process; `settings` override
    the defaults (e.g. export_slots=1)."""

    def __init__(self, data_dir: Path, **settings: object):
        from app.web.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(Settings(data_dir=data_dir, **settings))
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="critical")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> "LiveServer":
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
    """What a page reported as broken: console errors (a 404 or a CSP refusal shows up there) and uncaught exceptions."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def watch(self, page: "Page") -> None:
        page.on("console", lambda m: self.errors.append(f"console: {m.text} @ {page.url}") if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e} @ {page.url}"))


SHARED = REPO.parent / "shared"
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
