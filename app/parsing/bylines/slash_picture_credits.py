"""`张三/图` on a line of its own: the picture's credit, as `张三 摄` is.

A paper marks who took a picture with `图` after a slash (`文/张三 图/李四` in a byline names both); a line holding one
name and `/图` and nothing else credits only the picture, so under a caption it is that caption's credit, never a
byline (one with a role first, `通讯员 张三/图`, too)."""

import re

from .roles import ROLE_WORDS

_ROLES = "|".join(re.escape(w) for w in sorted(ROLE_WORDS, key=len, reverse=True))
NAME_SLASH_PICTURE = re.compile(rf"^\s*(?:(?:{_ROLES})\s*)?([\u3400-\u9fff·]{{2,4}})\s*/\s*图\s*$")
