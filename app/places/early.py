"""What the narrowing rules read of an article's front, made only for the articles those rules reach.

A county or a city the headline or the opening names is narrowed to a town only when the text names the town up front
(examples.held_to_front, examples.lone_town_up_front, villages.village_town): the places named before the body's front
ends are those rules' evidence. Most articles never ask: a town the headline names, narrowed no further, takes no step
down, so the tagger makes these only where a rule will read them.
"""

from collections import Counter

from .examples import heads_a_section
from .front import holds_news
from .furniture import site_scrap
from .gazetteer import Gazetteer
from .resolve import Resolved
from .venues import organising_towns

_SITE_LINES_MOST = 6  # a breadcrumb, a headline, a source line, a byline …: what a site sets before the news


def front_end(body: str, places: list[Resolved]) -> int:
    """Where the body's front ends: the first paragraph that names a place and the paragraph after
    it — after a section's head, the paragraph it heads (a dateline, a byline or a scene-setting line
    before them does not count). Where those are a site's lines and no sentence (首页 > 晋江 > 正文, the
    headline, 来源:…), the front reaches on to the news's first paragraph, the first that holds one."""
    first = min((p.match.start for p in places if p.match.field == "body"), default=len(body))
    after = body.find("\n", first)
    head_end = body.find("\n", after + 1) if after >= 0 else -1
    if head_end >= 0 and heads_a_section(body[after + 1:head_end]):  # a section's head takes its paragraph along
        head_end = body.find("\n", head_end + 1) % (len(body) + 1)
    end = head_end if head_end >= 0 else len(body)
    if holds_news(body, body.rfind("\n", 0, first) + 1, end):
        return end
    reach, lines = end, 0
    while lines < _SITE_LINES_MOST and reach < len(body):
        line_end = body.find("\n", reach + 1) % (len(body) + 1)
        if holds_news(body, reach, line_end):
            return line_end
        lines += not site_scrap(body[reach:line_end])  # a date's piece or a button (03-21, 分享): no line of its own
        reach = line_end
    return end


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
