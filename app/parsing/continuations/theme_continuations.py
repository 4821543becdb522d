"""A continuation at a paragraph break told by its theme alone (`reunite._tail_owner` asks).

An article interrupted after a finished paragraph leaves no open sentence to finish, and its
continuation may name no place of its own: a reader still puts it back when it goes on with the
article printed right above the interrupting item, in that article's words and its headline's, and
the interrupting item was printed whole before it. Every piece of that evidence is asked for:

- the earlier article is the one printed right above the host (photos passed over): an
  interruption prints the rest right after the item that interrupts it;
- the host was printed beyond its lead before the tail (at least two paragraphs kept);
- the tail leans to the earlier article by `THEME_LEAD` distinctive bigrams or more (words found in
  three or more articles of the page do not count), and its first paragraph leans that way too;
- it repeats the earlier article's headline clearly more than the host's (`HEADLINE_LEAD` bigrams):
  two neighbours of one theme share its words, the headline says whose they are;
- it names no place only the host names, and no credit is printed in it (the host's closing
  credit under the tail makes the tail the host's own).
"""

from ..drafts import Draft, Paragraph
from .page_texts import ArticleText, PageTexts, Text

THEME_LEAD = 8  # distinctive bigrams the tail shares more with the earlier article than with the host
HEADLINE_LEAD = 4  # bigrams of the earlier headline the tail repeats more than of the host's
KEPT_PARAGRAPHS = 2  # the host printed this far before a tail


def continues_by_theme(article: ArticleText, k: int, earlier: Text, earlier_heading: str,
                       tail_paragraphs: list[Paragraph], texts: PageTexts) -> bool:
    """Does the host's text from paragraph k on continue the earlier article printed right above it?"""
    if k < KEPT_PARAGRAPHS or any(p.names for p in tail_paragraphs):
        return False
    tail, kept = article.tail(k), article.kept(k)
    if tail.places & (kept.places - earlier.places):
        return False  # it names a place only the host names
    if tail.shared(earlier) - tail.shared(kept) < THEME_LEAD:
        return False
    first = texts.paragraph(article.paragraphs[k])
    if first.shared(earlier) - first.shared(kept) <= 0:
        return False
    return (tail.shared(texts.paragraph(earlier_heading))
            - tail.shared(texts.paragraph(article.heading))) >= HEADLINE_LEAD


def printed_right_above(drafts: list[Draft], at: int) -> Draft | None:
    """The draft printed right above `at`, photos passed over."""
    return next((d for d in reversed(drafts[:at]) if not d.photo), None)
