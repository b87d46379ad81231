"""Validation kept by a document's shape, so a new text of a known shape is not validated again.

A client that builds its query text per request (a new alias, a new argument value, other
whitespace or comments) sends a text the document cache has never seen, and graphql-core's
34 rules cost ten times what executing a small query does. Whether a document is valid
depends on its tokens, not on where they sit, and on only two kinds of token in ways this
module can check without the rules:

- an **alias** only names a response key: renaming the aliases one-to-one, to names that
  are no field's (nor any other name's) in the document, keeps every pair of fields that
  share a response key sharing it, which is all ``OverlappingFieldsCanBeMerged`` reads;
- a **literal** (Int, Float, String, BlockString) inside an argument is read by
  ``ValuesOfCorrectType`` (its scalar's ``parse_literal``, checked here the same way), and
  compared with another field's argument only when two fields share a response key; such
  a literal, and any in a directive's arguments, must stay exactly what it was (checked
  on the text's own value, so the key still leaves it free).

The shape key is the document's own token chain (graphql-core's lexer, so nothing is
tokenised twice or differently) with those tokens generalised. Only shapes that passed
every rule are kept: a refused text is always validated in full, so its errors and their
locations are graphql-core's own. ``tests/test_shape_validation.py`` compares this path with
full validation over generated documents and their re-aliased, re-valued variants.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from graphql import GraphQLInputType, GraphQLSchema, TypeInfo, TypeInfoVisitor, Visitor, visit
from graphql.language import (
    DocumentNode,
    FieldNode,
    FloatValueNode,
    IntValueNode,
    StringValueNode,
    TokenKind,
    ValueNode,
)
from graphql.language.ast import QUERY_DOCUMENT_KEYS as _ALL_KEYS
from graphql.utilities import validate_input_literal

from govkg.api.rebuild import Template
from govkg.api.tokens import Tok, tokens_of
from govkg.core.lru import LockedLRU

__all__ = ["Shape", "ShapeVerdicts", "shape_from", "shape_of"]

_NAME, _COLON = TokenKind.NAME, TokenKind.COLON
_OPEN, _CLOSE = TokenKind.PAREN_L, TokenKind.PAREN_R
_INT, _FLOAT, _STRING = TokenKind.INT, TokenKind.FLOAT, TokenKind.STRING
_BLOCK = TokenKind.BLOCK_STRING
_VARIABLE = object()  # a literal in a variable's default value
_KEYS = {kind: tuple(k for k in keys if k != "description") for kind, keys in _ALL_KEYS.items()}
"""The keys validation walks: a description is never validated, so never checked here."""


@dataclass(frozen=True, slots=True)
class Shape:
    """A document's tokens with its aliases and argument literals generalised."""

    key: str
    """The tokens' own text, space-separated; an alias as ``~a<n>`` (the n-th distinct
    alias), a literal as ``~<kind>``: ``~`` is in no token outside a string's quotes."""
    literals: tuple[tuple[TokenKind, str, int], ...]
    """The generalised literals of this text, in order: (kind, value, offset)."""
    free: frozenset[int]
    """Which tokens (by index, comments not counted) are generalised: aliases, literals."""
    aliases: tuple[str, ...] = ()
    """The text's distinct aliases, the n-th being the one written ``~a<n>`` in the key."""


def shape_of(document: DocumentNode) -> Shape | None:
    """``document``'s shape, read from its token chain before the chain is cut (None when
    the document kept no tokens)."""
    if document.loc is None:
        return None
    return shape_from(document.loc.source.body, tokens_of(document))


def shape_from(text: str, tokens: tuple[Tok, ...]) -> Shape | None:
    """The shape of ``text``, whose tokens (comments left out) are ``tokens``; None when
    it has none."""
    if not tokens:
        return None
    parts: list[str] = []
    literals: list[tuple[TokenKind, str, int]] = []
    free: list[int] = []
    aliases: dict[str, int] = {}
    names: set[str] = set()
    depth = 0  # inside parentheses: arguments, variable definitions, directive arguments
    last = len(tokens) - 1
    for i, (kind, start, end, value) in enumerate(tokens):  # `is`: an Enum hashes slowly
        if kind is _OPEN:
            depth += 1
        elif kind is _CLOSE:
            depth -= 1
        elif kind is _NAME and not depth:
            if i < last and tokens[i + 1][0] is _COLON:  # only an alias, out here
                parts.append(f"~a{aliases.setdefault(value, len(aliases))}")
                free.append(i)
                continue
            names.add(value)
        elif depth and (kind is _STRING or kind is _INT or kind is _FLOAT or kind is _BLOCK):
            literals.append((kind, value, start))
            parts.append(f"~{kind.value}")
            free.append(i)
            continue
        parts.append(text[start:end])
    if not names.isdisjoint(aliases):
        parts.append("~aliases " + " ".join(aliases))  # an alias that is a name stays itself
    return Shape(" ".join(parts), tuple(literals), frozenset(free), tuple(aliases))


class _Literals(Visitor):
    """Each literal's input type and what holds it (a field, a directive, a variable's
    default), and how many fields answer under each response key."""

    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.holders: list[object] = []
        self.response_keys: Counter[str] = Counter()
        self.found: dict[int, tuple[GraphQLInputType | None, object]] = {}

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        self.response_keys[(node.alias or node.name).value] += 1
        self.holders.append(node)

    def leave_field(self, *_: Any) -> None:
        self.holders.pop()

    def enter_directive(self, *_: Any) -> None:
        self.holders.append(None)

    def leave_directive(self, *_: Any) -> None:
        self.holders.pop()

    def enter_variable_definition(self, *_: Any) -> None:
        self.holders.append(_VARIABLE)

    def leave_variable_definition(self, *_: Any) -> None:
        self.holders.pop()

    def _literal(self, node: ValueNode, *_: Any) -> None:
        if node.loc is not None:
            holder = self.holders[-1] if self.holders else None
            self.found[node.loc.start] = (self.type_info.get_input_type(), holder)

    enter_int_value = enter_float_value = enter_string_value = _literal


@dataclass(frozen=True, slots=True)
class _Verdict:
    """A valid shape: per generalised literal, the input type a new value must satisfy,
    or None when the value must stay the one this shape was validated with."""

    checks: tuple[tuple[GraphQLInputType | None, str], ...]
    size: int


def _literal_node(kind: TokenKind, value: str) -> ValueNode:
    if kind is TokenKind.INT:
        return IntValueNode(value=value)
    if kind is TokenKind.FLOAT:
        return FloatValueNode(value=value)
    return StringValueNode(value=value, block=kind is TokenKind.BLOCK_STRING)


def _accepts(type_: GraphQLInputType, kind: TokenKind, value: str) -> bool:
    """What ``ValuesOfCorrectTypeRule`` decides for this literal at a place of ``type_``."""
    refused: list[object] = []
    validate_input_literal(_literal_node(kind, value), type_, lambda e, _: refused.append(e))
    return not refused


class ShapeVerdicts:
    """The shapes full validation accepted, least recently used out, at most ``entries``
    of them and ``characters`` of keys together; and of those, the templates to build a
    new text's document by (``api/rebuild.py``), at most ``nodes`` nodes together (a
    template's nodes are objects the cyclic collector walks, as a cached document's are)."""

    def __init__(
        self, schema: GraphQLSchema, *, entries: int, characters: int, nodes: int = 8192
    ) -> None:
        self.schema = schema
        self._kept: LockedLRU[_Verdict] = LockedLRU(
            entries=entries, total=characters, size=lambda verdict: verdict.size
        )
        self._templates: LockedLRU[Template] = LockedLRU(entries=entries, total=nodes, size=len)

    def valid(self, shape: Shape) -> bool:
        """Whether a document of this shape passes every rule, known without running them."""
        verdict = self._kept.get(shape.key)
        if verdict is None:
            return False
        for (kind, value, _), (type_, kept) in zip(shape.literals, verdict.checks, strict=True):
            if type_ is None:
                if value != kept:
                    return False
            elif not _accepts(type_, kind, value):
                return False
        return True

    def rebuilt(self, shape: Shape, text: str, tokens: tuple[Tok, ...]) -> DocumentNode | None:
        """The document of ``text`` (of this shape, whose tokens are ``tokens``), valid,
        built without parsing; None unless the shape is known valid and its template kept."""
        template = self._templates.get(shape.key)
        if template is None or not self.valid(shape):
            return None
        return template.build(text, tokens)

    def learn(
        self, shape: Shape, document: DocumentNode, tokens: tuple[Tok, ...] | None = None
    ) -> None:
        """Keep ``shape`` as valid; ``document`` (of that shape) has just passed every rule.
        With its ``tokens``, keep its template too."""
        type_info = TypeInfo(self.schema)
        literals = _Literals(type_info)
        visit(document, TypeInfoVisitor(type_info, literals), _KEYS)
        checks = []
        for _, value, start in shape.literals:
            type_, holder = literals.found.get(start, (None, None))
            free = holder is _VARIABLE or (
                isinstance(holder, FieldNode)
                and literals.response_keys[(holder.alias or holder.name).value] == 1
            )
            checks.append((type_ if free else None, value))
        self._kept.put(shape.key, _Verdict(tuple(checks), len(shape.key)))
        if tokens is not None:
            self.keep_template(shape, document, tokens)

    def keep_template(self, shape: Shape, document: DocumentNode, tokens: tuple[Tok, ...]) -> None:
        """Keep the template of ``document`` (of a valid ``shape``, whose tokens are
        ``tokens``), unless one is kept or the tree holds what a template cannot rebuild."""
        if self._templates.get(shape.key) is None:
            template = Template.of(document, tokens, shape.free)
            if template is not None:
                self._templates.put(shape.key, template)

    def __len__(self) -> int:
        return len(self._kept)
