"""A reporting team's byline: the outlet's role word, then five names or more, each spaced, closed by the place the
team filed from (`某某网记者 张三 李四 王五 赵六 钱七 孙八 某地报道`).

A byline is held short so a sentence is not read for one; a team sent out together is credited on one line however
many they are, and a line that is only a role, names opening with surnames and `某地报道` is no sentence."""

import re

_ROLE = r"[\u3400-\u9fff]{0,10}?(?:记者|通讯员)"
_PLACE_REPORTED = r"[\u3400-\u9fff]{2,6}报道"
TEAM_BYLINE = re.compile(rf"^\s*{_ROLE}\s+((?:[\u3400-\u9fff]{{2,3}}\s+){{5,12}}){_PLACE_REPORTED}\s*$")


def team_byline_names(printed: str, folded: str, is_name) -> list[str] | None:
    """The names of a team's byline, or None (`is_name` tells a person's name: `credits.bare_name`)."""
    m = TEAM_BYLINE.match(folded)
    if not m:
        return None
    names = printed[m.start(1):m.end(1)].split()
    return names if all(map(is_name, m.group(1).split())) else None
