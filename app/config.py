"""Settings, read once from the environment (prefix ZHENZHI_) and passed into whatever needs them."""

import sys
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


DATABASE_SCHEMES = ("sqlite:///", "postgresql+psycopg://")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHENZHI_", extra="ignore")

    data_dir: Path = Path("data")
    # Empty: the embedded SQLite file data/archive.db. postgresql+psycopg://USER@HOST/DB lets several
    # servers share one database (docs/DEPLOY.md); each keeps its own search index in its data folder.
    database_url: str | None = None
    # PostgreSQL only: connections each process keeps open (and as many more at a busy moment). Every one
    # is a server slot, so this is small; a request holds one only while its queries run.
    database_pool: int = 4
    # Region whose places win when a name exists in several provinces.
    home_region: str = "江苏省"
    # Where readers reach the site: permalinks, citations and feed ids are built on it, never on the
    # request's Host header. Empty: http://HOST:PORT of `zhenzhi serve`.
    public_url: str = ""
    # Proxies whose X-Forwarded-For/-Proto are believed (comma-separated addresses, "*" for any).
    forwarded_allow_ips: str = ""
    # Requests answered at once per process (threads), each with its own database connection.
    threads: int = 32
    # Downloads (CSV/NDJSON) streamed at once per process; one more is a 503 with Retry-After.
    export_slots: int = 2
    # Requests per minute one client address may make to /api/ and /feeds/; 0 turns the limit off.
    api_rate_limit: int = 0
    max_header_bytes: int = 16_384
    max_body_bytes: int = 65_536
    # Memory per process for answers replayed while the archive and the index stand still; 0 turns it off.
    response_cache_mb: int = 64
    # Requests on one keep-alive connection before the client is asked to reconnect (so that server processes
    # sharing a socket even out); 0: never.
    keepalive_requests: int = 100
    # The search index's files (then the SQLite file) read into the system's cache when a server starts and
    # when its index moves to a new build, so that the first readers do not wait for the disk: at most this
    # many MB, never more than half the memory the system has available then; -1: that half; 0: off.
    read_ahead_mb: int = -1

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str | None) -> str | None:
        if value and not value.startswith(DATABASE_SCHEMES):
            raise ValueError("ZHENZHI_DATABASE_URL must start with sqlite:/// or postgresql+psycopg://")
        return value or None

    @field_validator("database_pool")
    @classmethod
    def _positive(cls, value: int) -> int:
        if not 1 <= value <= 100:
            raise ValueError("ZHENZHI_DATABASE_POOL must be between 1 and 100")
        return value

    @field_validator("read_ahead_mb")
    @classmethod
    def _read_ahead(cls, value: int) -> int:
        if value < -1:
            raise ValueError("ZHENZHI_READ_AHEAD_MB must be -1 (half the available memory), 0 (off) or a size in MB")
        return value

    @field_validator("public_url")
    @classmethod
    def _absolute(cls, value: str) -> str:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("ZHENZHI_PUBLIC_URL must start with http:// or https://")
        return value.rstrip("/")

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'archive.db').resolve()}"

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite:///")

    @property
    def db_path(self) -> Path | None:
        """The SQLite file; None for a database on a server."""
        return Path(self.db_url.removeprefix("sqlite:///")) if self.is_sqlite else None

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


def resource_dir(name: str) -> Path:
    """templates/, static/ or migrations/: beside app/ in a checkout, under <prefix>/share/zhenzhi when
    installed from a wheel (pyproject.toml ships them as data files)."""
    package = Path(__file__).resolve().parent
    candidates = [package.parent / name, Path(sys.prefix) / "share" / "zhenzhi" / name]
    if len(package.parents) > 3:  # <prefix>/lib/python3.X/site-packages/app
        candidates.append(package.parents[3] / "share" / "zhenzhi" / name)
    return next((path for path in candidates if path.is_dir()), candidates[0])
