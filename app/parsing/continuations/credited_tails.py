"""A tail that closes with its writers' credit run on in its last sentence (`……增收。(张三、李四)`) is no rest of an
earlier article that credits writers of its own by other names (a box line `□ 本报记者 王五`, a dateline's bracket):
an article names its writers once, so a closing credit run on in the text, naming others, belongs with the headline
it is printed under. An earlier article that names no one may still get such a tail back: its credit then closes its
rest, as printed. A credit on a line of its own after the text (`·张三 李四·`) is not asked: a page prints such
lines for more than one article's writers."""

from ..drafts import Draft


def credited_to_another(host: Draft, k: int, target: Draft) -> bool:
    """Do the host's paragraphs from k on carry a run-on credit whose names the target, credited already, lacks?"""
    if not target.authors:
        return False
    names = {name for p in host.paragraphs[k:] for name in p.run_on}
    return bool(names) and names.isdisjoint(target.authors)
