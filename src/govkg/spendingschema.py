"""GraphQL types of spending across reports: a unit's figures per report, and comparisons.

Thin: the figures come from ``Service.spending`` / ``Service.compare`` (govkg.spending).
"""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from govkg import spending as sp
from govkg.schema import (
    AmountBasis,
    Citation,
    Document,
    FundingLine,
    Money,
    Unit,
    _charged,
    _citations,
    _ref,
    _refs,
)

__all__ = ["CategoryTotal", "Spending", "UnitSpending", "to_spending"]


@strawberry.type(
    description="A unit's money of one category in one report: the executed amount (stated "
    "when one line gives it, derived when lines are added, method written out) and the "
    "stated budget where the report gives one for every line counted."
)
class CategoryTotal:
    category: str = strawberry.field(
        description="total, basic, personnel, public, project or other."
    )
    amount: Money
    budget: Money | None
    _lines: strawberry.Private[tuple[str, ...]]

    @strawberry.field(description="The unit's topmost lines of this category in the report.")
    @_charged
    def lines(self, info: Info) -> list[FundingLine]:
        return _refs(info, self._lines)


def _total(figure: sp.Figure | None) -> CategoryTotal | None:
    if figure is None:
        return None
    budget = None
    if figure.budget is not None:
        budget = Money(
            amount=figure.budget,
            currency="CNY",
            basis=AmountBasis(figure.budget_basis),
            method=figure.budget_method,
        )
    return CategoryTotal(
        category=figure.category,
        amount=Money(
            amount=figure.amount,
            currency="CNY",
            basis=AmountBasis(figure.basis),
            method=figure.method,
        ),
        budget=budget,
        _lines=figure.lines,
    )


@strawberry.type(
    description="A unit's spending in one report (fiscal year and document): its root funding "
    "lines and its totals by category, each citing the report. A category the report does "
    "not give is null, never estimated."
)
class Spending:
    year: int | None = strawberry.field(description="The fiscal year of the lines.")
    total: CategoryTotal | None
    basic: CategoryTotal | None
    personnel: CategoryTotal | None
    public: CategoryTotal | None
    project: CategoryTotal | None
    other: CategoryTotal | None
    sources: list[Citation] = strawberry.field(description="The sentences stating the figures.")
    _record: strawberry.Private[sp.Spending]
    _only: strawberry.Private[str | None]

    @strawberry.field
    def unit(self, info: Info) -> Unit | None:
        return _ref(info, self._record.unit)

    @strawberry.field(description="The report stating the figures.")
    def document(self, info: Info) -> Document | None:
        return _ref(info, self._record.document)

    @strawberry.field(description="The unit's lines in this report that have no parent line.")
    @_charged
    def root_lines(self, info: Info) -> list[FundingLine]:
        return _refs(info, self._record.roots)

    @strawberry.field(
        description="Every category the report gives, in the order total, basic, personnel, "
        "public, project, other (only the compared category in compareUnits(category:))."
    )
    @_charged
    def totals(self, info: Info) -> list[CategoryTotal]:
        return [
            _total(f)
            for f in self._record.figures
            if self._only is None or f.category == self._only
        ]


def to_spending(record: sp.Spending, only: str | None = None) -> Spending:
    return Spending(
        year=record.year,
        sources=_citations(record.sources),
        _record=record,
        _only=only,
        **{category: _total(record.figure(category)) for category in sp.CATEGORIES},
    )


@strawberry.type(description="One unit of a comparison, as asked for, with its spending.")
class UnitSpending:
    name: str = strawberry.field(description="The name the unit was asked for by.")
    unit: Unit
    spending: list[Spending] = strawberry.field(description="Per report, oldest first.")
