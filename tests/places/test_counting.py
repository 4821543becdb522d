"""Context counts how often each place is named with collections' own loop where Python has it,
and with the same loop written out where it does not: both must count alike."""

from collections import Counter

from app.places.context import count_in_python, count_into


def test_both_loops_count_alike_and_add_to_what_is_there():
    items = ["320500", "320506", "320500", "320585", "320500"]
    for count in (count_into, count_in_python):
        counts = {"320506": 2}
        count(counts, iter(items))
        assert counts == {"320506": 3, "320500": 3, "320585": 1}
        assert Counter(counts) == Counter(items) + Counter({"320506": 2})
