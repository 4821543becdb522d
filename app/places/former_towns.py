"""The names towns were written by before they were renamed, still read in what people write.

A 街道 that was a 镇 (漳江街道, once 漳江镇; 唐闸镇街道, once 唐闸镇), or a 镇 that was a 乡 (梅山镇, once 梅山乡),
is still written so: that name, where no place bears it, is the current place's — the 乡 only where its county is
named (江南水乡 is no 南水乡, and several 镇 may have been one; 湖南乡村 is no 湖南乡, but 青龙乡, the name of towns
elsewhere, is a town's though 青龙 is a county's short form). A name other towns bear now (相城's 黄桥街道 was 黄桥镇,
as 泰兴's still is), or two streets were, is the street's only where its county is named; never where its county has
a town so named itself. A county's seat written as the town it was before it became streets (如皋镇, 泰兴镇), where
no town bears the name now, is its county: which street is not said. A town the lists keep as revoked, or under an
older name, is filed under the town of its county bearing its name today (松陵镇: 松陵街道), where readers look now.
"""

from collections import defaultdict

from .names import is_generic, short_form, town_stem


def former_town_names(places: dict, names: dict, larger: dict) -> list[tuple[str, str, str | None]]:
    """(written, code, context) for each former name above: `places` by code, `names` the forms so far (the towns'
    included), `larger` the forms of the places above the towns (a former name whose stem is one is none)."""
    found = []
    former_towns = defaultdict(list)
    for town in places.values():
        if town.level == "town" and town.status == "current" and town.name.endswith("街道") and len(town.name) >= 4:
            street = town.name[:-2]  # 唐闸镇街道 was 唐闸镇, 漳江街道 漳江镇
            former_towns[street if street.endswith("镇") else street + "镇"].append(town)
        elif town.level == "town" and town.status == "current" and town.name.endswith("镇") and len(town.name) >= 3:
            former_towns[town.name[:-1] + "乡"].append(town)
    for former, towns in former_towns.items():
        # 湖南乡村 is 湖南, not a 湖南乡 (衢江's 湖南镇); but a name other towns bear now is a town's (青龙乡)
        if is_generic(former) or former[:-1] in larger and former not in names:
            continue
        alone = former not in names and not (len(towns) > 1 and former.endswith("镇"))
        for town in towns:
            if not any(places[e.code].parent_code == town.parent_code for e in names.get(former, ())):
                found.append((former, town.code, town.parent_code if former.endswith("乡") or not alone else None))
    seats: dict[str, str | None] = {}
    for county in places.values():
        short = short_form(county.name, county.level) if county.level == "county" and county.status != "zone" else None
        if short:
            seats[short + "镇"] = None if short + "镇" in seats else county.code  # (two counties so written: none)
    streets = {written for written, _, _ in found}  # (a street that was a town so named is that town)
    found += [(seat, code, None) for seat, code in seats.items() if code and seat not in names and seat not in streets]
    return found


_OLD_LISTINGS = ("revoked", "nbs_only")  # a town the ministry's list no longer carries, or never did by that name


def today_namesake(gazetteer, code: str) -> str:
    """The code of the place an article is filed under: a revoked town's, or one the statistics bureau alone lists
    (新密's 袁庄乡, the ministry's 袁庄镇), is the current town of its county that bears its name today (松陵镇 →
    松陵街道, 金港镇 → 金港街道), where readers look for it now; any other, itself."""
    place = gazetteer[code]
    if place.status not in _OLD_LISTINGS or place.level != "town" or not (stem := town_stem(place.name)):
        return code
    return next((c for c in gazetteer.children[place.parent_code] if gazetteer[c].status == "current"
                 and gazetteer[c].level == "town" and town_stem(gazetteer[c].name) == stem), code)
