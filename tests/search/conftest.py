"""An index of a random corpus, built once for the read-only search tests."""

from __future__ import annotations

import pytest

from app.search import ArchiveIndex, IndexDoc
from tests.helpers import make_docs


@pytest.fixture(scope="session")
def corpus() -> list[IndexDoc]:
    return make_docs(240)


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus):
    ix = ArchiveIndex(tmp_path_factory.mktemp("ix"), procs=1)
    ix.rebuild(corpus, generation=7)
    return ix
