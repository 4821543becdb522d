"""A work named in title marks (`《某某晚报》`, a programme, a plan) that the first sentence under a head and the
article above both name ties the two: a feature's lead announces what a paper or a programme did
(`…投递员带着《某某晚报》敲开了独居老人的家门`) and its next part, under a head, tells one morning of it, dated and set
in a street the lead never named (`1月1日上午,…志愿者带着新出炉的《某某晚报》走进了…`). A news item dated and set
elsewhere is about a work of its own, so its date and its place are the signs of a new item only when it names no
work the article above names (`similarity.dated_lead_elsewhere`)."""

import re

_WORK = re.compile(r"《([^《》]{2,20})》")


def names_a_work_named_above(sentence: str, above: str) -> bool:
    """Does `sentence` name in title marks a work that `above` names in title marks too?"""
    works = set(_WORK.findall(sentence))
    return bool(works) and not works.isdisjoint(_WORK.findall(above))
