"""`… 摄` under an article's one undated lead, more text below it: is the lead a photo's caption or the
article's lead with its photo in it? Two things tell a reader the text below goes on from the lead:
- its first clause points back at a place the lead named (`目前,该县…`, `该镇…`, after a short opening
  phrase too: `推进乡村治理,该镇…`): an item of its own would name its place, never open on `该…`;
- the credit closing it (`……。(张三、李四)`, `·张三·`) names the photographer too: one crew made the
  picture and the text, where a photo of its own would not share its maker with the item printed under it;
- it opens as the lead does, on a place set before a comma (`在某某县某某镇,…` over `在某某区某某镇,…`): parallel
  parts of one piece, where a caption names its scene and stops.
- no article on the page is waiting for the rest a column cut off, and the headline is about the text below as much
  as about the lead, sharing a fair part of its words with each (`柳湾草莓正式开摘…` over `3月17日,…开摘仪式正式启动。`
  / `… 摄` / `…开摘现场所在的…`): the text below has no headline and no article to go on, so it is the headline's, and a
  caption would not be the one line of it the headline shares its words with no more than the text.
The other way round, a lead that sets its scene in places neither the headline nor the text below names, where the
text below names the headline's place (`白沙镇…` over `在青石镇营前村,…` / `… 摄` / `…柳湾县白沙镇…`), is the caption of
a photo printed between the headline and its body, whatever words of the harvest or the event the two share."""

import re

from ..bylines.closing_credits import trailing_byline
from ..kinds import Kind
from ..shapes import refers_back
from ..similarity import RESTATES, place_names

_LOOK_AHEAD = 6  # lines or paragraphs of the text below read for its closing credit
_OPENER = 12  # `目前,`, `推进乡村治理,`: a time word or a short phrase and its comma before the clause that points back
_PLACE_FRAME = re.compile(r"^在([^,。]{2,12}),")  # `在某某县某某镇,`: the scene a part of the piece opens on


def lead_goes_on_below(items: list, credit_at: int, below: int) -> bool:
    """The text from `below` on goes on from the lead over the photo credit at `credit_at`."""
    first = items[below].folded.lstrip() if below < len(items) else ""
    return points_back(first) or _photographer_signs(
        items, credit_at, below) or (credit_at > 0 and _opens_as_the_lead(_lead_start(items, credit_at), first))


def points_back(first: str) -> bool:
    """The text opens pointing back at a place named above it (`该镇…`), after a short phrase and its comma too
    (`近年来,该镇…`): it goes on from what is above."""
    comma = first.find(",", 0, _OPENER + 1)
    return refers_back(first) or (comma > 0 and refers_back(first[comma + 1:]))


def _lead_start(items: list, credit_at: int) -> str:
    """The lead's first line over the credit (every line apart, the lines before it that run on into it)."""
    k = credit_at - 1
    while k > 0 and items[k - 1].kind is Kind.PARAGRAPH and not items[k - 1].finished:
        k -= 1
    return items[k].folded.lstrip()


def _opens_as_the_lead(lead: str, first: str) -> bool:
    """Both open on a place before a comma (`在某某镇,…`), each naming one."""
    frames = [_PLACE_FRAME.match(text) for text in (lead, first)]
    return all(m is not None and place_names(m.group(1)) for m in frames)


def _photographer_signs(items: list, credit_at: int, below: int) -> bool:
    """The names of the photo credit are among those closing the text below."""
    photographers = set(items[credit_at].names)
    for item in items[below:below + _LOOK_AHEAD] if photographers else []:
        if item.kind is Kind.END_BYLINE:
            return bool(photographers & set(item.names))
        if item.kind not in (Kind.PARAGRAPH, Kind.DATELINE):
            return False
        if photographers & set(trailing_byline(item.printed, item.folded)[2]):
            return True
    return False


def caption_set_elsewhere(heading: str, lead: str, opening: str) -> bool:
    """The lead over the credit names places, none of them the headline's or the text below's, and the text below
    names a place of the headline."""
    at_lead, at_heading, below = place_names(lead, towns_only=True), place_names(heading), place_names(opening)
    return bool(at_lead and at_heading & below and not at_lead & (at_heading | below))


def headline_heads_both(fit_lead: float, fit_below: float, awaited: bool) -> bool:
    """The headline shares as much with the text below as with the lead, a fair part with each (`fit_…`: the share of
    its words found there), and no cut-off article awaits its rest (`awaited`)."""
    return not awaited and fit_below >= fit_lead >= RESTATES / 2


def credits_the_pieces_pictures(byline: str, credit: str) -> bool:
    """`图/新华社` (or `图/张三`) under the lead of a piece whose byline credits its words alone (`文/记者…`): the two
    halves of one credit, `文/… 图/…`, printed apart; the picture is the piece's own and the lead its text."""
    return credit.lstrip().startswith("图/") and "文/" in byline and "图" not in byline.split("文/", 1)[1]
