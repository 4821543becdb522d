"""The texts of a page's articles as the continuation repair compares them, each worked out once.

For every paragraph that could start a continuation, `reunite` compares the text kept above it
(with the headline), the tail from it on and the paragraph itself with the whole of each earlier
article: the places they name and their distinctive bigrams. Those texts overlap from one
paragraph to the next, so what each needs comes from its parts:

- place keys: each paragraph and heading scanned once, a text's keys its parts' (`joined_place_keys`);
- bigrams: the page's paragraphs and headings are cut into bigrams in one pass (numpy), each
  part's kept as a bit set over the page's distinct bigrams (a Python integer: a union is `|`, the
  size of an intersection `(a & b).bit_count()`); a text's set is its parts' and the bigrams
  across the joints between them (the letters and digits of a joined text are its parts' joined).

Bigrams, and the page's common ones, are only worked out when a comparison needs them: most
candidate tails are turned down on their place names alone.
"""

from itertools import chain
import re
import weakref

import numpy as np

from app.people.extract import names_in_folded

from ..similarity import joined_place_keys, place_keys

COMMON_IN_ARTICLES = 3  # a bigram in this many articles of the page is a common word there
# Bit sets cost a bit per distinct bigram of the page in every part: beyond this many (parts ×
# characters, a bound of it) a page's bigrams are kept as sets instead.
DENSE_CELLS = 50_000_000
# A bigram as one integer: its first code point, the second shifted above it (letters and digits
# are all below U+A000).
SECOND = 16
_SECOND = np.uint64(SECOND)


def _letters(codes: np.ndarray) -> np.ndarray:
    """Where the letters and digits are among code points: CJK, digits, Latin letters (`compact`)."""
    return (codes - 0x3400 <= 0x9FFF - 0x3400) | (codes - 0x30 <= 9) | ((codes | 0x20) - 0x61 <= 25)


def _codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), "<u4")


def _pairs(letters: np.ndarray) -> np.ndarray:
    """Each two neighbouring code points as one integer, the second shifted above the first."""
    return letters[:-1] | letters[1:] << _SECOND


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted, each once (as `np.unique`, whose hashing is slower on a few thousand)."""
    values = np.sort(values)
    return values[np.concatenate(([True], values[1:] != values[:-1]))]


def _bit_set(bits: np.ndarray, size: int) -> int:
    flags = np.zeros(size, bool)
    flags[bits] = True
    return int.from_bytes(np.packbits(flags, bitorder="little").tobytes(), "little")


class _Bigrams:
    """Each part's bigrams as a bit set, and the code points its letters start and end with (for
    the bigram across a joint), for the parts of the page given; other parts (paragraphs joined
    when a continuation moved) are cut when first asked for."""

    def __init__(self, parts: list[str]) -> None:
        self._slot = dict(zip(parts, range(len(parts))))
        starts = np.zeros(len(parts) + 1, np.intp)
        np.cumsum(np.fromiter(map(len, parts), np.intp, len(parts)), out=starts[1:])
        codes = _codes("".join(parts))
        where = np.flatnonzero(_letters(codes))
        letters = codes[where].astype(np.uint64)
        bounds = np.searchsorted(where, starts)  # part n's letters: letters[bounds[n]:bounds[n + 1]]
        owner = np.repeat(np.arange(len(parts)), np.diff(bounds))
        inside = owner[1:] == owner[:-1]  # neighbouring letters of one part
        # The page's bigrams sorted, each with its part: by two stable radix sorts of 16-bit code points
        # (every letter and digit is below U+A000), the first letter's then the second's, which order them
        # as their integers (the second shifted above the first). NumPy's comparison sort of the bigrams with
        # their parts as 64-bit integers took more than twice as long; np.unique and np.argsort longer still.
        # The page's distinct bigrams in order, bit n for the n-th.
        one, two = letters[:-1][inside].astype(np.uint16), letters[1:][inside].astype(np.uint16)
        order = one.argsort(kind="stable")
        order = order.take(two.take(order).argsort(kind="stable"))  # (`take`: fewer steps than an index)
        grams = _pairs(letters)[inside].take(order)
        first = np.concatenate(([True], grams[1:] != grams[:-1]))
        self._known = grams[first]
        # A row of whole bytes per part, all in one flat array: one packing, one bytes object cut
        # into the parts' integers.
        row = (len(self._known) + 7) // 8
        flags = np.zeros(len(parts) * row * 8, bool)
        part_of = owner[:-1][inside].take(order)
        flags[part_of * (row * 8) + (np.cumsum(first) - 1)] = True
        packed = memoryview(np.packbits(flags, bitorder="little").tobytes())  # (its rows read in place)
        self._sets = [int.from_bytes(packed[at:at + row], "little") for at in range(0, len(packed), row)] if row \
            else [0] * len(parts)
        firsts = letters[np.minimum(bounds[:-1], len(letters) - 1)].tolist() if len(letters) else []
        lasts = letters[np.maximum(bounds[1:] - 1, 0)].tolist() if len(letters) else []
        lettered = (bounds[1:] > bounds[:-1]).tolist()
        self._ends = [(start, end) if has else None for start, end, has in zip(firsts, lasts, lettered)] \
            if len(letters) else [None] * len(parts)
        self.parts = dict(zip(parts, zip(self._sets, self._ends)))  # part -> what `of` gives
        self._bits: dict[int, int] = {}  # bigram -> bit, for those looked up one by one
        self.joints: dict[int, int] = {}  # bigram across a joint -> its bit set
        self._more = len(self._known)  # the next bit for a bigram no part of the page had

    def of(self, part: str) -> tuple[int, tuple[int, int] | None]:
        """A part's bit set, and the code points its letters start and end with (None: no letters)."""
        found = self.parts.get(part)
        if found is not None:
            return found
        n = self._slot.get(part)
        if n is None:
            n = self._slot[part] = len(self._sets)
            codes = _codes(part)
            letters = codes[_letters(codes)].astype(np.uint64)
            keys = _distinct(_pairs(letters))
            at = np.searchsorted(self._known, keys)
            known = at < len(self._known)
            known[known] = self._known[at[known]] == keys[known]
            bits = _bit_set(at[known], len(self._known))
            for key in keys[~known].tolist():
                bits |= 1 << self.bit(key)
            self._sets.append(bits)
            self._ends.append((int(letters[0]), int(letters[-1])) if len(letters) else None)
        found = self.parts[part] = self._sets[n], self._ends[n]
        return found

    empty = 0

    def learn_joints(self, texts: list[tuple[str, ...]]) -> None:
        """Find at once the bits of the bigrams across the joints the texts will be asked about: between
        their neighbouring parts with letters (the whole, a tail), and between each such part and the
        last one (what an article keeps above a paragraph, then its heading). One search of the page's
        sorted bigrams, not one a joint."""
        keys: list[int] = []
        for parts in texts:
            ends = [found for found in map(self._ends.__getitem__, map(self._slot.__getitem__, parts)) if found]
            keys.extend(last | first << SECOND for (_, last), (first, _) in zip(ends, ends[1:]))
            keys.extend(last | ends[-1][0] << SECOND for _, last in ends[:-2])
        keys = [key for key in dict.fromkeys(keys) if key not in self._bits]
        if not keys:
            return
        at = np.searchsorted(self._known, np.array(keys, np.uint64)).tolist()
        known = self._known[np.minimum(at, len(self._known) - 1)].tolist() if len(self._known) else []
        for key, n, found in zip(keys, at, known or [None] * len(keys)):
            if found != key:
                n, self._more = self._more, self._more + 1
            self._bits[key] = n  # (its bit set made by `joint` when a text needs it: most are never asked for)

    def joint(self, last: int, first: int) -> int:
        """The bigram across a joint: the last code point of one part, the first of the next."""
        key = last | first << SECOND
        found = self.joints.get(key)
        if found is None:
            found = self.joints[key] = 1 << self.bit(key)
        return found

    @staticmethod
    def size(grams: int) -> int:
        return grams.bit_count()

    @staticmethod
    def without(grams: int, common: int) -> int:
        return grams & ~common

    def bit(self, key: int) -> int:
        """The bit of one bigram; one not among the page's parts gets a bit of its own."""
        found = self._bits.get(key)
        if found is None:
            # (a few dozen a page: no list of all of them; asked as an unsigned integer, as the page's bigrams
            # are kept: a Python int would be compared as a float, the whole table converted for each)
            at = int(self._known.searchsorted(np.uint64(key)))
            if at < len(self._known) and int(self._known[at]) == key:
                found = at
            else:
                found, self._more = self._more, self._more + 1
            self._bits[key] = found
        return found


class _BigramSets:
    """The same as `_Bigrams` with each part's bigrams a set of integers: for a page so large
    that a bit for every distinct bigram in every part would not fit (`DENSE_CELLS`)."""

    empty: frozenset[int] = frozenset()
    size = staticmethod(len)

    def __init__(self) -> None:
        self.parts: dict[str, tuple[frozenset[int], tuple[int, int] | None]] = {}
        self.joints: dict[int, frozenset[int]] = {}  # (none kept: each made when asked)

    def of(self, part: str) -> tuple[frozenset[int], tuple[int, int] | None]:
        found = self.parts.get(part)
        if found is None:
            codes = _codes(part)
            letters = codes[_letters(codes)].astype(np.uint64)
            ends = (int(letters[0]), int(letters[-1])) if len(letters) else None
            found = self.parts[part] = (frozenset(_pairs(letters).tolist()), ends)
        return found

    @staticmethod
    def joint(last: int, first: int) -> frozenset[int]:
        return frozenset((last | first << SECOND,))

    @staticmethod
    def without(grams: frozenset[int], common: frozenset[int]) -> frozenset[int]:
        return grams - common


Grams = int | frozenset[int]  # a bit set (`_Bigrams`) or a set (`_BigramSets`)


class _worked_out_once:
    """`functools.cached_property` without its lock, which Python 3.11 takes on every first look-up (a
    page's texts are made and asked anew for each paragraph tried, by one thread)."""

    def __init__(self, work) -> None:
        self.work, self.name = work, work.__name__

    def __get__(self, instance, owner=None):
        value = instance.__dict__[self.name] = self.work(instance)  # (later look-ups find it there)
        return value


class Text:
    """A text of the page, given as its parts (paragraphs, a heading), with the place keys it
    names; its joined string and its distinctive bigrams are worked out when first asked."""

    def __init__(self, parts: tuple[str, ...], keys: tuple[set[str], set[str]], page: "PageTexts") -> None:
        self.parts = parts
        self.places, self.towns = keys  # towns: towns and villages alone (see `place_keys`)
        self._page = page

    @_worked_out_once
    def folded(self) -> str:
        return "".join(self.parts)

    @_worked_out_once
    def grams(self) -> Grams:
        """Its bigrams that are not common on the page."""
        return self._page.without_common(self._page.bigrams(self.parts))

    @_worked_out_once
    def people(self) -> frozenset[str]:
        """Names of the people it introduces with a post (`副市长张三`). A post and its name stand in one
        paragraph, so each paragraph is read once (a memo), whichever of the page's texts it is part of;
        the text keeps its own (asked again and again: an earlier article, what a host keeps)."""
        people = set()  # (loops, not a generator: asked of every earlier article and of what each host keeps)
        for part in self.parts:
            for name in names_in_folded(part):  # (parts are folded already)
                if not _serves_as(name, part):
                    people.add(name)
        return frozenset(people)

    def shared(self, other: "Text") -> int:
        """How many distinctive bigrams it shares with another text."""
        return self._page.size(self.grams & other.grams)


# the clause after `任` ends on a post: `书记任调解小组组长`, the verb `任` (serves as), no one named 任
_CLAUSE_TO_A_POST = re.compile(r"[^,。;:!?、()“”]*?(?:长|员|主任|书记|委员)(?=$|[,。;:!?、()“”])")


def _serves_as(name: str, part: str) -> bool:
    """A `任…` name each time printed where the clause it opens ends on a post: `任` is the verb, serving as it."""
    if not name.startswith("任"):
        return False
    spots = [m.start() for m in re.finditer(re.escape(name), part)]
    return bool(spots) and all(_CLAUSE_TO_A_POST.match(part, k + 1) for k in spots)


class ArticleText:
    """One article's text as it stands (its paragraphs, then its heading), and the texts cut from
    it at a paragraph: what is kept above it with the heading, and the tail from it on."""

    def __init__(self, paragraphs: tuple[str, ...], heading: str, page: "PageTexts") -> None:
        self.paragraphs, self.heading, self._page = paragraphs, heading, page
        self._kept: dict[int, Text] = {}
        self._tails: dict[int, Text] = {}  # (a tail is asked of again for each earlier article it may continue)

    def kept(self, k: int) -> Text:
        """Paragraphs before k, then the heading."""
        text = self._kept.get(k)
        if text is None:
            text = self._kept[k] = self._page.text((*self.paragraphs[:k], self.heading))
        return text

    def tail(self, k: int) -> Text:
        """Paragraphs from k on."""
        text = self._tails.get(k)
        if text is None:
            text = self._tails[k] = self._page.text(self.paragraphs[k:])
        return text

    @property
    def whole(self) -> Text:
        return self.kept(len(self.paragraphs))


class _PlaceKeys(dict[str, tuple[set[str], set[str]]]):
    """Each part's place keys, scanned when first asked (a look-up of one already scanned stays in C)."""

    def __missing__(self, part: str) -> tuple[set[str], set[str]]:
        found = self[part] = place_keys(part)
        return found


class PageTexts:
    """The texts of one page, each made once. The bigrams are cut, and `common` worked out from the
    articles as they were when the page was first seen, only when first asked for. Its texts hold
    it weakly: it is kept while they are used."""

    def __init__(self, articles: list[tuple[tuple[str, ...], str]]) -> None:
        self._first_seen = articles  # each article's paragraphs and heading
        # what its texts hold of it: no cycle, so a page's texts are freed as soon as it is done
        # (garbage in cycles waits for the cyclic collector, which runs the more often the more there is)
        self._weak = weakref.proxy(self)
        self._articles: dict[tuple[tuple[str, ...], str], ArticleText] = {}
        self._paragraphs: dict[str, Text] = {}
        self._keys = _PlaceKeys()  # of each part

    @classmethod
    def of_drafts(cls, drafts) -> "PageTexts":
        """The texts of a page's drafts, as first seen."""
        return cls([(tuple([p.folded for p in d.paragraphs]), d.heading()) for d in drafts])

    def of_draft(self, draft) -> "ArticleText":
        """A draft's text as it stands now (its paragraphs and heading)."""
        return self.article(tuple([p.folded for p in draft.paragraphs]), draft.heading())  # (a list: no generator)

    def article(self, paragraphs: tuple[str, ...], heading: str) -> ArticleText:
        found = self._articles.get((paragraphs, heading))
        if found is None:
            found = self._articles[paragraphs, heading] = ArticleText(paragraphs, heading, self._weak)
        return found

    def paragraph(self, folded: str) -> Text:
        found = self._paragraphs.get(folded)
        if found is None:
            found = self._paragraphs[folded] = self.text((folded,))
        return found

    def text(self, parts: tuple[str, ...]) -> Text:
        """A text joined from parts, its place keys from theirs (each part scanned once)."""
        return Text(parts, joined_place_keys(parts, self._keys.__getitem__), self._weak)

    @_worked_out_once
    def _bigrams(self) -> _Bigrams | _BigramSets:
        parts = list(dict.fromkeys(chain.from_iterable((*paragraphs, heading)
                                                       for paragraphs, heading in self._first_seen)))
        if len(parts) * sum(map(len, parts)) > DENSE_CELLS:
            return _BigramSets()
        table = _Bigrams(parts)
        table.learn_joints([(*paragraphs, heading) for paragraphs, heading in self._first_seen])
        return table

    def size(self, grams: Grams) -> int:
        return self._bigrams.size(grams)

    def without_common(self, grams: Grams) -> Grams:
        return self._bigrams.without(grams, self.common)

    def without(self, grams: Grams, other: Grams) -> Grams:
        return self._bigrams.without(grams, other)

    def bigrams(self, parts: tuple[str, ...]) -> Grams:
        """The bigrams of the parts joined: each part's, and those across the joints between
        parts with letters."""
        table = self._bigrams
        known, joints = table.parts, table.joints  # (what `of` and `joint` would give: looked up here, in C)
        grams, last = table.empty, None
        for part in parts:
            more, ends = known.get(part) or table.of(part)
            grams |= more
            if ends is not None:
                if last is not None:
                    grams |= joints.get(last | ends[0] << SECOND) or table.joint(last, ends[0])
                last = ends[1]
        return grams

    @_worked_out_once
    def common(self) -> Grams:
        """Bigrams found in `COMMON_IN_ARTICLES` or more of the page's articles: its common words."""
        seen = [self._bigrams.empty] * COMMON_IN_ARTICLES  # seen[n]: bigrams found in more than n articles
        for paragraphs, heading in self._first_seen:
            grams = self.bigrams((*paragraphs, heading))
            for n in range(COMMON_IN_ARTICLES - 1, 0, -1):
                seen[n] |= seen[n - 1] & grams
            seen[0] |= grams
        return seen[-1]
