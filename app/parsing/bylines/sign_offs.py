"""A text closed by its station's or paper's sign-off run on after its last sentence (`…园子里一片忙碌。某某台报道`):
the sign-off ends the text as the full stop before it does, so the paragraph is finished, not a line the column or
the title ran out on. The sign-off names an outlet (`…台`, `…报`, `…网`, `…社`, `…中心`), no person."""

import re

_SIGN_OFF = re.compile(r"[。!?][”’\"']*[\u3400-\u9fff]{1,8}?(?:台|报|网|社|站|中心|融媒)报道\s*$")


def ends_with_sign_off(tail: str) -> bool:
    """Does the text end with a sentence's stop and an outlet's `…报道` run on after it?"""
    return tail.endswith("报道") and _SIGN_OFF.search(tail) is not None
