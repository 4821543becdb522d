"""The gazetteer as a fixture for every test of place tagging that asks for one by name."""

import pytest

from app.places.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()
