"""A wheel built from the project carries the pages, assets and migrations, and the installed app finds them."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.helpers import REPO


def test_a_built_wheel_ships_templates_static_and_migrations_and_finds_them(tmp_path: Path) -> None:
    # Build from a copy of the tracked files: pip builds in the source tree and would leave build/ behind.
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "-w", str(tmp_path / "dist"), str(source)], check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("zhenzhi-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for wanted in ("share/zhenzhi/templates/base.html", "share/zhenzhi/static/site.css",
                   "share/zhenzhi/migrations/env.py", "share/zhenzhi/migrations/versions/0001_initial_schema.py"):
        assert any(name.endswith(wanted) for name in names), wanted
    prefix = tmp_path / "prefix"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--ignore-installed",
                    "--prefix", str(prefix), str(wheel)], check=True, capture_output=True, timeout=300)
    site = next(prefix.glob("lib/python3*/site-packages"))
    probe = ("import app, app.config as c; print(app.__file__); "
             "print(*(c.resource_dir(n) for n in ('templates', 'static', 'migrations')), sep='\\n')")
    out = subprocess.run([sys.executable, "-S", "-c", f"import sys; sys.path[:0] = [{str(site)!r}] + "
                          f"[p for p in {sys.path!r} if 'site-packages' in p]; {probe}"],
                         cwd=tmp_path, capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0].startswith(str(site))
    for found, name in zip(out[1:4], ("templates", "static", "migrations"), strict=True):
        assert Path(found) == prefix / "share" / "zhenzhi" / name
        assert any(Path(found).iterdir())
