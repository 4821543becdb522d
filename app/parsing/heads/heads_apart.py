"""A section head printed on two short lines (`一处温暖小家` / `解决吃饭难题`) where every line of the page
stands apart: read line by line the two look like a kicker over a title, so the assembler asks, as for a one-line
head, whether the two together head a part of the running article. Only plain lines qualify: short (the second may
be a slogan of two spaced phrases, each that short: `旧楼之困` / `三代人挤一间屋 雨天屋里接水盆`), without punctuation
or a place's name (an item's headline group names where it happened). The first line may be a label of
two characters naming the part (`缘起`, `成效`) over its phrase, or a label closed by its colon (`产业赋能:`): whether
the two head a part is asked as for any head.

In any layout, a label the text right above announced as one of its steps (`…问需求、解难题、办实事…`, then `问需求`
over `让老人吃得“舒心”`) heads that part of the running article, as a head quoting the text above does: the article
itself said its parts would follow, whether or not it opened with a dateline. So does a word the text above quoted,
led by a dash into the line under it that says what it means (`…靠的是‘网格化’。`, then `网格化——` over
`划小片、定专人,大事小情一网兜住`): the part of the article about that word, though the second line has commas.
So does a label of a few letters and its colon before a phrase the text under it opens by restating (`起步:从一张方桌到
一支队伍` over `从一张方桌到一支九人的调解队伍,…`): the head names the part the text then tells; the label names no
place (`白沙:…` is an item's headline, whatever its lead repeats); so does a bare head a speaker says whole in the
text under it (`words_said_below`)."""

import re

from ..lines import Item, Kind
from ..similarity import place_names
from .words_said_below import said_below

HEAD_LINE_CHARS = 12  # each line of such a head is short
ANNOUNCED_LABEL = (2, 4)  # characters of a step's label the text above listed (`问需求`)
ANNOUNCED_WITHIN = 120  # characters at the end of the text above where it lists its steps
# the first may be a part's two-character label (`动因` / `城乡信息不通畅`), as the part's head prints it
LABEL_CHARS = 2
_PUNCTUATION = re.compile(r"[,:;。!?、·—()《》【】\[\]]")
_WORD_LED_ON = re.compile(r"^\s*([\u3400-\u9fff]{2,8})\s*(?:—+|-{2,})\s*$")  # `网格化——`


def head_on_two_lines(units: list[Item], announced: bool = False) -> Item | None:
    """Two headline units, one line each, one blank line apart -> the one head they print, or None. Under text that
    announced its parts (`announced`) the head may name a place: a part of a series names what it is about."""
    if len(units) != 2 or units[1].gap_before != 1:
        return None
    if any(u.first != u.last or not (LABEL_CHARS if u is units[0] else 3) <= len(u.folded.strip()) <= HEAD_LINE_CHARS
           and not (u is units[1] and _phrases_of_head_lines(u.folded))
           or _PUNCTUATION.search(u.folded.strip().removesuffix(":") if u is units[0] else u.folded)
           or place_names(u.folded) and not _labels(u) and not announced for u in units):
        return None  # (the label may close on its colon: `产业赋能:` over `老街的新变化`)
    first, second = units
    return Item(Kind.HEADLINE, first.first, second.last, f"{first.printed} {second.printed}",
                f"{first.folded} {second.folded}", first.gap_before, parts=[first.printed, second.printed])


def _phrases_of_head_lines(folded: str) -> bool:
    """`三代人挤一间屋 雨天屋里接水盆`: a slogan of two spaced phrases, each as short as a line of such a head."""
    phrases = folded.split()
    return len(phrases) == 2 and all(len(p) <= HEAD_LINE_CHARS for p in phrases)


def _labels(unit: Item) -> bool:
    """`青石岭:`, a place's or a spot's name and a colon over the phrase it labels: the assembler asks whether the two
    head a part (a journey's stop does) or title an item, as for a one-line `某某:…`."""
    return unit.folded.rstrip().endswith(":")


def label_announced_above(head: Item, above: str) -> bool:
    """A head on two lines (`head_on_two_lines`) whose first line is a label the end of the text above listed among
    its steps, next to a `、` (`…问需求、解难题、办实事…`)."""
    label = head.folded.split(" ", 1)[0].strip()
    if not ANNOUNCED_LABEL[0] <= len(label) <= ANNOUNCED_LABEL[1] or " " not in head.folded.strip():
        return False
    tail = above[-ANNOUNCED_WITHIN:]
    return f"{label}、" in tail or f"、{label}" in tail


def word_led_into_its_meaning(units: list[Item], above: str) -> Item | None:
    """`网格化——` over the line saying what it means, the word quoted in the text above: the one head they print."""
    if len(units) != 2 or units[1].gap_before > 1 or units[0].first != units[0].last:
        return None
    word = _WORD_LED_ON.match(units[0].folded)
    if word is None or not any(f"{mark}{word.group(1)}" in above for mark in "“‘"):
        return None
    first, second = units
    return Item(Kind.HEADLINE, first.first, second.last, f"{first.printed} {second.printed}",
                f"{first.folded} {second.folded}", first.gap_before, parts=[first.printed, second.printed])


_LABEL_AND_PHRASE = re.compile(r"^\s*([\u3400-\u9fff]{2,4}):\s*([^:\s]{6,20})\s*$")  # `起步:从一张方桌到一支队伍`
RESTATED_CHARS = 4  # the phrase's first letters the text under the head opens with


def phrase_restated_below(head: str, opening: str) -> bool:
    """Is `head` a label, its colon and a phrase whose first letters open the text under it (`opening`)?"""
    if ":" not in head:
        return said_below(head, opening)  # (`日子越过越有奔头` over `…“…,日子越过越有奔头!”`: `words_said_below`)
    m = _LABEL_AND_PHRASE.match(head)
    return (m is not None and opening.lstrip().startswith(m.group(2)[:RESTATED_CHARS])
            and not place_names(m.group(1)))
