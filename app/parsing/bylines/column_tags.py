"""A column's tag made of a role word and the column's kind (`记者手记`, `记者观察`, `通讯员札记`): printed
over a title as its kicker, it names nobody, though a credit reader would take the kind for a name."""

import re

_COLUMN_TAG = re.compile(r"^\s*(?:记者|通讯员|编者|编辑)\s*(?:手记|札记|笔记|观察|调查|探访|随笔|日记|附记|走基层|"
                         r"连线|视点)\s*$")


def is_column_tag(folded: str) -> bool:
    return _COLUMN_TAG.match(folded) is not None
