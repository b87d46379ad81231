"""A new text's document built from a known one of its shape, without graphql-core's parser.

Two texts of one shape (``api/shapes.py``) have the same tokens but for their aliases,
argument literals, comments and separators, and graphql-core's parser decides only by the
kinds of tokens and the words of names, never by an alias or a literal's value. So their
documents are the same tree: the same nodes with the same names and values, but for the
aliases and literals, each the value of one token, and for where each node sits, each
node beginning at one token and ending at another. A ``Template`` keeps that tree once
(from a text graphql-core parsed) and builds a new text's document from its tokens in a
fifth of the parser's time: equal to what ``graphql.parse`` gives, locations included (so
an error's locations are graphql-core's own), but for the tokens of each location, read
again only if something asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from graphql import Source
from graphql.language import DocumentNode, Lexer, Location, Node, Token, TokenKind

from govkg.api.tokens import Tok

__all__ = ["Template"]

_new = object.__new__
_START, _END = Location.start_token, Location.end_token
"""The slots where graphql-core keeps a location's first and last token."""
_DOCUMENT = -1
"""A document begins at its start of file and ends at its end of file, not at a token."""


def _token(source: Source, offset: int, *, ends: bool, whole: bool) -> Token:
    """The token of ``source`` that begins (or ends) at ``offset``, as graphql-core's lexer
    reads it (so with its line and column); a whole document's are its start and end of
    file."""
    lexer = Lexer(source)
    token = first = lexer.token  # the start of file
    while not (whole and not ends) and token.kind is not TokenKind.EOF:
        token = lexer.advance()
        if not whole and (token.end if ends else token.start) == offset:
            break
    while first is not None:  # no chain of tokens: a document is freed by reference counts
        first.prev, first.next, first = None, None, first.next
    return token


class _Place(Location):
    """A location whose tokens are read only when asked for: graphql-core reads a location's
    offsets and source (an error's locations), never its tokens."""

    __slots__ = ()
    whole = False

    @property  # type: ignore[override]
    def start_token(self) -> Token:
        try:
            return _START.__get__(self)
        except AttributeError:
            _START.__set__(self, _token(self.source, self.start, ends=False, whole=self.whole))
            return _START.__get__(self)

    @start_token.setter
    def start_token(self, token: Token) -> None:
        _START.__set__(self, token)

    @property  # type: ignore[override]
    def end_token(self) -> Token:
        try:
            return _END.__get__(self)
        except AttributeError:
            _END.__set__(self, _token(self.source, self.end, ends=True, whole=self.whole))
            return _END.__get__(self)

    @end_token.setter
    def end_token(self, token: Token) -> None:
        _END.__set__(self, token)


class _Whole(_Place):
    """A document's location: from its start of file to its end of file."""

    __slots__ = ()
    whole = True


Step = tuple[type, dict[str, Any], tuple[tuple[str, Any], ...], int, int, int]
"""One node: its class, its fields that stay, its fields that are nodes built before it
(an index, or a tuple of them), its first and last token, and the token whose value is
its ``value`` (-1: none)."""


@dataclass(frozen=True, slots=True)
class Template:
    """A document's tree, its nodes in the order a new document's are built (children
    first), each tied to its tokens by index."""

    steps: tuple[Step, ...]

    @classmethod
    def of(
        cls, document: DocumentNode, tokens: tuple[Tok, ...], free: frozenset[int]
    ) -> Template | None:
        """The template of ``document``, parsed from a text whose tokens are ``tokens``, in
        which the tokens at ``free`` (aliases, literals) may change their value; None when
        the tree holds anything this does not rebuild exactly."""
        firsts = {token[1]: i for i, token in enumerate(tokens)}
        lasts = {token[2]: i for i, token in enumerate(tokens)}
        steps: list[Step] = []
        index: dict[int, int] = {}
        taken: set[int] = set()
        for node in _children_first(document):
            if node.loc is None:
                return None
            if node is document:
                first = last = _DOCUMENT
            else:
                first, last = firsts.get(node.loc.start), lasts.get(node.loc.end)
                if first is None or last is None:
                    return None
            kept: dict[str, Any] = {}
            built: list[tuple[str, Any]] = []
            for key in node.keys:
                if key == "loc":
                    continue
                value = getattr(node, key)
                if isinstance(value, Node):
                    built.append((key, index[id(value)]))
                elif isinstance(value, tuple) and value and isinstance(value[0], Node):
                    built.append((key, tuple(index[id(item)] for item in value)))
                elif value is None or value == () or isinstance(value, str | bool | Enum):
                    kept[key] = value
                else:
                    return None  # a list or anything else that might be shared mutably
            own = first if first == last and first in free and "value" in kept else -1
            if own >= 0:
                if own in taken:
                    return None
                taken.add(own)
            index[id(node)] = len(steps)
            steps.append((type(node), kept, tuple(built), first, last, own))
        if taken != free:
            return None  # a free token no node takes its value from
        return cls(tuple(steps))

    def build(self, text: str, tokens: tuple[Tok, ...]) -> DocumentNode:
        """The document of ``text``, whose tokens are ``tokens``, of this template's shape."""
        source = Source(text)
        end = len(text)
        built: list[Any] = []
        append, new, place_of, whole = built.append, _new, _Place, _Whole
        for kind, kept, children, first, last, own in self.steps:
            fields = kept.copy()
            for key, at in children:
                fields[key] = built[at] if at.__class__ is int else tuple([built[i] for i in at])
            if own >= 0:
                fields["value"] = tokens[own][3]
            if first >= 0:
                place = new(place_of)
                place.start, place.end = tokens[first][1], tokens[last][2]
            else:
                place = new(whole)
                place.start, place.end = 0, end
            place.source = source
            fields["loc"] = place
            node = new(kind)
            node.__dict__.update(fields)
            append(node)
        return built[-1]

    def __len__(self) -> int:
        return len(self.steps)


def _children_first(document: DocumentNode) -> list[Node]:
    """Every node of ``document``, each after the nodes it holds (without recursion)."""
    out: list[Node] = []
    stack: list[tuple[Node, bool]] = [(document, False)]
    while stack:
        node, done = stack.pop()
        if done:
            out.append(node)
            continue
        stack.append((node, True))
        for key in reversed(node.keys):
            value = getattr(node, key, None)
            if isinstance(value, Node):
                stack.append((value, False))
            elif isinstance(value, tuple):
                stack.extend((item, False) for item in reversed(value) if isinstance(item, Node))
    return out
