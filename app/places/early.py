"""What the narrowing rules read of an article's front, made only for the articles those rules reach.

A county or a city the headline or the opening names is narrowed to a town only when the text names the town up front
(examples.held_to_front, examples.lone_town_up_front, villages.village_town): the places named before the body's front
ends are those rules' evidence. Most articles never ask: a town the headline names, narrowed no further, takes no step
down, so the tagger makes these only where a rule will read them.
"""

from collections import Counter

from .front import front_end
from .gazetteer import Gazetteer
from .resolve import Resolved
from .venues import organising_towns


def up_front(gazetteer: Gazetteer, places: list[Resolved], body: str) -> tuple[int, set[str]]:
    """Where the body's front ends (`body` folded), and the places named before it (in the headline, the subtitle or the
    front) or whose own office organises the body's event: a town first named further on, and less often than its
    county, is an example (由某某街道办事处…主办: the town's event, not an example)."""
    front = front_end(body, places)
    return front, {p.code for p in places if p.match.field != "body" or p.match.start < front} \
        | organising_towns(gazetteer, places, body)


def towns_named(gazetteer: Gazetteer, county: str, counts: Counter[str]) -> int:
    """How many towns of `county` the article names (`counts`: how often it names each place): the villages of two
    towns (villages.towns_with_villages) need two towns named at least."""
    return sum(gazetteer[c].level == "town" and county in gazetteer.ancestors(c) for c in counts)
