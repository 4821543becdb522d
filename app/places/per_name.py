"""What the resolver reads of each written name before it settles any, made in one pass over the names.

For each name: the facts of its form (forms.facts_of), those of the name written right before it (resolve._choose
reads them: 苏州渭塘, 江阴市的周庄镇), and, for a bare town name, the places whose being in the article's context could
make it usable (forms.FormFacts.stem_watch: while the context holds none, the resolver passes it by); and the order
the resolver visits them in, the bare town names last. Each was a pass over the names of its own; one pass reads each
name once, and the watch is chosen by how often the text writes the name, counted before it.
"""

from operator import attrgetter

from .context import count_into
from .forms import FormFacts, facts_of
from .gazetteer import Gazetteer
from .matching import NameMatch

_TEXT = attrgetter("text")


def per_name(gazetteer: Gazetteer, matches: list[NameMatch], page_keys) -> tuple[
        list[FormFacts], list[FormFacts | None], list[frozenset[str] | None], list[int], dict[str, int]]:
    """For `matches` (in reading order, none overlapping): each one's facts, the facts of the name right before it
    (`names_before`; None: none), its quiet watch (None: none to keep), the order to visit them in, and how often
    each name is written. `page_keys`: the places of the page's context."""
    repeats: dict[str, int] = {}
    count_into(repeats, map(_TEXT, matches))
    forms: list[FormFacts] = []
    after_forms: list[FormFacts | None] = []
    quiet: list[frozenset[str] | None] = []
    in_order: list[int] = []
    stems: list[int] = []
    add_form, add_after, add_quiet = forms.append, after_forms.append, quiet.append
    before, before_form = None, None
    for i, m in enumerate(matches):
        form = m.form_facts  # made with the name (`facts_of` when a copy has other entries)
        if form is None or form.entries is not m.entries:
            form = facts_of(gazetteer, m)
        add_form(form)
        # (as `names_before` finds the name before)
        after = before_form if before is not None and before.field == m.field and (
            before.end == m.start or m.after_of and before.end == m.start - 1) else None
        add_after(after)
        if form.all_stems:
            stems.append(i)
            watch = form.stem_watch  # (None for any other name)
            add_quiet(None if watch is None or after is not None or not page_keys.isdisjoint(watch[3])
                      else watch[min(repeats[m.text], 3) - 1])
        else:
            in_order.append(i)
            add_quiet(None)
        before, before_form = m, form
    in_order += stems
    return forms, after_forms, quiet, in_order, repeats


def names_before(matches: list[NameMatch]) -> list[NameMatch | None]:
    """The name right before each one, or for one written after 的, right before the 的. `matches` are in
    reading order and none overlaps another (as `find_names` gives them), and a name is two characters
    at least: such a name, if any, is the one before it in the list."""
    found: list[NameMatch | None] = [None]
    for before, m in zip(matches, matches[1:]):
        found.append(before if before.field == m.field and (
            before.end == m.start or m.after_of and before.end == m.start - 1) else None)
    return found[:len(matches)]
