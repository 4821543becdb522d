"""Settings, read once from the environment (prefix ZHENZHI_) and passed into whatever needs them."""

import sys
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHENZHI_", extra="ignore")

    data_dir: Path = Path("data")
    database_url: str | None = None
    # Region whose places win when a name exists in several provinces.
    home_region: str = "江苏省"

    @field_validator("database_url")
    @classmethod
    def _sqlite_only(cls, value: str | None) -> str | None:
        # The archive is built on SQLite features (JSON, FTS-free schema, batch migrations).
        if value and not value.startswith("sqlite:///"):
            raise ValueError("ZHENZHI_DATABASE_URL must be an sqlite:/// URL")
        return value

    @property
    def db_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'archive.db').resolve()}"

    @property
    def db_path(self) -> Path:
        return Path(self.db_url.removeprefix("sqlite:///"))

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
