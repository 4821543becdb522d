"""Once the rest of an interrupted article has gone back to it, a one-line headline printed right under that rest,
over text with no credit of its own, heads the article's next part (`木匠做了茶老板` under the rest of a feature
about a tea farmer, over `陈某今年五十出头,…`). Read before the rest went back, the line seemed to open an item of its
own after the piece printed between; once the rest is known to be the article's, the line right under it is where the
article goes on. It joins the article as a section head, its text with it, when that text is about the article and
not the piece between: it names a town or a village only the article names (`reunite`'s test), or opens on the name
of the person the article met (introduced by a common noun, `村民陈某`: `quoted_actors`), whom the piece between
never names. (A text of the same theme is not enough: a round-up's next item under the rest is one too.) So does a
head naming, itself, a village only the article names (`党建引领` / `某某村的“火车头”`, printed on two lines),
though what it heads was read as its own item's subtitle sentence (a short quotation under the head) and heads (a
one-line question): they come with it, the sentence as text."""

from app.people.names import dictionary, surname_length

from ..drafts import Draft, Paragraph
from .page_texts import PageTexts
from .quoted_actors import HAN_LETTERS, introduced_by_a_noun
from .reunite import names_only_earlier

NEAR_LINES = 4  # the head stands at most this many lines under the rest's last line (blank lines between)


def join_parts_under_rests(drafts: list[Draft]) -> list[Draft]:
    """The drafts with each part printed under a resumed article's rest joined to that article."""
    joined: list[Draft] = []
    texts = None
    for draft in drafts:
        bare = bare_part(draft)
        if not bare and not _part_with_heads_of_its_own(draft):
            continue
        found = _resumed_above(drafts, draft)
        if found is None:
            continue
        article, between = found
        texts = texts or PageTexts.of_drafts(drafts)
        part = texts.text(tuple(p.folded for p in draft.paragraphs))
        whole = texts.of_draft(article).whole
        other = texts.of_draft(between).whole
        lines = draft.headline  # (one line, or a head printed on two, every line apart)
        head = Paragraph(" ".join(u.printed for u in lines), " ".join(u.folded for u in lines), True,
                         [(lines[0].first, lines[-1].last)])
        if bare:  # its text about the article: a place or a person only the article names
            joins = names_only_earlier(part, whole, other) or _opens_on_its_person(
                draft.paragraphs[0].folded, whole.folded, other.folded)
        else:  # its head itself naming a village only the article names
            joins = names_only_earlier(texts.text((head.folded,)), whole, other)
        if joins:
            join_part(article, draft, head)
            joined.append(draft)
    return [d for d in drafts if not any(d is j for j in joined)]


def join_part(article: Draft, draft: Draft, head: Paragraph) -> None:
    """The part (`draft`) joins the article above it: its head as a section head, then its text."""
    article.paragraphs.append(head)
    if (sentence := draft.subtitle_sentence) is not None:  # (the text's first paragraph, read as a subtitle)
        article.paragraphs.append(Paragraph(sentence.printed, sentence.folded, False,
                                            [(sentence.first, sentence.last)]))
    article.paragraphs.extend(draft.paragraphs)
    article.spans.extend(draft.spans)


def bare_part(draft: Draft) -> bool:
    """A headline of one line over plain text: no credit, dateline, photo or section of its own."""
    return (not draft.photo and len(draft.headline) == 1 and draft.subtitle_sentence is None and not draft.authors
            and not draft.dateline and not draft.credits and bool(draft.paragraphs)
            and not any(p.section or p.names for p in draft.paragraphs))


def _part_with_heads_of_its_own(draft: Draft) -> bool:
    """A head of one line or two over text with no credit, dateline or photo, a subtitle sentence or heads under it."""
    return (not draft.photo and len(draft.headline) in (1, 2) and not draft.authors and not draft.dateline
            and not draft.credits and draft.has_text and not any(p.names for p in draft.paragraphs))


def _resumed_above(drafts: list[Draft], part: Draft) -> tuple[Draft, Draft] | None:
    """The article whose rest ends right above `part`'s headline, printed after another draft (the piece between, which
    is returned too), or None."""
    head_line = part.headline[0].first
    for article in drafts:
        if article is part or article.photo or not article.spans or article.closed:
            continue
        first, last = min(s[0] for s in article.spans), max(s[1] for s in article.spans)
        if not 0 < head_line - last <= NEAR_LINES:
            continue
        between = next((d for d in drafts if d is not article and d is not part and not d.photo and d.spans
                        and first < min(s[0] for s in d.spans) < last), None)
        if between is not None and not any(d.spans and last < min(s[0] for s in d.spans) < head_line for d in drafts):
            return article, between
    return None


def _opens_on_its_person(paragraph: str, text: str, between: str) -> bool:
    """Does `paragraph` open on a name (two or three letters, a surname first) that `text` introduces by a common noun
    and `between` never names?"""
    surname = surname_length(paragraph, 0)
    # (the longest name first: `陈某某` before `陈某`; a dictionary word is no name)
    return any(HAN_LETTERS.fullmatch(name := paragraph[:length]) is not None and name not in dictionary()
               and name not in between and introduced_by_a_noun(name, text)
               for length in ((surname + 2, surname + 1) if surname else ()))
