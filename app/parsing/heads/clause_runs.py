"""A headless line of text that runs on clause after clause (`在某某过程中,某某村探索了…新路子,优先使用`: three
clauses or more, two commas at least, past forty letters) and breaks off with no sentence ended is the first piece of
a paragraph the column cut, printed where a headline follows by chance: a kicker is a phrase or two over its title
(`某某街道推动老旧小区改造,以“新”换“心”`), never a run of clauses. Such a line is left to the text above it and
the rest further down (`reunite`), not lifted into the headline under it (`kicker_lines`)."""

from ..kinds import Kind

_MIN_CLAUSE_RUN = 40  # letters: longer than the longest kicker of two phrases
_COMMAS = ",，"


def runs_on_clauses(folded: str) -> bool:
    """Is this line a run of three clauses or more, past forty letters (see module doc)?"""
    text = folded.strip()
    return len(text) > _MIN_CLAUSE_RUN and sum(text.count(c) for c in _COMMAS) >= 2


def settle_clause_runs(items: list) -> None:
    """Such a line, read as a headline line over another headline line and under text, turned back into text."""
    for i in range(1, len(items) - 1):
        item = items[i]
        if (item.kind is Kind.HEADLINE and items[i - 1].kind in (Kind.PARAGRAPH, Kind.DATELINE)
                and items[i + 1].kind is Kind.HEADLINE and not item.finished and runs_on_clauses(item.folded)):
            item.kind, item.parts = Kind.PARAGRAPH, []
