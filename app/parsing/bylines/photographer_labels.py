"""A credit labelled with the photographer's role alone (`(摄影:张三)`, `摄影:张三`) on the line right under a line
that itself stands under a headline, between the headline and the body: the label names who took a picture, not who
wrote the article, so it credits the line above, the picture's caption, as `张三 摄` does. Right under the headline it
stays the piece's byline (a picture story credits its photographer so)."""

import re

from ..kinds import Kind

_PHOTOGRAPHER_ONLY = re.compile(r"^\s*\(?\s*摄影\s*[:：]\s*[\u3400-\u9fff·]{2,8}\s*\)?\s*$")


def credit_the_caption_above(items: list, i: int) -> bool:
    """When the byline at `i` is a photographer's label right under a caption line printed under a headline, make it
    the photo's credit and the line above its caption (as `lines._settle_captions` does over `张三 摄`); say so."""
    item = items[i]
    if not (item.kind in (Kind.BYLINE, Kind.END_BYLINE) and item.gap_before == 0 and i >= 2
            and _PHOTOGRAPHER_ONLY.match(item.folded)):
        return False
    caption, above = items[i - 1], items[i - 2]
    if not (caption.kind is Kind.HEADLINE and caption.gap_before >= 1
            and above.kind in (Kind.HEADLINE, Kind.PARAGRAPH)):
        return False
    item.kind = Kind.PHOTO_CREDIT
    caption.kind, caption.parts, caption.weak = Kind.PARAGRAPH, [], False
    return True
