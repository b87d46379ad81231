"""What a GraphQL document would expand to, measured in one pass before anything else reads it.

Fragments make a small text stand for a huge selection: ``F0 { ...F1 ...F1 }``,
``F1 { ...F2 ...F2 }``, … doubles at each step, and any check that walks the expanded
selection (strawberry's depth and alias limiters did) takes exponential time. Here each
definition is walked once, without recursion, and each fragment is summarised once; the
summaries compose, so the whole measure is linear in the document's size. The counts
saturate just above their limits, so even a refused document costs nothing more.

A document whose expansion exceeds a limit is refused before graphql-core's own rules run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphql import GraphQLError, parse
from graphql.language import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
)

__all__ = ["LIMITS", "MAX_TOKENS", "Limits", "cost_errors", "measured", "refusal"]


@dataclass(frozen=True)
class Limits:
    """The most a document may expand to (fields counted wherever a fragment is spread)."""

    depth: int = 12
    """Deepest nesting of fields with selections; introspection (``__schema``…) not counted."""
    aliases: int = 30
    fields: int = 2_000
    """As many fields as a 2,000-token text could hold without fragments."""


@dataclass
class _Summary:
    """One definition's own fields and aliases, its depth, and the fragments it spreads."""

    fields: int = 0
    aliases: int = 0
    depth: int = 0
    spreads: list[tuple[str, int, bool]] = field(default_factory=list)
    """(fragment, fields with selections above the spread, whether depth counts there)."""


def _summarise(selection_set: SelectionSetNode) -> _Summary:
    """Walk one definition's own selections (not into the fragments it spreads)."""
    summary = _Summary()
    stack: list[tuple[SelectionSetNode, int, bool]] = [(selection_set, 0, True)]
    while stack:
        selections, depth, counted = stack.pop()
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                summary.fields += 1
                summary.aliases += selection.alias is not None
                if selection.selection_set is None:
                    continue
                inner = counted and not selection.name.value.startswith("__")
                if inner:
                    summary.depth = max(summary.depth, depth + 1)
                stack.append((selection.selection_set, depth + inner, inner))
            elif isinstance(selection, InlineFragmentNode):
                stack.append((selection.selection_set, depth, counted))
            elif isinstance(selection, FragmentSpreadNode):
                summary.spreads.append((selection.name.value, depth, counted))
    return summary


@dataclass(frozen=True)
class _Total:
    fields: int
    aliases: int
    depth: int


def _totals(summaries: dict[str, _Summary], ceiling: int) -> dict[str, _Total]:
    """Each fragment's expanded totals, children before parents (iteratively, so a long
    chain of fragments cannot exhaust the stack). A spread that closes a cycle, or names
    no fragment, adds nothing here: graphql-core's own rules report both."""
    totals: dict[str, _Total] = {}
    on_path: set[str] = set()
    for root in summaries:
        stack = [(root, False)]
        while stack:
            name, children_done = stack.pop()
            if name in totals:
                continue
            summary = summaries[name]
            if not children_done:
                on_path.add(name)
                stack.append((name, True))
                stack.extend(
                    (child, False)
                    for child, _, _ in summary.spreads
                    if child in summaries and child not in totals and child not in on_path
                )
                continue
            on_path.discard(name)
            totals[name] = _combine(summary, totals, ceiling)
    return totals


def _combine(summary: _Summary, totals: dict[str, _Total], ceiling: int) -> _Total:
    fields, aliases, depth = summary.fields, summary.aliases, summary.depth
    for child, above, counted in summary.spreads:
        total = totals.get(child)
        if total is None:  # a cycle or an unknown fragment
            continue
        fields = min(ceiling, fields + total.fields)
        aliases = min(ceiling, aliases + total.aliases)
        if counted and total.depth:
            depth = max(depth, above + total.depth)
    return _Total(fields, aliases, min(depth, ceiling))


def cost_errors(document: DocumentNode, limits: Limits) -> list[GraphQLError]:
    """The limits each operation of ``document`` exceeds, once expanded; [] when none."""
    fragments = {
        definition.name.value: _summarise(definition.selection_set)
        for definition in document.definitions
        if isinstance(definition, FragmentDefinitionNode)
    }
    ceiling = max(limits.depth, limits.aliases, limits.fields) + 1
    totals = _totals(fragments, ceiling)
    errors = []
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        total = _combine(_summarise(definition.selection_set), totals, ceiling)
        name = definition.name.value if definition.name else "anonymous"
        node = [definition]
        if total.depth > limits.depth:
            message = f"'{name}' exceeds maximum operation depth of {limits.depth}"
            errors.append(GraphQLError(message, node))
        if total.aliases > limits.aliases:
            count = f"more than {limits.aliases}" if total.aliases >= ceiling else total.aliases
            errors.append(GraphQLError(f"{count} aliases found. Allowed: {limits.aliases}", node))
        if total.fields > limits.fields:
            errors.append(
                GraphQLError(
                    f"'{name}' expands to more than {limits.fields:,} fields once its "
                    "fragments are spread; spread each fragment fewer times",
                    node,
                )
            )
    return errors


LIMITS = Limits(depth=12, aliases=30, fields=2_000)
"""The contract's deepest useful query is about 7 deep."""
MAX_TOKENS = 2_000


def measured(query: str) -> tuple[DocumentNode | None, list[GraphQLError]]:
    """``query`` parsed within the token limit and measured once expanded: its document
    (None when it does not parse) and why it is refused before any schema is asked."""
    try:
        document = parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError as error:
        return None, [error]
    return document, cost_errors(document, LIMITS)


def refusal(query: str) -> list[GraphQLError]:
    """Why ``query`` is refused before any schema or graph is needed (its syntax, its
    tokens, its expanded size); [] when it may go on. ``govkg query`` asks this first, so a
    hostile text is answered before the graph is opened."""
    return measured(query)[1]
