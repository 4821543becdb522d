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

from tests.helpers import SEEDS, LiveServer, run_cli

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


@pytest.fixture(scope="session")
def live_server(seeded_data_dir: Path) -> Iterator[LiveServer]:
    with LiveServer(seeded_data_dir) as server:
        yield server


@pytest.fixture(scope="session")
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def client(seeded_data_dir: Path) -> Iterator["TestClient"]:
    """The app in process over the shared seeded archive (FastAPI's TestClient, a real SQLite file)."""
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.web.app import create_app

    with TestClient(create_app(Settings(data_dir=seeded_data_dir))) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def dated_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of dated pages of our own (three newspapers over several years, one undated page)."""
    from tests.helpers import write_dated_pages

    root = tmp_path_factory.mktemp("dated")
    data = root / "data"
    result = run_cli(data, "ingest", str(write_dated_pages(root / "pages")))
    assert result.returncode == 0, result.stdout + result.stderr
    return data


@pytest.fixture(scope="session")
def dated(dated_data_dir: Path) -> Iterator["TestClient"]:
    """The app in process over the dated archive."""
    from fastapi.testclient import TestClient

    from app.config import Settings
    from app.web.app import create_app

    with TestClient(create_app(Settings(data_dir=dated_data_dir))) as test_client:
        yield test_client
