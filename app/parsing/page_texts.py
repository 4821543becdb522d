"""The texts of a page's articles as the continuation repair compares them, each worked out once.

For every paragraph that could start a continuation, `reunite` compares the text kept above it
(with the headline), the tail from it on and the paragraph itself with the whole of each earlier
article: the places they name and their distinctive bigrams. Those texts overlap from one
paragraph to the next, so what each needs comes from its parts: the place keys of an article's
beginnings and ends from one scan of it (`similarity.PlaceScan`), the bigrams of a text from
those of its paragraphs (cached per page) and of the joints between them. Bigrams are kept as
integers (two code points), which Python makes and hashes more cheaply than two-character
strings; only the sizes of their intersections are ever asked for. A text's bigrams, and the
page's common ones, are only worked out when a comparison needs them: most candidate tails are
turned down on their place names alone.
"""

from array import array
from functools import cached_property
import sys

from .similarity import PlaceScan, compact, place_keys

COMMON_IN_ARTICLES = 3  # a bigram in this many articles of the page is a common word there


def _joint(last: int, first: int) -> int:
    """The bigram of two code points, as `_Part` codes the bigrams inside a part."""
    return last | first << 32


class _Part:
    """A paragraph or heading: its bigrams, and the code points its letters and digits start and end with."""

    __slots__ = ("grams", "first", "last")

    def __init__(self, folded: str) -> None:
        chars = compact(folded)  # CJK, digits and Latin letters: one UTF-32 unit each
        units = chars.encode("utf-32-le")
        # Each 8 bytes read from an offset that is a multiple of 4 are two neighbouring code points.
        even, odd = array("Q", units[:len(units) // 8 * 8]), array("Q", units[4:4 + (len(units) - 4) // 8 * 8])
        if sys.byteorder == "big":
            even.byteswap()
            odd.byteswap()
        self.grams = set(even)
        self.grams.update(odd)
        self.first = ord(chars[0]) if chars else None
        self.last = ord(chars[-1]) if chars else None


class Text:
    """A text of the page, given as its parts (paragraphs, a heading), with the place keys it
    names; its joined string and its distinctive bigrams are worked out when first asked."""

    def __init__(self, parts: tuple[str, ...], keys: tuple[set[str], set[str]], page: "PageTexts") -> None:
        self.parts = parts
        self.places, self.towns = keys  # towns: towns and villages alone (see `place_keys`)
        self._page = page

    @cached_property
    def folded(self) -> str:
        return "".join(self.parts)

    @cached_property
    def grams(self) -> set[int]:
        """Its bigrams that are not common on the page."""
        return self._page.bigrams(self.parts) - self._page.common


class ArticleText:
    """One article's text as it stands (its paragraphs, then its heading), and the texts cut from
    it at a paragraph: what is kept above it with the heading, and the tail from it on."""

    def __init__(self, paragraphs: tuple[str, ...], heading: str, page: "PageTexts") -> None:
        self.paragraphs, self.heading, self._page = paragraphs, heading, page
        self._starts = [0]
        for paragraph in paragraphs:
            self._starts.append(self._starts[-1] + len(paragraph))
        self._scan = PlaceScan("".join(paragraphs))
        self._kept: dict[int, Text] = {}

    def kept(self, k: int) -> Text:
        """Paragraphs before k, then the heading."""
        text = self._kept.get(k)
        if text is None:
            keys = self._scan.beginning(self._starts[k], self.heading)
            text = self._kept[k] = Text((*self.paragraphs[:k], self.heading), keys, self._page)
        return text

    def tail(self, k: int) -> Text:
        """Paragraphs from k on."""
        return Text(self.paragraphs[k:], self._scan.end(self._starts[k]), self._page)

    @cached_property
    def whole(self) -> Text:
        return self.kept(len(self.paragraphs))


class PageTexts:
    """The texts of one page, each made once. `common` is worked out from the articles as they
    were when the page was first seen, and only when first asked for."""

    def __init__(self, articles: list[tuple[tuple[str, ...], str]]) -> None:
        self._first_seen = articles  # each article's paragraphs and heading
        self._articles: dict[tuple[tuple[str, ...], str], ArticleText] = {}
        self._paragraphs: dict[str, Text] = {}
        self._parts: dict[str, _Part] = {}

    def article(self, paragraphs: tuple[str, ...], heading: str) -> ArticleText:
        found = self._articles.get((paragraphs, heading))
        if found is None:
            found = self._articles[paragraphs, heading] = ArticleText(paragraphs, heading, self)
        return found

    def paragraph(self, folded: str) -> Text:
        found = self._paragraphs.get(folded)
        if found is None:
            found = self._paragraphs[folded] = Text((folded,), place_keys(folded), self)
        return found

    def bigrams(self, parts: tuple[str, ...]) -> set[int]:
        """The bigrams of the parts joined: each part's, and those across the joints between
        them (the letters and digits of a joined text are its parts' joined)."""
        pieces = [self._part(part) for part in parts]
        grams = set().union(*(piece.grams for piece in pieces))
        ends = [piece for piece in pieces if piece.first is not None]
        grams.update(map(_joint, (a.last for a in ends), (b.first for b in ends[1:])))
        return grams

    @cached_property
    def common(self) -> set[int]:
        """Bigrams found in `COMMON_IN_ARTICLES` or more of the page's articles: its common words."""
        seen: list[set[int]] = [set() for _ in range(COMMON_IN_ARTICLES)]  # seen[n]: in more than n
        for paragraphs, heading in self._first_seen:
            grams = self.bigrams((*paragraphs, heading))
            for n in range(COMMON_IN_ARTICLES - 1, 0, -1):
                seen[n] |= seen[n - 1] & grams
            seen[0] |= grams
        return seen[-1]

    def _part(self, folded: str) -> _Part:
        found = self._parts.get(folded)
        if found is None:
            found = self._parts[folded] = _Part(folded)
        return found
