"""The rest of an interrupted article, printed after the piece between, may open where its next part's head stands
(`模式` over `从县城到某某村…`). Read on from the piece between, the head and the text under it become that piece's
last part: a head inside an article is taken for its own (`reunite` never starts a tail at one). They go back to the
article printed right above the piece between when the paragraph under the head names the word that article's
headline opens with (`白沙…` over a text that says `白沙` again and again), its subject, a word the piece between
never prints above the head nor in its headline. A feature's next part goes on about what its first part told; a
piece's own part speaks of the piece. (A village the article above named is not enough: a round-up's part may pass
through it, `一条路串起三个村`.) They never go back to an article printed in the other script: a page that mixes
scripts mixes them article by article, and the word a headline opens with may be named in either. A headline opening
with its province's name before the county it is about (`某省某某农村,…`) has the county's name for its subject: the
province's is shared with any piece from it, the piece between too."""

from ..areas import PROVINCES
from ..drafts import Draft
from ..scripts import differs_in_script
from ..similarity import compact
from .page_texts import PageTexts
from .reunite import move_tail
from .theme_continuations import printed_right_above

SUBJECT_CHARS = 2  # the word a headline opens with
SUBJECT_REPEATS = 3  # times the article's text names it: its subject


def return_headed_rests(drafts: list[Draft]) -> None:
    """Move a host's last part, from its last section head on, back to the article printed right above the host."""
    texts = None  # (worked out for the first page that has a head to ask about)
    for at, host in enumerate(drafts):
        # (a head is a paragraph of its own, the text under it the next)
        heads = [k for k, p in enumerate(host.paragraphs[:-1]) if p.section and k >= 1]
        if host.photo or not heads:
            continue  # (most drafts: no head of a part inside them)
        earlier = printed_right_above(drafts, at)
        if earlier is None or earlier.closed or not earlier.headline:
            continue
        texts = texts or PageTexts.of_drafts(drafts)
        article = texts.of_draft(host)
        other = texts.of_draft(earlier).whole
        k = heads[-1]  # (the rest is printed after the piece's own parts)
        under = host.paragraphs[k + 1]
        if _names_headline_subject(under.folded, earlier.heading(), other.folded, article.kept(k).folded) and (
                not differs_in_script(under, earlier)):
            move_tail(host, k, earlier)


def _names_headline_subject(paragraph: str, heading: str, text: str, host_text: str) -> bool:
    """Does `paragraph` name the word `heading` opens with, which `text` (the heading's article) names again and again
    and `host_text` (the host's text above the head and its headline) never names?"""
    word = headline_subject(heading)
    return (len(word) == SUBJECT_CHARS and min(word) >= "\u3400" and word in paragraph
            and text.count(word) >= SUBJECT_REPEATS and word not in host_text)


def headline_subject(heading: str) -> str:
    """The word a headline opens with, after the province's name it may open with (`某省某某农村…` -> `某某`)."""
    heading = compact(heading)
    province = next((p for p in PROVINCES if heading.startswith(p)), "")
    return heading[len(province):len(province) + SUBJECT_CHARS]
