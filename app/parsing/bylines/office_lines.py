"""An office's name printed on the line after an article's text, maybe with a writer's name after it
(`某某社区居委会`, `某某街道办事处某某社区居委会 张三`): the body that sent the text signs it, so the line
closes the article above like a credit, and the name after the office is the writer's. So does a sender's
line closed by `供稿` (`某某村工作队供稿`: the team sent the text, nobody named; `张三供稿`: that person).
A reader signs a letter the same way with the village, a space and the name, maybe the age in brackets
(`某某镇某某村 张三(82岁)`): the shape of `post_bylines`' writer's place, read here after the text."""

import re

from app.people.lexicon import SURNAMES

from .credits import bare_name
from .post_bylines import post_byline_names

# a community's, village's or street's office (the bodies that send their own news to a paper)
_OFFICE = r"[\u3400-\u9fff]{2,30}?(?:居委会|村委会|居民委员会|村民委员会|办事处)"
_SIGNATURE = re.compile(rf"^\s*{_OFFICE}(?:\s+([\u3400-\u9fff]{{2,3}}))?\s*$")
_SENT_BY = re.compile(r"^\s*([\u3400-\u9fff]{2,30}?)\s*供稿\s*$")
_AGE = re.compile(r"\s*\([0-9]{1,3}岁\)\s*$")  # (`张三(82岁)`: a reader's age after the name)


def office_signature_names(printed: str, folded: str) -> list[str] | None:
    """The writer an office's signature line names ([] for the office alone), or None for another line."""
    # (each office's word holds 委会, 委员会 or 办事处: looked for before the pattern, which tries each length)
    m = _SIGNATURE.match(folded) if "委会" in folded or "委员会" in folded or "办事处" in folded else None
    if m is None and (sent := _SENT_BY.match(folded)) is not None:
        return [printed[sent.start(1):sent.end(1)]] if bare_name(sent.group(1)) else []  # (a person's, or a team's)
    if m is None:
        end = age.start() if (age := _AGE.search(folded)) else len(folded)  # (the age read past)
        return post_byline_names(printed[:end], folded[:end])
    if m.group(1) is None:
        return []
    return [printed[m.start(1):m.end(1)]] if m.group(1)[0] in SURNAMES else None
