"""A caption of more than one sentence closed by its photographer's credit, printed between a headline and the
body (`某某乡某某村张三(左)一家。某某进村后,…。` / `本报记者 李四摄` / text), is read at first as a titled photo, the
body under it left with no headline. Nothing above claims that text (the rests of interrupted articles have gone
back by now), and a text is printed under a headline: when the caption's first sentence is worded as a caption
(where a person stands in the picture, a place's corner, people at work), the headline is the text's and the
caption the picture printed between them."""

from ..drafts import Draft
from ..shapes import describes_a_picture, opens_caption


def caption_over_headless_text(draft: Draft, below: Draft) -> bool:
    """A titled photo of one captioned paragraph right over a text with no headline, no dateline and no picture of
    its own, the caption's first sentence worded as a caption."""
    if not (draft.headline and draft.photo and len(draft.paragraphs) == 1 and not draft.dateline):
        return False
    caption = draft.paragraphs[0]
    first_sentence = caption.folded.split("。", 1)[0] + "。"
    return (not caption.section and (describes_a_picture(first_sentence) or opens_caption(first_sentence))
            and not below.headline and below.has_text and not below.photo and not below.dateline)
