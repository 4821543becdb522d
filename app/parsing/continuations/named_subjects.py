"""The place a headline names before its colon (`江苏灌南:留住乡村…`, `白沙:…`) is what its article is
about. Text printed lower on the page that names that place (`…灌南通过…`) where the text around it never
does goes on about the same subject: a continuation of that article, even when it opens a new paragraph
after the article's last sentence was finished (a county's name counts here: the headline chose it)."""

from functools import lru_cache

from .page_texts import Text
from ..areas import PROVINCES
from ..similarity import NAMED_HEAD, compact

def names_headline_subject(paragraph: str, heading: str, earlier_text: Text, host_heading: str,
                           host_above: list[str]) -> bool:
    """Does a paragraph name the place the earlier article's headline names before its colon, a place
    that article's text (`earlier_text.folded`) names again and the host (its headline and its text
    above, `host_above`) never names?"""
    key = _subject_key(heading)
    if key is None:
        return False  # (most headlines: nothing else is looked at)
    return (key in paragraph and earlier_text.folded.count(key) >= 2
            and key not in compact(host_heading + "".join(host_above)))


@lru_cache(maxsize=1024)  # (a headline is asked about for every paragraph tried after it)
def _subject_key(heading: str) -> str | None:
    """The place the headline names before its colon, as the text prints it; None when it names none."""
    m = NAMED_HEAD.match(heading)
    return _without_province(m.group(1)) if m else None


def _without_province(subject: str) -> str:
    """`江苏灌南` → `灌南`: the place as the text prints it; a name that is the province's and a word (`吉林市`)
    stays."""
    province = next((p for p in PROVINCES if subject.startswith(p)), "")  # (`江苏灌南:…`)
    return subject[len(province):] if len(subject) - len(province) >= 2 else subject
