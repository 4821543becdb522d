"""A picture credited to an outlet, not a person: `图/新华社`, `圖/某某日报`, on a line of its own.

Papers that run an agency's pictures credit them `图/` and the agency's name, as they credit their own
reporters' `图/张三`. The name after the slash is an outlet's (a news agency's `…社`, a paper's `…报`, a
site's `…网`, a station's `…台`), so the line names no one who wrote or took anything: it is a picture
credit naming nobody, like `资料图片`, wherever it stands (under a lead, under a caption). Read as a
closing credit, the outlet became a third author and the text below a headless article.

Under a title, paragraphs with no dateline and no byline over such a line printed right under the last (`新华社发`)
are one caption of a titled photo when the first is one short sentence of the moment the picture caught
(`9日,游客在某村赏秋。`): a report the agency sent opens with its dateline, and a text a paper wrote over an
agency's picture does not open on one short sentence of a scene (`agency_caption`). So, over a line naming the
agency's photographer (`新华社记者 张三 摄`, `新华社发(张三 摄)`), when the first opens with the day and tells the one
moment the picture caught in one sentence (`12月6日,某村的志愿者为老人送餐。`), as the agency's captions open; the
paragraphs after it give the background, as a caption's do.
"""

from __future__ import annotations

import re

_AGENCY_PICTURE = re.compile(r"^\s*图\s*[/／∕╲\\]\s*[\u3400-\u9fff]{1,10}?(?:社|报|网|台)\s*$")
# `新华社发`, `中新社发` alone: the agency sent the picture and names no photographer (`…社发(张三 摄)` names one)
_AGENCY_SENT = re.compile(r"^\s*[\u3400-\u9fff]{1,6}?社发\s*$")


def credits_an_outlets_picture(folded: str) -> bool:
    """`图/新华社`, `新华社发` (folded): a picture credit naming an outlet alone."""
    return (folded[:1] == "图" and _AGENCY_PICTURE.match(folded) is not None
            or folded.rstrip().endswith("社发") and _AGENCY_SENT.match(folded) is not None)


CAPTION_PARAGRAPHS = 3  # a caption runs to a few short paragraphs at most
_SCENE_SENTENCE = re.compile(r"^[^。!?]{6,30}。$")  # (`9日,游客在某村赏秋。`: one short sentence, alone)
# `新华社记者 张三 摄`, `新华社发(张三 摄)`: an agency's photographer named on the picture line
_AGENCY_PHOTOGRAPHER = re.compile(r"^\s*[\u3400-\u9fff]{1,4}?社"
                                  r"(?:记者\s*[\u3400-\u9fff·\s]{2,12}?\s*摄|发\s*\(.{2,16}?摄\))\s*$")
# `12月6日,…。`: one sentence of the moment, opening with its day as an agency's caption does
_DATED_SCENE = re.compile(r"^(?:[0-9]{1,2}月)?[0-9]{1,2}日,[^。!?]{6,60}。$")


def agency_caption(draft, credit, apart: bool = False) -> bool:
    """`draft` (a title and its paragraphs) over `credit`, an outlet's picture line printed right under the last
    paragraph (one blank line under it where the page prints every line apart), is a titled photo whose caption is
    all its paragraphs."""
    return (bool(draft.headline) and not draft.dateline and not draft.authors and credit.gap_before <= apart
            and 2 <= len(draft.paragraphs) <= CAPTION_PARAGRAPHS and not any(p.section for p in draft.paragraphs)
            and (credits_an_outlets_picture(credit.folded)
                 and _SCENE_SENTENCE.match(draft.paragraphs[0].folded.strip()) is not None
                 or _AGENCY_PHOTOGRAPHER.match(credit.folded) is not None
                 and _DATED_SCENE.match(draft.paragraphs[0].folded.strip()) is not None))
