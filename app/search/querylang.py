"""The user query language.

    苏州 工业          both words (AND); each word matches as a substring
    "苏州 工业园区"     a phrase (spaces inside are ignored, as in the text)
    苏州 OR 无锡        either;  NOT 无锡 / -无锡: without
    (苏州 OR 无锡) 河长  grouping
    title:河长  author:王芳  person:胡拥军  place:胥口  town:胥口镇  county:…  city:…
    标题: 作者: 人物: 地点: 乡镇: 区县: 城市:  the same prefixes in Chinese

Whatever the user typed is answered: obvious slips are repaired (an
unclosed quote or parenthesis is closed, a stray ``)`` or a dangling
``OR``/``NOT`` is dropped, control characters become spaces) and reported in
``ParsedQuery.notes``; what cannot be guessed raises :class:`QueryError` with
a message for the user (a field prefix with nothing after it, no searchable
word at all, an over-long or over-nested query).

Parsing produces a small tree of :class:`Node` objects (evaluated by
app.search.evaluate).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .analysis import query_runs
from .model import QueryError
from .schema import FIELD_ALIASES

MAX_QUERY_CHARS = 500
MAX_ATOMS = 32
MAX_DEPTH = 16

Runs = tuple[tuple[str, ...], ...]


class Node:
    pass


@dataclass(frozen=True)
class Atom(Node):
    """A word or quoted phrase: every run of units must occur in `field`."""

    field: str
    text: str
    runs: Runs


@dataclass(frozen=True)
class And(Node):
    children: list[Node]


@dataclass(frozen=True)
class Or(Node):
    children: list[Node]


@dataclass(frozen=True)
class Not(Node):
    child: Node


@dataclass(frozen=True)
class AllDocs(Node):
    pass


@dataclass
class ParsedQuery:
    node: Node
    # Runs to highlight: every atom not under a NOT.
    needles: list[Runs] = field(default_factory=list)
    # For a plain AND of words: the whole query as one phrase (ranked first).
    exact: Runs | None = None
    notes: list[str] = field(default_factory=list)
    text: str = ""  # canonical form of what was understood


_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»「」『』〝〞＂"})
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_OPERATORS = {"OR": "OR", "|": "OR", "||": "OR", "AND": "AND", "&&": "AND", "&": "AND", "NOT": "NOT"}
_FIELD_RE = re.compile(r"^([^\W\d_][\w]*):(.*)$", re.S)


@dataclass
class _Tok:
    kind: str  # WORD PHRASE LP RP OR AND NOT NEG FIELD END
    value: str = ""


def _lex(q: str, notes: list[str]) -> list[_Tok]:
    toks: list[_Tok] = []
    i, n = 0, len(q)
    while i < n:
        c = q[i]
        if c.isspace():
            i += 1
        elif c == "(":
            toks.append(_Tok("LP"))
            i += 1
        elif c == ")":
            toks.append(_Tok("RP"))
            i += 1
        elif c == '"':
            j = q.find('"', i + 1)
            if j < 0:
                notes.append("closed an unbalanced quotation mark")
                j = n
            toks.append(_Tok("PHRASE", q[i + 1:j]))
            i = j + 1
        elif (c == "-" and i + 1 < n and not q[i + 1].isspace() and q[i + 1] != "-"
              and (not toks or toks[-1].kind != "FIELD")):
            toks.append(_Tok("NEG"))
            i += 1
        else:
            j = i
            while j < n and not q[j].isspace() and q[j] not in '()"':
                j += 1
            word = q[i:j]
            i = j
            op = _OPERATORS.get(word)
            if op:
                toks.append(_Tok(op))
                continue
            m = _FIELD_RE.match(word)
            if m and m.group(1).lower() in FIELD_ALIASES:
                toks.append(_Tok("FIELD", FIELD_ALIASES[m.group(1).lower()]))
                rest = m.group(2)
                if rest:
                    toks.append(_Tok("WORD", rest))
                continue
            toks.append(_Tok("WORD", word))
    toks.append(_Tok("END"))
    return toks


class _Parser:
    def __init__(self, toks: list[_Tok], notes: list[str]) -> None:
        self.toks = toks
        self.i = 0
        self.notes = notes
        self.atoms = 0

    def peek(self) -> _Tok:
        return self.toks[self.i]

    def take(self) -> _Tok:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self) -> Node | None:
        items: list[Node] = []
        while self.peek().kind != "END":
            node = self.parse_or("all", 0)
            if node is not None:
                items.append(node)
            if self.peek().kind == "RP":
                self.take()
                self.notes.append("dropped an unmatched “)”")
        return _and(items)

    def parse_or(self, fld: str, depth: int) -> Node | None:
        items: list[Node] = []
        first = self.parse_and(fld, depth)
        if first is not None:
            items.append(first)
        while self.peek().kind == "OR":
            self.take()
            if self.peek().kind in ("END", "RP", "OR") or not items:
                self.notes.append("dropped an “OR” with nothing on one side")
                if self.peek().kind in ("END", "RP"):
                    break
                continue
            nxt = self.parse_and(fld, depth)
            if nxt is not None:
                items.append(nxt)
        if not items:
            return None
        return items[0] if len(items) == 1 else Or(items)

    def parse_and(self, fld: str, depth: int) -> Node | None:
        items: list[Node] = []
        while self.peek().kind not in ("END", "RP", "OR"):
            if self.peek().kind == "AND":
                self.take()
                continue
            node = self.parse_unary(fld, depth)
            if node is not None:
                items.append(node)
        return _and(items)

    def parse_unary(self, fld: str, depth: int) -> Node | None:
        t = self.peek()
        if t.kind in ("NOT", "NEG"):
            self.take()
            if self.peek().kind in ("END", "RP", "OR", "AND"):
                self.notes.append("dropped a “NOT” with nothing after it")
                return None
            child = self.parse_unary(fld, depth)
            return Not(child) if child is not None else None
        return self.parse_primary(fld, depth)

    def parse_primary(self, fld: str, depth: int) -> Node | None:
        t = self.take()
        if t.kind == "LP":
            if depth >= MAX_DEPTH:
                raise QueryError("The query has too many nested parentheses.")
            node = self.parse_or(fld, depth + 1)
            if self.peek().kind == "RP":
                self.take()
            else:
                self.notes.append("closed an unbalanced “(”")
            return node
        if t.kind == "FIELD":
            nxt = self.peek()
            if nxt.kind not in ("WORD", "PHRASE", "LP"):
                raise QueryError(f"“{_prefix(t.value)}:” must be followed by a word or a quoted phrase, "
                                 f"for example {_prefix(t.value)}:苏州")
            return self.parse_primary(t.value, depth)
        if t.kind in ("WORD", "PHRASE"):
            runs = query_runs(t.value)
            if not runs:
                if t.value.strip():
                    self.notes.append(f"ignored “{t.value.strip()}”: nothing searchable in it")
                return None
            self.atoms += 1
            if self.atoms > MAX_ATOMS:
                raise QueryError(f"The query has too many words (at most {MAX_ATOMS}).")
            return Atom(fld, t.value, runs)
        if t.kind == "AND":
            return None
        if t.kind == "RP":  # only reachable after a dangling operator
            self.i -= 1
            return None
        return None


def _prefix(fld: str) -> str:
    return fld


def _and(items: list[Node]) -> Node | None:
    if not items:
        return None
    return items[0] if len(items) == 1 else And(items)


def _has_positive(node: Node) -> bool:
    if isinstance(node, Atom) or isinstance(node, AllDocs):
        return True
    if isinstance(node, Not):
        return False
    return any(_has_positive(c) for c in node.children)  # type: ignore[attr-defined]


def _needles(node: Node, out: list[Runs]) -> None:
    if isinstance(node, Atom):
        out.append(node.runs)
    elif isinstance(node, (And, Or)):
        for c in node.children:
            _needles(c, out)


def _exact(node: Node) -> Runs | None:
    """The whole query as one phrase, for an AND of two or more words."""
    if not isinstance(node, And):
        return None
    atoms = [c for c in node.children if not isinstance(c, Not)]
    if len(atoms) < 2 or not all(isinstance(a, Atom) and a.field == "all" for a in atoms):
        return None
    runs: list[list[str]] = []
    for a in atoms:
        for k, run in enumerate(a.runs):  # type: ignore[attr-defined]
            if k == 0 and runs:
                runs[-1].extend(run)  # words separated by a space join up
            else:
                runs.append(list(run))
    return tuple(tuple(r) for r in runs)


def canonical(node: Node) -> str:
    if isinstance(node, Atom):
        body = node.text if re.fullmatch(r'[^\s()"]+', node.text) else '"' + node.text.replace('"', "") + '"'
        return body if node.field == "all" else f"{node.field}:{body}"
    if isinstance(node, Not):
        return "-" + canonical(node.child)
    if isinstance(node, And):
        return " ".join(canonical(c) if not isinstance(c, Or) else f"({canonical(c)})" for c in node.children)
    if isinstance(node, Or):
        return " OR ".join(canonical(c) if not isinstance(c, And) else f"({canonical(c)})" for c in node.children)
    return "*"


def parse(q: str) -> ParsedQuery:
    """Parse a user query; raise QueryError with a user-facing message."""
    if q is None:
        raise QueryError("Type something to search for.")
    if len(q) > MAX_QUERY_CHARS * 4:
        raise QueryError(f"The query is too long (at most {MAX_QUERY_CHARS} characters).")
    notes: list[str] = []
    cleaned = _CONTROL.sub(" ", q)
    if cleaned != q:
        notes.append("replaced control characters with spaces")
    cleaned = unicodedata.normalize("NFKC", cleaned).translate(_QUOTES).strip()
    if len(cleaned) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is too long (at most {MAX_QUERY_CHARS} characters).")
    if not cleaned:
        raise QueryError("Type something to search for.")
    node = _Parser(_lex(cleaned, notes), notes).parse()
    if node is None or not _has_positive(node) and not isinstance(node, (Not, And)):
        raise QueryError("The query has no words to search for.")
    if not _has_positive(node):
        # Only exclusions: everything except them.
        node = And([AllDocs(), *(node.children if isinstance(node, And) else [node])])
    needles: list[Runs] = []
    _needles(node, needles)
    return ParsedQuery(node=node, needles=needles, exact=_exact(node), notes=notes, text=canonical(node))
