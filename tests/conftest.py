"""Shared fixtures: a real archive in a temporary folder and a real uvicorn server over it."""

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from app.config import Settings

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


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def pages_dir(tmp_path: Path) -> Path:
    """A private copy of the seed pages that a test may change."""
    target = tmp_path / "pages"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture(scope="session")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One archive of the seeds, shared by read-only tests."""
    data = tmp_path_factory.mktemp("seeded") / "data"
    result = run_cli(data, "ingest", str(SEEDS))
    assert result.returncode == 0, result.stderr
    return data


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    def __init__(self, data_dir: Path):
        from app.web.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(Settings(data_dir=data_dir)), host="127.0.0.1", port=self.port,
                                log_level="warning")
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


@pytest.fixture(scope="session")
def live_server(seeded_data_dir: Path) -> Iterator[LiveServer]:
    with LiveServer(seeded_data_dir) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


def page_gold(folder: Path) -> Path:
    """The page gold of ../shared/gold copied alone into `folder`: the shared parse scorer reads every
    JSON file of the folder it is given, and people.json (scored by score_people.py) is not page gold."""
    folder.mkdir(parents=True, exist_ok=True)
    for gold in (SHARED / "gold").glob("[0-9][0-9][0-9]_*.json"):
        shutil.copy(gold, folder / gold.name)
    return folder
