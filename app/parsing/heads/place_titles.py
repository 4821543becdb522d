"""Of two headline lines with no mark to tell them (no dash, no colon at the end, no bracket), the one that opens by
naming the place the text's lead says it happened in is the title, the line above it its kicker
(`无偿维修电器健康咨询` / `某某区五邻社开展志愿活动` over `…就在前不久某某区首批五个社区成立…`;
`23个志愿服务站方便百姓` / `海虞“学雷锋”阵地遍地开花` over `…在海虞镇已经“遍地开花”`): the title says who did what
where, as the lead does; a kicker sets a detail or a tone first. A subtitle under a title tells more, and the
title above it names the place itself: when both lines open with the lead's place, the first stays the title. The
place is the lead's — the two or three letters before a place word there (`某某镇`, `某某区`), opening the line bare
or in full — so a district or a town named bare counts as well as a town the suffix rule knows."""

import re

_PLACE_WORD = "(?:镇|乡|街道|区|县|市|村|社区)"
NAME_CHARS = (2, 3)  # a place's name before its word (`海虞`, `越城`, `黄沙港`)


def _leads_place_opening(line: str, lead: str) -> bool:
    line = line.strip()
    return any(re.search(re.escape(line[:n]) + _PLACE_WORD, lead) is not None
               for n in NAME_CHARS if len(line) > n and "\u3400" <= line[n - 1] <= "\u9fff")


def title_opens_with_leads_place(first: str, second: str, lead: str) -> bool:
    """`first` over `second` (folded lines) over a text whose lead is `lead`: does `second` alone open with the place
    the lead names, so that it is the title and `first` its kicker?"""
    return (":" not in first and ":" not in second and _leads_place_opening(second, lead)
            and not _leads_place_opening(first, lead))
