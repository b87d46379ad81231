"""GraphQL types of money figures: every amount a report states, kept apart by kind.

Thin: the figures come from ``Service.money_figures`` (govkg.graph.catalog reads them). A money
figure is not a ``Node``: its ``kind`` is a MoneyKind, and it has no name of its own.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers.buildrun import classify_figure
from govkg.api.base import AmountBasis, Citation, Money, _citations, _ref, _svc
from govkg.api.buildruntypes import SpendType
from govkg.graph import catalog as cat

__all__ = ["MoneyFigure", "MoneyKind", "to_money_figure"]

# The node types live in govkg.api.nodes, whose fields return the types of this module: named
# here lazily (strawberry resolves them when the schema is built), never imported;
# F821: the names are strings strawberry looks up in govkg.api.nodes, not names of this module.
LazyDocument = Annotated["Document", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821


@strawberry.enum(
    description="What an amount a report states is. Only SPENDING is money spent; the others "
    "are never counted as spending."
)
class MoneyKind(enum.Enum):
    SPENDING = strawberry.enum_value(
        "spending", description="Money spent (支出, 执行数), as a funding line states it."
    )
    BUDGET = strawberry.enum_value(
        "budget", description="A budget or allocation (预算数, 调整预算, 下达)."
    )
    REVENUE = strawberry.enum_value("revenue", description="Money received (收入, 到位资金, 到账).")
    CARRY_OVER = strawberry.enum_value(
        "carry-over", description="Money carried over or left (结转, 结余)."
    )
    CHANGE = strawberry.enum_value(
        "change", description="A change against another period (较上年增加/减少); see `rate`."
    )
    CONTRACT = strawberry.enum_value(
        "contract", description="A contract or award amount (合同金额, 中标价)."
    )
    PLANNED = strawberry.enum_value(
        "planned", description="Money planned or to be paid (计划, 拟安排, 待支付)."
    )
    SAVING = strawberry.enum_value("saving", description="Money saved (节约, 节省).")
    PRICE_OR_RATE = strawberry.enum_value(
        "price-or-rate", description="A unit price or rate (单价, 元/年, 标准)."
    )
    OTHER = strawberry.enum_value("other", description="Any other amount.")


@strawberry.type(
    description="An amount of money a report states, of one kind, cited: every amount of a "
    "report is one (read or not), so every amount is accounted for and none is shown as "
    "spending unless it is."
)
class MoneyFigure:
    id: strawberry.ID = strawberry.field(description="`money-figure/<slug>`.")
    iri: str = strawberry.field(description="The figure's IRI; it resolves under /id/.")
    kind: MoneyKind = strawberry.field(description="What the amount is (spending, budget, …).")
    amount: Money = strawberry.field(
        description="The amount in exact yuan; basis STATED (the report gives it)."
    )
    label: str | None = strawberry.field(
        description="What the amount is of, as the report names it; null when it does not."
    )
    as_written: str = strawberry.field(description="The amount as printed, e.g. 297万.")
    year: int | None = strawberry.field(
        description="The fiscal year the amount belongs to, when known."
    )
    read: bool = strawberry.field(
        description="False for an amount a reader saw but could not place; it is still "
        "listed, cited and counted."
    )
    reason: str | None = strawberry.field(
        description="Why an amount could not be placed; null when read."
    )
    rate: Decimal | None = strawberry.field(
        description="For a CHANGE: the growth (positive) or decline (negative) percent the "
        "report states with it."
    )
    stated_share: Decimal | None = strawberry.field(
        description="The percent of another figure (shareOf) the report states for this one "
        "(占本年收入合计的93.54%); null when it states none."
    )
    sources: list[Citation] = strawberry.field(description="Where the report states it.")
    provenance: str = strawberry.field(description="'curated' (reviewed) or 'extracted'.")
    extraction_rule: str | None = strawberry.field(
        description="The govkg ingest rule that extracted it; null when curated."
    )
    _record: strawberry.Private[cat.MoneyFigure]

    @strawberry.field(
        description="The funding line that states the same amount (as executed or budget)."
    )
    def funding_line(self, info: Info) -> LazyFundingLine | None:
        return _ref(info, self._record.funding_line)

    @strawberry.field(
        description="The figure of the same report statedShare is a percent of (本年收入合计); "
        "null without a stated share."
    )
    def share_of(self, info: Info) -> MoneyFigure | None:
        if self._record.share_of is None:
            return None
        found = _svc(info).money_figure(self._record.share_of)
        return to_money_figure(found) if found is not None else None

    @strawberry.field(
        description="Building or running: the funding line's type when one states the same "
        "amount, else the words of the label; UNCLASSIFIED when none says."
    )
    def spend_type(self, info: Info) -> SpendType:
        return SpendType(classify_figure(_svc(info).catalog, self._record).kind)

    @strawberry.field(description="Which name and words decided spendType, or that none did.")
    def spend_type_rule(self, info: Info) -> str:
        return classify_figure(_svc(info).catalog, self._record).rule

    @strawberry.field(description="The report that states it.")
    def document(self, info: Info) -> LazyDocument:
        return _ref(info, self._record.document)


def to_money_figure(figure: cat.MoneyFigure) -> MoneyFigure:
    """The GraphQL object of a catalog figure, made once and kept on the record (which
    lives exactly as long as its graph version), as ``schema.to_node`` does for nodes."""
    found = figure.__dict__.get("_graphql")
    if found is None:
        found = MoneyFigure(
            id=strawberry.ID(figure.id),
            iri=figure.iri,
            kind=MoneyKind(figure.kind),
            amount=Money(
                amount=figure.amount, currency="CNY", basis=AmountBasis.STATED, method=None
            ),
            label=figure.label,
            as_written=figure.as_written,
            year=figure.year,
            read=figure.read,
            reason=figure.reason,
            rate=figure.rate,
            stated_share=figure.stated_share,
            sources=_citations(figure.sources),
            provenance=figure.provenance,
            extraction_rule=figure.rule,
            _record=figure,
        )
        object.__setattr__(figure, "_graphql", found)  # a frozen record: a memo, not data
    return found
