"""The database under the tests: the embedded SQLite file of each data folder, or (with `--database
postgresql`) a real PostgreSQL server from Debian's `postgresql` package, started once per test process in a
temporary folder, with a database of its own for every data folder a test uses.

A data folder stands for an archive: `settings_for(folder)` gives the settings that reach its database,
`copy_archive` copies both the folder and its database, `cli_env` hands both to a `zhenzhi` process.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.config import Settings

PG_ROOT = Path("/usr/lib/postgresql")
RUN_AS = "postgres"  # initdb refuses root; Debian's package creates this user


def postgresql_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian keeps each major version apart)."""
    found = sorted((p.parent for p in PG_ROOT.glob("*/bin/initdb")), key=lambda p: int(p.parent.name))
    return found[-1] if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """A throw-away PostgreSQL: trust authentication on 127.0.0.1 and a socket in its own folder; durability
    off (fsync) unless asked for, since a test database outlives nothing."""

    def __init__(self, bin_dir: Path, *, durable: bool = False):
        self.bin = bin_dir
        self.durable = durable
        self.root = Path(tempfile.mkdtemp(prefix="zhenzhi-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self.process: subprocess.Popen | None = None
        self._names = itertools.count()

    def _command(self, *args: str) -> list[str]:
        return ["runuser", "-u", RUN_AS, "--", *args] if os.geteuid() == 0 else list(args)

    def start(self) -> PostgresServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--locale=C", "--no-sync")
        return self._launch()

    def start_standby(self) -> PostgresServer:
        """A hot standby of this server, by PostgreSQL's own streaming replication: read-only, a moment behind."""
        standby = PostgresServer(self.bin, durable=self.durable)
        standby._run(str(self.bin / "pg_basebackup"), "-D", str(standby.data), "-R", "-X", "stream",
                     "--checkpoint=fast", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres")
        return standby._launch()

    def _run(self, *command: str) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, RUN_AS, RUN_AS)
        subprocess.run(self._command(*command), check=True, capture_output=True, stdin=subprocess.DEVNULL)

    def _launch(self) -> PostgresServer:
        settings = {"listen_addresses": "127.0.0.1", "port": str(self.port), "unix_socket_directories": str(self.root),
                    "max_connections": "200", "shared_buffers": "64MB", "log_min_messages": "fatal"}
        if not self.durable:
            settings.update(fsync="off", synchronous_commit="off", full_page_writes="off")
        options = [f"--{name.replace('_', '-')}={value}" for name, value in settings.items()]
        self.process = subprocess.Popen(self._command(str(self.bin / "postgres"), "-D", str(self.data), *options),
                                        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                        stderr=open(self.root / "server.log", "wb"), start_new_session=True)
        deadline = time.monotonic() + 30
        while True:
            try:
                self.execute("SELECT 1")
                return self
            except Exception as error:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.root / "server.log").read_text()[-2000:]
                    raise RuntimeError(f"PostgreSQL did not start: {log}") from error
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(2)  # SIGINT: PostgreSQL's fast shutdown
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> list[tuple]:
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database,
                             autocommit=True, connect_timeout=5) as connection:
            cursor = connection.execute(sql)
            return cursor.fetchall() if cursor.description else []

    def new_database(self, template: str | None = None) -> str:
        """A new database (a copy of `template`, which nobody may be connected to): its name."""
        name = f"archive_{next(self._names)}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name


class Databases:
    """Which database each data folder's archive lives in, for the PostgreSQL pass; empty otherwise."""

    server: PostgresServer | None = None
    template: str | None = None  # a migrated database with the places table: new archives are copies of it
    names: dict[Path, str] = {}
    sealed: dict[Path, str] = {}  # an untouched copy of a shared archive's database, to copy from


def database_name(data_dir: Path) -> str | None:
    """The PostgreSQL database of `data_dir`'s archive, made (a copy of the migrated template) on first use."""
    if Databases.server is None:
        return None
    key = data_dir.resolve()
    if key not in Databases.names:
        Databases.names[key] = Databases.server.new_database(Databases.template)
    return Databases.names[key]


def database_url(data_dir: Path) -> str | None:
    name = database_name(data_dir)
    return Databases.server.url(name) if Databases.server and name else None


def settings_for(data_dir: Path, **settings: object) -> Settings:
    """Settings for the archive at `data_dir`: its SQLite file, or its PostgreSQL database in that pass."""
    return Settings(data_dir=data_dir, database_url=database_url(data_dir), **settings)


def cli_env(data_dir: Path, **env: str) -> dict[str, str]:
    """The environment of a `zhenzhi` process over the archive at `data_dir`."""
    environment = dict(os.environ)
    environment.pop("ZHENZHI_DATABASE_URL", None)
    url = database_url(data_dir)
    if url:
        environment["ZHENZHI_DATABASE_URL"] = url
    return {**environment, "ZHENZHI_DATA_DIR": str(data_dir), **env}


def seal(data_dir: Path) -> Path:
    """Mark a shared archive as built: copies are made from an untouched copy of its database (PostgreSQL
    copies a database only while nobody is connected to it, and servers over the shared one stay open)."""
    if Databases.server is not None:
        Databases.sealed[data_dir.resolve()] = Databases.server.new_database(database_name(data_dir))
    return data_dir


def copy_archive(source: Path, target: Path) -> Path:
    """A private copy of an archive: its folder (the index's live link kept) and, in the PostgreSQL pass, its
    database."""
    shutil.copytree(source, target, symlinks=True)
    if Databases.server is not None:
        template = Databases.sealed.get(source.resolve()) or database_name(source)
        Databases.names[target.resolve()] = Databases.server.new_database(template)
    return target


class _PostgresConnection:
    """sqlite3's connection calls over psycopg, so a test reads and writes either database the same way."""

    def __init__(self, connection):  # type: ignore[no-untyped-def]
        self.connection = connection

    @staticmethod
    def _sql(sql: str, params: object) -> str:
        return sql.replace("%", "%%").replace("?", "%s") if params else sql

    def execute(self, sql: str, params: tuple | list = ()):  # type: ignore[no-untyped-def]
        return self.connection.execute(self._sql(sql, params), params or None)

    def executemany(self, sql: str, rows: list) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(self._sql(sql, rows), rows)


@contextmanager
def open_db(data_dir: Path, timeout: float = 5) -> Iterator[object]:
    """A plain connection to the archive's database (`execute(sql, params)` with `?` placeholders), committed
    when the block ends: for a test that looks at or changes the stored rows themselves."""
    if Databases.server is None:  # exactly sqlite3's own `with connect(...) as db:` (committed, not closed)
        with sqlite3.connect(data_dir / "archive.db", timeout=timeout) as db:
            yield db
        return
    import psycopg

    server = Databases.server
    with psycopg.connect(host="127.0.0.1", port=server.port, user="postgres", dbname=database_name(data_dir),
                         connect_timeout=int(timeout)) as connection:
        yield _PostgresConnection(connection)


def foreign_keys_off(db) -> None:  # type: ignore[no-untyped-def]
    """Let this connection store rows whose parent is gone, as a damaged archive would hold them."""
    db.execute("PRAGMA foreign_keys=OFF" if isinstance(db, sqlite3.Connection) else
               "SET session_replication_role = replica")
