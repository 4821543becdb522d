"""A head whose text opens like a news item's lead, by setting its scene (`在某某镇某某社区,…`,
`近日,位于某某街道…`) in a town, street, community or estate the article above never names, titles an
item of its own: a feature's next section goes on where the feature is (or says it goes elsewhere by
its head, `某某社区:…`), a news item opens by saying where it happened."""

import re

from ..similarity import NAMED_HEAD, compact, names_towns_never_named, place_names

SCENE_SENTENCES = 2  # a lead sets its scene in its first sentence or, after a line of mood (`初冬,…`), its second
# `在某某社区,`, `位于某某街道…`, maybe after a few words of time (`近日,`, `昨日上午,`)
_SCENE = re.compile(r"^(?:[^,。!?“”]{1,8},)?(?:在|位于)([^,。!?“”]{2,20})")
_SENTENCE_END = re.compile(r"(?<=[。!?])")


def sets_scene_elsewhere(opening: str, above: str) -> bool:
    """Does the text below a head (its `opening`) set its scene, in one of its first sentences, in a town,
    street, community or estate that the article above (`above`: its text and heading) never names?"""
    above_letters = compact(above)
    for sentence in _SENTENCE_END.split(opening, maxsplit=SCENE_SENTENCES)[:SCENE_SENTENCES]:
        scene = _SCENE.match(sentence.lstrip("”\" "))
        if scene and names_towns_never_named(scene.group(1), above_letters):
            return True
    return False


def scene_inside_the_headings_place(head: str, opening: str, heading: str) -> bool:
    """The scene the text below a head sets (`在柳湾县白沙镇…`) lies inside a place the article's headline names
    (`柳湾 : …`), and the head names none of the scene's places: a feature's next part, walking from town to town of
    the place it is about; an item of its own would name its town in its title."""
    scene = _SCENE.match(opening.lstrip("”\" "))
    places = place_names(scene.group(1)) if scene else set()
    letters = compact(heading)
    return any(key in letters for key in places) and not any(key in head for key in places)


def names_the_place_of_the_heading(head: str, heading_lines: list[str]) -> bool:
    """`淮安:…` under an article headed `淮安某某区某某街道:…`: a head naming before its colon the place its
    article's headline names before its own colon, or the wider place that name starts with, titles an item of
    its own. A section names a part of the article's place (`某某村:…` in a feature headed `某某区:…`), never
    the whole again."""
    named = NAMED_HEAD.match(head.strip())
    return named is not None and any(
        (above := NAMED_HEAD.match(line.strip())) and above.group(1).startswith(named.group(1))
        for line in heading_lines)


def of_a_sections_form(head: str, parts: list) -> bool:
    """`一步一景,打造健身“微步道”` after the section head `楼道变装,打造社区“微景观”`: two phrases joined by a comma, of
    the same lengths as one of the article's section heads, go on with them wherever their text is set. So does a
    plain phrase (`推着轮椅出门巡逻`, no mark, no place named) after a plain section head of about its length
    (`八旬老人当起平安哨兵`): the parts of one feature, each about one of its people, wherever each one lives."""
    lengths = _comma_phrase_lengths(head)
    if lengths is not None and any(p.section and _comma_phrase_lengths(p.folded) == lengths for p in parts):
        return True
    return _plain_phrase(head) and not place_names(head) and any(
        p.section and _plain_phrase(p.folded) and abs(len(p.folded.strip()) - len(head.strip())) <= PLAIN_SLACK
        for p in parts)


PLAIN_HEAD = (6, 12)  # characters of a plain phrase head (`八旬老人当起平安哨兵`)
PLAIN_SLACK = 2  # two such heads of one feature differ in length by at most this
_PLAIN = re.compile(r"^[\u3400-\u9fff]+$")


def _plain_phrase(folded: str) -> bool:
    text = folded.strip()
    return PLAIN_HEAD[0] <= len(text) <= PLAIN_HEAD[1] and _PLAIN.match(text) is not None


def _comma_phrase_lengths(folded: str) -> tuple[int, ...] | None:
    phrases = folded.strip().replace("“", "").replace("”", "").split(",")
    return tuple(map(len, phrases)) if len(phrases) == 2 and all(phrases) else None
