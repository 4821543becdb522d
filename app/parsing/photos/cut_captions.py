"""A titled photo's caption printed in two paragraphs: every line apart, one the reader cut in two at a line that
ends a sentence; in any layout, one whose first paragraph says what the picture shows, when and where."""

import re

# `…走访了农户。图为某某村…`: a sentence that points at the picture, inside a paragraph, as only a caption words it
_POINTS_AT_PICTURE = re.compile(r"[。!?]图为")
# `11月12日,在某某村的果园,村民把刚摘的柑橘抬下山。`: one sentence, a day, a scene set with `在`, who does what
_PICTURED_SCENE = re.compile(r"^\s*[0-9]{1,2}月[0-9]{1,2}日,在[^,。!?]{2,30},[^。!?]{4,40}。\s*$")
_CAPTION_CHARS = 160  # the two paragraphs together, as long as a caption runs


def caption_cut_in_two(owner, apart: bool) -> bool:
    """A headline over two undated paragraphs, no byline and no head between, right over a photo credit, are one
    caption: every line apart, where a paragraph break is a guess at a line ending a sentence, when the second says
    `…。图为…` (a caption's `图为` names what the picture shows; an article's text does not point at a picture set
    in it); in any layout, when the first is one sentence saying what the picture shows, on which day and where
    (`11月12日,在某某基地,村民…。`), as a news photo's caption opens, the second its background, the two no
    longer than a caption runs. An article's lead tells what happened, not what one picture shows."""
    if not (owner.headline and len(owner.paragraphs) == 2 and not owner.dateline and not owner.authors
            and not any(p.section for p in owner.paragraphs)):
        return False
    first, second = (p.folded for p in owner.paragraphs)
    return (apart and _POINTS_AT_PICTURE.search(second) is not None) or (
        _PICTURED_SCENE.match(first) is not None and len(first) + len(second) <= _CAPTION_CHARS)


def join_caption(owner) -> None:
    owner.paragraphs[0].absorb(owner.paragraphs.pop())
