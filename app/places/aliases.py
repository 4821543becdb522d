"""`data/aliases.csv`: the everyday names neither division list carries, and the words that only look like names.

`use` is `name` (another name of the place: 苏州高新区; a merged town's old name ending in 镇, 芦墟镇, is also written
bare as a current town's is), `zone` (a functional zone inside the place, spanning several of its towns: 汾湖高新区),
`prefix` (a short form written only right before one of the place's towns: 园区斜塘街道), `ignore` (a word that only
looks like a place name: 阿里, 入海口, 姑苏城), `word` (an official name that is also a common word: 中心镇 is a place
only where its county is named), `former_city` (a city's name of old that a district bears now: 通州, read by
words.py) or `old_city` (a city's name, the district its old city lies in: 苏州古城, 南通老城区 are 姑苏区's, 崇川区's;
read by landmarks.py); `context` is a place that must be named around it (高新区 means 虎丘区 only near 苏州).
"""

from collections import defaultdict
from typing import NamedTuple

from .names import fold


class Aliases(NamedTuple):
    names: list[tuple[str, str, str, str | None]]  # (written, code, form, context): forms of their places
    prefixes: dict[str, list[tuple[str, str | None]]]  # by county: (prefix, context)
    words: list[tuple[str, str]]  # (word, use): `ignore` or `word`, applied after every other form
    former_stems: list[tuple[str, str]]  # (芦墟, 黎里镇's code): a merged town's old name, written bare
    former_cities: dict[str, str]  # 通州: 南通市's code
    old_cities: dict[str, str]  # 南通: 崇川区's code


def read_aliases(rows: list[dict[str, str]], places: dict) -> Aliases:
    """The table's rows sorted by use; rows naming no known place are left out."""
    aliases = Aliases([], defaultdict(list), [], [], {}, {})
    for row in rows:
        alias, code, context, use = fold(row["alias"]), row["code"], row["context"] or None, row["use"]
        if use in ("ignore", "word"):
            aliases.words.append((alias, use))
        elif code not in places:
            continue
        elif use == "former_city":
            aliases.former_cities[alias] = code
        elif use == "old_city":
            aliases.old_cities[alias] = code
        elif use == "prefix":
            aliases.prefixes[code].append((alias, context))
        else:
            aliases.names.append((alias, code, "zone" if use == "zone" else "alias", context))
            if use == "name" and alias.endswith("镇") and len(alias) > 2 and places[code].level == "town":
                aliases.former_stems.append((alias[:-1], code))
    return aliases
