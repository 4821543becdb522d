"""The code holds the project's bar: ruff, with the rules and the line length of pyproject.toml's [tool.ruff],
finds nothing anywhere in the project (app, bench, migrations, tests)."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).parent / "ruff"  # the version pinned in the test extras, installed beside pytest


def test_ruff_finds_nothing() -> None:
    assert RUFF.exists(), f"{RUFF} is missing: pip install -e '.[test]'"
    # No cache: the check leaves nothing in the checkout.
    found = subprocess.run([str(RUFF), "check", "--no-cache", "--output-format", "concise", "--quiet"],
                           cwd=REPO, capture_output=True, text=True, timeout=300)
    assert found.returncode == 0, f"ruff check found:\n{found.stdout}{found.stderr}"
