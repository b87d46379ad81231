"""GraphQL types of spending across reports: a unit's figures per report and per year,
comparisons and rankings.

Thin: the figures come from ``Service.spending`` / ``series`` / ``compare`` /
``rank_units`` (govkg.answers.spending).
"""

from __future__ import annotations

from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import service as svc
from govkg.answers import spending as sp
from govkg.api.base import (
    AmountBasis,
    Citation,
    Money,
    _charged,
    _citations,
    _ref,
    _refs,
    to_node,
)
from govkg.api.moneytypes import MoneyFigure, to_money_figure

__all__ = [
    "CategoryChange",
    "CategoryTotal",
    "Spending",
    "SpendingYear",
    "UnitRank",
    "UnitSpending",
    "to_rank",
    "to_spending",
    "to_spending_year",
]

# The node types live in govkg.api.nodes, whose fields return the types of this module: named
# here lazily (strawberry resolves them when the schema is built), never imported;
# F821: the names are strings strawberry looks up in govkg.api.nodes, not names of this module.
LazyDocument = Annotated["Document", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyUnit = Annotated["Unit", strawberry.lazy("govkg.api.entities")]  # noqa: F821


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
    def lines(self, info: Info) -> list[LazyFundingLine]:
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
    def unit(self, info: Info) -> LazyUnit | None:
        return _ref(info, self._record.unit)

    @strawberry.field(description="The report stating the figures.")
    def document(self, info: Info) -> LazyDocument | None:
        return _ref(info, self._record.document)

    @strawberry.field(description="The unit's lines in this report that have no parent line.")
    @_charged
    def root_lines(self, info: Info) -> list[LazyFundingLine]:
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
    unit: LazyUnit
    spending: list[Spending] = strawberry.field(description="Per report, oldest first.")


@strawberry.type(
    description="A category's figure against the previous fiscal year's in a unit's series: "
    "this year's minus last year's, always DERIVED (method written out), negative for a "
    "decrease. Only for consecutive years that both give the category."
)
class CategoryChange:
    category: str = strawberry.field(
        description="total, basic, personnel, public, project or other."
    )
    previous_year: int
    amount: Money


@strawberry.type(
    description="One fiscal year of a unit's series: each category from that year's reports "
    "(one report's figure, or the same figure several reports give; reports that differ "
    "leave it null and say so in `disagreements`), beside the revenue, carry-over and "
    "change amounts its reports state (STATED money figures, never summed or chosen)."
)
class SpendingYear:
    year: int = strawberry.field(description="The fiscal year.")
    total: CategoryTotal | None
    basic: CategoryTotal | None
    personnel: CategoryTotal | None
    public: CategoryTotal | None
    project: CategoryTotal | None
    other: CategoryTotal | None
    disagreements: list[str] = strawberry.field(
        description="For each category the year's reports give differently: what each gives."
    )
    sources: list[Citation] = strawberry.field(description="The sentences stating the figures.")
    _record: strawberry.Private[sp.YearSpending]

    @strawberry.field
    def unit(self, info: Info) -> LazyUnit | None:
        return _ref(info, self._record.unit)

    @strawberry.field(
        description="The reports of this year that the unit issued or has funding lines in."
    )
    @_charged
    def documents(self, info: Info) -> list[LazyDocument]:
        return _refs(info, self._record.documents)

    @strawberry.field(description="Each report's own figures for the unit this year.")
    @_charged
    def reports(self, info: Info) -> list[Spending]:
        return [to_spending(r) for r in self._record.reports]

    @strawberry.field(
        description="Revenue amounts (收入, 到位资金) the reports state for this year, in the "
        "order of the text, each with its label; STATED, never added up."
    )
    @_charged
    def revenue(self, info: Info) -> list[MoneyFigure]:
        return [to_money_figure(f) for f in self._record.revenue]

    @strawberry.field(
        description="Carry-over and balance amounts (结转, 结余) stated for this year."
    )
    @_charged
    def carry_over(self, info: Info) -> list[MoneyFigure]:
        return [to_money_figure(f) for f in self._record.carry_over]

    @strawberry.field(
        description="Changes against another period (较上年增加/减少) as this year's reports "
        "state them (see MoneyFigure.rate and label); STATED."
    )
    @_charged
    def changes(self, info: Info) -> list[MoneyFigure]:
        return [to_money_figure(f) for f in self._record.changes]

    @strawberry.field(
        description="Each category against the previous fiscal year's figure in this series, "
        "DERIVED; empty when the previous year is not held."
    )
    @_charged
    def against_previous_year(self, info: Info) -> list[CategoryChange]:
        return [
            CategoryChange(
                category=d.category,
                previous_year=d.previous_year,
                amount=Money(
                    amount=d.amount, currency="CNY", basis=AmountBasis.DERIVED, method=d.method
                ),
            )
            for d in self._record.differences
        ]


def to_spending_year(record: sp.YearSpending) -> SpendingYear:
    return SpendingYear(
        year=record.year,
        disagreements=list(record.disagreements),
        sources=_citations(record.sources),
        _record=record,
        **{category: _total(record.figure(category)) for category in sp.CATEGORIES},
    )


@strawberry.type(
    description="A unit's place in rankUnits: its figure of the category in the year, as "
    "its series gives it (stated, or derived with the method), citing the lines counted."
)
class UnitRank:
    rank: int = strawberry.field(
        description="1 for the largest; tied amounts share a rank (1, 1, 3), listed by unit id."
    )
    unit: LazyUnit
    year: int
    category: str
    amount: Money
    basis: AmountBasis
    figure: CategoryTotal = strawberry.field(
        description="The figure in full: amount, stated budget, the lines counted."
    )
    sources: list[Citation] = strawberry.field(description="The lines' citations.")
    _record: strawberry.Private[svc.Rank]

    @strawberry.field(description="The reports the figure comes from.")
    @_charged
    def documents(self, info: Info) -> list[LazyDocument]:
        return _refs(info, self._record.documents)

    @strawberry.field(description="The unit's whole year: every category and stated figure.")
    def spending_year(self, info: Info) -> SpendingYear:
        return to_spending_year(self._record.entry)


def to_rank(record: svc.Rank, unit, category: str) -> UnitRank:
    total = _total(record.figure)
    return UnitRank(
        rank=record.place,
        unit=to_node(unit),
        year=record.entry.year,
        category=category,
        amount=total.amount,
        basis=total.amount.basis,
        figure=total,
        sources=_citations(record.sources),
        _record=record,
    )
