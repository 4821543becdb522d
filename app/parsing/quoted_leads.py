"""A report may open with a speaker's words set alone under its headline (`“今年我们要…。”`), its dateline printed at
the head of the paragraph after them: the quotation is the report's lead, and the report itself, with its dateline,
begins below it (as under an editor's note run in under the headline)."""


def is_quoted_lead(folded: str) -> bool:
    """A paragraph that is one quotation and nothing else: it opens and closes its only pair of double quotes."""
    text = folded.strip()
    return text.startswith("“") and text.endswith("”") and text.count("“") == 1 and text.count("”") == 1
