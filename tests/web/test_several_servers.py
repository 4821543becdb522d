"""Several `zhenzhi serve` processes (as on several machines) share one PostgreSQL database, each with a data
folder and search index of its own: what any process ingests is found by all of them within seconds."""

import subprocess
import time
from pathlib import Path

import httpx2

from tests.databases import PostgresServer, cli_env
from tests.helpers import REPO, SEEDS, ZHENZHI, build_names, write_page
from tests.web.test_serve_command import serving


def zhenzhi_ingest(data_dir: Path, url: str, *paths: Path) -> None:
    result = subprocess.run([str(ZHENZHI), "ingest", *map(str, paths)], cwd=REPO, capture_output=True, text=True,
                            env=cli_env(data_dir, ZHENZHI_DATABASE_URL=url), stdin=subprocess.DEVNULL, timeout=300)
    assert result.returncode == 0, result.stderr


def found(url: str, query: str) -> int:
    return httpx2.get(url + "/api/search", params={"q": query}, timeout=10).json()["total"]


def test_two_servers_find_what_a_third_process_ingested_each_in_its_own_index(postgresql_url: str,
                                                                              tmp_path: Path) -> None:
    one, two, ingester = tmp_path / "one", tmp_path / "two", tmp_path / "ingester"
    zhenzhi_ingest(ingester, postgresql_url, SEEDS)
    with serving(one, ZHENZHI_DATABASE_URL=postgresql_url) as (first, _), \
            serving(two, ZHENZHI_DATABASE_URL=postgresql_url) as (second, _):
        assert found(first, "社区食堂") == found(second, "社区食堂") == 0
        assert found(first, "苏州") == found(second, "苏州") > 0  # each built its index from the database
        builds = build_names(one / "index"), build_names(two / "index")
        page = write_page(tmp_path / "pages", "canteen.txt",
                          "木渎镇开通社区食堂为老人送餐\n\n本报讯 木渎镇的社区食堂今天开张，老人可以订餐上门。\n")
        zhenzhi_ingest(ingester, postgresql_url, page)
        deadline = time.monotonic() + 20
        while {found(first, "社区食堂"), found(second, "社区食堂")} != {1}:
            assert time.monotonic() < deadline, "the servers did not find the new article within 20 s"
            time.sleep(0.1)
        # each server took the one changed article into its own index instead of rebuilding it
        assert (build_names(one / "index"), build_names(two / "index")) == builds


def test_a_server_reading_a_streaming_replica_follows_what_is_ingested_on_the_primary(
        postgresql_server: PostgresServer, postgresql_template: str, tmp_path: Path) -> None:
    database = postgresql_server.new_database(postgresql_template)
    primary = postgresql_server.url(database)
    zhenzhi_ingest(tmp_path / "ingester", primary, SEEDS)
    standby = postgresql_server.start_standby()
    try:
        with serving(tmp_path / "reader", ZHENZHI_DATABASE_URL=standby.url(database)) as (reader, _):
            assert found(reader, "苏州") > 0  # it started on a read-only database and built its index
            page = write_page(tmp_path / "pages", "canteen.txt",
                              "木渎镇开通社区食堂为老人送餐\n\n本报讯 木渎镇的社区食堂今天开张，老人可以订餐上门。\n")
            zhenzhi_ingest(tmp_path / "ingester", primary, page)
            deadline = time.monotonic() + 20
            while found(reader, "社区食堂") != 1:
                assert time.monotonic() < deadline, "the replica's server did not find the new article within 20 s"
                time.sleep(0.1)
    finally:
        standby.stop()
