"""`zhenzhi serve` as a user starts it: several worker processes over one data folder, forwarded headers
believed only from configured proxies."""

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx2

from tests.helpers import SEEDS, ZHENZHI, free_port, run_cli
from tests.jobs.test_ingest_hold import workers_of
from tests.databases import cli_env


@contextmanager
def serving(data_dir: Path, *args: str, **env: str) -> Iterator[tuple[str, subprocess.Popen]]:
    port = free_port()
    environment = cli_env(data_dir, **env)
    server = subprocess.Popen([str(ZHENZHI), "serve", "--port", str(port), *args], env=environment,
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert server.poll() is None, "the server exited"
            try:
                if httpx2.get(url + "/about", timeout=5).status_code == 200:  # not rate limited
                    break
            except httpx2.TransportError:
                time.sleep(0.3)
        yield url, server
    finally:
        server.terminate()
        server.wait(30)


def test_serve_with_workers_runs_processes_that_share_the_archive_and_see_its_updates(data_dir: Path,
                                                                                      tmp_path: Path) -> None:
    assert run_cli(data_dir, "ingest", str(SEEDS)).returncode == 0
    with serving(data_dir, "--workers", "2") as (url, server):
        deadline = time.monotonic() + 30
        while len(workers_of(server.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers_of(server.pid)) >= 2
        with httpx2.Client(base_url=url, timeout=10) as client:
            assert client.get("/api/search", params={"q": "社区食堂"}).json()["total"] == 0
            page = tmp_path / "canteen.txt"
            page.write_text("木渎镇开通社区食堂为老人送餐\n\n本报讯 木渎镇的社区食堂今天开张，老人可以订餐上门。\n",
                            encoding="utf-8")
            assert run_cli(data_dir, "ingest", str(page)).returncode == 0
            # new connections reach either process: every one of them answers from the updated index
            for _ in range(8):
                with httpx2.Client(base_url=url, timeout=10) as fresh:
                    assert fresh.get("/api/search", params={"q": "社区食堂"}).json()["total"] == 1


def test_forwarded_headers_are_believed_only_from_configured_proxies(seeded_data_dir: Path) -> None:
    spoofed = [{"X-Forwarded-For": f"203.0.113.{n}"} for n in range(4)]
    with serving(seeded_data_dir, ZHENZHI_API_RATE_LIMIT="3") as (url, _):
        statuses = [httpx2.get(url + "/api/articles", headers=h, timeout=10).status_code for h in spoofed]
        assert statuses == [200, 200, 200, 429]  # one client, whatever it claims to forward for
    with serving(seeded_data_dir, ZHENZHI_API_RATE_LIMIT="3", ZHENZHI_FORWARDED_ALLOW_IPS="127.0.0.1") as (url, _):
        statuses = [httpx2.get(url + "/api/articles", headers=h, timeout=10).status_code for h in spoofed]
        assert statuses == [200] * 4  # behind a configured proxy, each forwarded client has its own limit
