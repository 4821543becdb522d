"""The places named around a text: the context the resolver settles names from (resolve.py)."""

from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from .gazetteer import LEVEL_RANK, Gazetteer


def count_in_python(counts: dict, items: Iterable) -> None:
    """Counter.update's loop, for a Python whose collections lacks its own (in C, and not public)."""
    get = counts.get
    for item in items:
        counts[item] = get(item, 0) + 1


try:
    from collections import _count_elements as count_into
except ImportError:
    count_into = count_in_python


class Context(dict[str, int]):
    """Places named around a text, with everything that contains them: how often each place, or a place
    inside it, is named, by code (a dict, so that asking whether a place is in context costs no Python)."""

    def __init__(self, gazetteer: Gazetteer, codes: Iterable[str] = ()):
        super().__init__()
        self._gazetteer = gazetteer
        self.add(codes)

    def add(self, codes: Iterable[str]) -> None:
        count_into(self, chain.from_iterable(map(self._gazetteer.ancestors, codes)))

    def add_one(self, code: str) -> None:
        count_into(self, self._gazetteer.ancestors(code))  # (Counter.update costs more: it asks what it is given)

    def closeness(self, code: str) -> tuple[int, int]:
        """The level of the most specific place in context that contains `code` (0: none), and how
        often the text names that place or places inside it."""
        best, nearest = 0, None
        for rank, around in _ranked_ancestors(self._gazetteer, code):  # the first of the most specific
            if rank > best and around in self:
                best, nearest = rank, around
        return (best, self[nearest]) if nearest else (0, 0)


@lru_cache(maxsize=65536)  # the same for every text: worked out once per place
def _ranked_ancestors(gazetteer: Gazetteer, code: str) -> tuple[tuple[int, str], ...]:
    """The places around `code` (itself included), each with its level's rank, in the order of `ancestors`;
    a municipality (北京市, 上海市) is its counties' city as much as a province."""
    ranked = []
    for around in gazetteer.ancestors(code):
        place = gazetteer[around]
        ranked.append((LEVEL_RANK["city" if place.is_city else place.level], around))
    return tuple(ranked)
