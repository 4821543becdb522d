"""A draft article as the page is read: its headline units, its paragraphs (each with the lines it was
printed on), its writers and credits, and whether its credit has closed it."""

from dataclasses import dataclass, field

from app.text import strip_aligned
from .bylines.closing_credits import trailing_byline
from .photos.inline_credits import remove_inline_credits
from .lines import Item, is_finished
from .quoted_leads import is_quoted_lead
from .shapes import ends_with_attribution, is_date_line
from .similarity import compact

# `编者按:…` run in as the first paragraph: the editor's note over a report, its dateline still to come below it
_RUN_IN_NOTE = ("编者按:", "编者的话:", "编者注:")  # (folded: the wide colon made narrow)


@dataclass
class Paragraph:
    printed: str
    folded: str
    section: bool = False
    spans: list[tuple[int, int]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # credits printed in or right after it
    run_on: list[str] = field(default_factory=list)  # of those, the names of a credit run on in its own text
    credits: list[str] = field(default_factory=list)  # photo credits cut out of its first line (`(某某供图)`)
    ended: bool = False  # a sentence the source printed with no full stop, ended by what stands under it

    @property
    def unfinished(self) -> bool:
        return not self.section and not self.ended and not is_finished(self.folded) and not is_date_line(self.folded)

    def absorb(self, other: "Paragraph") -> None:
        """Take the paragraph printed after this one in as its own rest (a sentence the page broke in two)."""
        self.printed += other.printed
        self.folded += other.folded
        self.spans.extend(other.spans)
        self.names.extend(other.names)
        self.run_on.extend(other.run_on)
        self.credits.extend(other.credits)


@dataclass(eq=False)  # drafts are compared by identity
class Draft:
    headline: list[Item] = field(default_factory=list)
    subtitle_sentence: Item | None = None
    authors: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False
    photo: bool = False
    dateline: bool = False
    _letters: str = field(default="", init=False, repr=False)
    _letters_key: tuple[int, int] = field(default=(-1, -1), init=False, repr=False)

    @property
    def has_text(self) -> bool:
        for paragraph in self.paragraphs:  # (a loop, not `any` over a generator: asked of every draft again and again)
            if not paragraph.section:
                return True
        return False

    @property
    def only_a_note(self) -> bool:
        """Its one paragraph an editor's note run in under the headline, or a quoted lead (`quoted_leads`): the report
        it introduces not yet begun."""
        lead = self.paragraphs[0].folded if len(self.paragraphs) == 1 else ""
        return lead.lstrip().startswith(_RUN_IN_NOTE) or is_quoted_lead(lead)

    @property
    def ends_unfinished(self) -> bool:
        return bool(self.paragraphs) and self.paragraphs[-1].unfinished

    def body_text(self) -> str:
        return "".join([p.folded for p in self.paragraphs])  # (a list, not a generator: asked again and again)

    def heading(self) -> str:
        """The headline's lines, folded, one space between them: what a head or a rest is weighed against."""
        return " ".join([u.folded for u in self.headline])  # (a list, not a generator: asked for every candidate)

    def body_letters(self) -> str:
        """The letters and digits of each paragraph, a line break between them: what a headline's
        bigrams are looked for in (`similarity.shared_bigrams`)."""
        key = (len(self.paragraphs), sum(len(p.folded) for p in self.paragraphs))
        if self._letters_key != key:
            self._letters, self._letters_key = "\n".join(compact(p.folded) for p in self.paragraphs), key
        return self._letters

    def add_span(self, item: Item) -> None:
        self.spans.append((item.first, item.last))

    def add_section(self, unit: Item) -> None:
        self.paragraphs.append(Paragraph(unit.printed, unit.folded, True, [(unit.first, unit.last)]))
        self.add_span(unit)

    def add_text(self, item: Item, printed: str, folded: str) -> None:
        printed, folded, credits = remove_inline_credits(printed, folded)
        self.credits.extend(credits)
        printed, folded, names = trailing_byline(printed, folded)
        self.authors.extend(names)
        self.closed = self.closed or bool(names) or ends_with_attribution(folded)  # `……。(张三)`, `(据某某报)` end it
        printed, folded = strip_aligned(printed, folded)
        self.add_span(item)
        if not folded:
            return
        span = (item.first, item.last)
        if self.ends_unfinished:
            last = self.paragraphs[-1]
            last.printed, last.folded, more = trailing_byline(last.printed + printed, last.folded + folded)
            self.authors.extend(more)  # a `(记者 …)` credit the line break had split
            last.spans.append(span)
            last.names.extend([*names, *more])
            last.run_on.extend([*names, *more])
        else:
            self.paragraphs.append(Paragraph(printed, folded, False, [span], list(names), list(names), credits))
