"""GraphQL types of build vs run (建设 vs 运维): a line's or figure's type and why, and a
unit's report split into the four types.

Thin: the rule and the sums are govkg.answers.buildrun's.
"""

from __future__ import annotations

import enum
from typing import Annotated

import strawberry
from strawberry.types import Info

from govkg.answers import buildrun as br
from govkg.api.base import AmountBasis, Money, _charged, _ref, _refs

__all__ = ["BuildRun", "BuildRunPart", "SpendType", "to_build_run"]

LazyDocument = Annotated["Document", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyFundingLine = Annotated["FundingLine", strawberry.lazy("govkg.api.facts")]  # noqa: F821
LazyUnit = Annotated["Unit", strawberry.lazy("govkg.api.entities")]  # noqa: F821


@strawberry.enum(
    description="Building or running (the IT Dashboard's DME vs O&M), decided only by the "
    "words of names (see `spendTypeRule`); never guessed."
)
class SpendType(enum.Enum):
    BUILD = strawberry.enum_value(
        "BUILD", description="建设, 新建, 扩建, 改造, 升级, 提升工程: building or upgrading."
    )
    RUN = strawberry.enum_value(
        "RUN", description="运维, 运行维护, 电费, 租赁, 维护: operating and maintaining."
    )
    MIXED = strawberry.enum_value("MIXED", description="Words of both.")
    UNCLASSIFIED = strawberry.enum_value(
        "UNCLASSIFIED", description="No word of either: the names do not say."
    )


@strawberry.type(
    description="The money of one spend type in one report: a DERIVED sum of the lines of "
    "that type (a parent line's unitemised remainder counts as that line's), with the sum "
    "written out in `amount.method`."
)
class BuildRunPart:
    spend_type: SpendType
    amount: Money
    _lines: strawberry.Private[tuple[str, ...]]

    @strawberry.field(description="The lines counted, in the order of the sum.")
    @_charged
    def lines(self, info: Info) -> list[LazyFundingLine]:
        return _refs(info, self._lines)


def _part(part: br.BuildRunPart) -> BuildRunPart:
    return BuildRunPart(
        spend_type=SpendType(part.kind),
        amount=Money(
            amount=part.amount, currency="CNY", basis=AmountBasis.DERIVED, method=part.method
        ),
        _lines=part.lines,
    )


def _figure(figure) -> Money | None:
    if figure is None:
        return None
    return Money(
        amount=figure.amount,
        currency="CNY",
        basis=AmountBasis(figure.basis),
        method=figure.method,
    )


@strawberry.type(
    description="A unit's report split into BUILD, RUN, MIXED and UNCLASSIFIED: the parts of "
    "its project spending add up exactly to `projectSpending`, and the parts of its total "
    "(where the report gives one) to `total`."
)
class BuildRun:
    year: int | None
    project_spending: Money | None = strawberry.field(
        description="The unit's project spending in the report (as `spending` gives it); "
        "null when the report does not give it."
    )
    build: BuildRunPart | None
    run: BuildRunPart | None
    mixed: BuildRunPart | None
    unclassified: BuildRunPart | None
    total: Money | None = strawberry.field(
        description="The unit's total in the report; null when the report gives none."
    )
    parts_of_total: list[BuildRunPart] = strawberry.field(
        description="The total split the same way (BUILD, RUN, MIXED, UNCLASSIFIED); empty "
        "without a total."
    )
    _record: strawberry.Private[br.BuildRun]

    @strawberry.field
    def unit(self, info: Info) -> LazyUnit | None:
        return _ref(info, self._record.unit)

    @strawberry.field(description="The report the lines are of.")
    def document(self, info: Info) -> LazyDocument | None:
        return _ref(info, self._record.document)


def to_build_run(record: br.BuildRun) -> BuildRun:
    parts = {part.kind: _part(part) for part in record.project_parts}
    return BuildRun(
        year=record.year,
        project_spending=_figure(record.project),
        build=parts.get("BUILD"),
        run=parts.get("RUN"),
        mixed=parts.get("MIXED"),
        unclassified=parts.get("UNCLASSIFIED"),
        total=_figure(record.total),
        parts_of_total=[_part(part) for part in record.total_parts],
        _record=record,
    )
