"""The readings of an amount's kind found in the third held-out trial, asked in one place.

``money`` is at its size, so the rules that look past the words right before an amount
(an approval that governs its sentence, a contract's schedule and its 大写/小写, an
execution pair checked by its rate, funds arriving under their heading, 财政拨款 named
after the figure, a kindless total and the parts that add up to it) are asked here, each
in its own module, after ``money``'s own rules. Each returns the kind unchanged where it
does not apply; a rule that finds an amount cannot be read says why.
"""

from __future__ import annotations

from collections.abc import Callable

from govkg.ingest.allocated import appropriation_after
from govkg.ingest.approved import approved_kind
from govkg.ingest.components import components_kind
from govkg.ingest.contracts import contract_kind
from govkg.ingest.executed import arrived_kind, execution_kind

__all__ = ["context_kind"]


def context_kind(
    text: str,
    start: int,
    end: int,
    own: str,
    kind: str | None,
    before_kind: str | None,
    kind_of: Callable[[str], str | None],
) -> tuple[str | None, str | None]:
    """(kind, reason if unread by a rule here) of the amount at ``text[start:end]``;
    ``own``: its own words before it; ``before_kind``: the kind of the amount before it."""
    kind = appropriation_after(text, end, own, kind, kind_of)
    kind, why = contract_kind(text, start, end, kind)
    if why:
        return None, why
    kind, why = approved_kind(text, start, kind)
    if why:
        return None, why
    kind = execution_kind(text, start, end, kind, before_kind)
    kind = arrived_kind(text, start, end, kind)
    return components_kind(text, start, kind, kind_of), None
