"""Every line apart, a titled photo's caption the reader cut in two at a line that ends a sentence."""

import re

# `…走访了农户。图为某某村…`: a sentence that points at the picture, inside a paragraph, as only a caption words it
_POINTS_AT_PICTURE = re.compile(r"[。!?]图为")


def caption_cut_in_two(owner, apart: bool) -> bool:
    """A headline over two undated paragraphs, no byline and no head between, the second saying `…。图为…` right
    over a photo credit: every line apart, where a paragraph break is a guess at a line ending a sentence, they are
    one caption the column cut (a caption's `图为` names what the picture shows; an article's text does not point
    at a picture set in it)."""
    return (apart and bool(owner.headline) and len(owner.paragraphs) == 2 and not owner.dateline
            and not owner.authors and not any(p.section for p in owner.paragraphs)
            and _POINTS_AT_PICTURE.search(owner.paragraphs[1].folded) is not None)


def join_caption(owner) -> None:
    owner.paragraphs[0].absorb(owner.paragraphs.pop())
