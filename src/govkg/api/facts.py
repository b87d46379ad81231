"""What reports state: funding lines, indicators, events, and the reports themselves."""

from __future__ import annotations

from decimal import Decimal

import strawberry
from strawberry.types import Info

from govkg.answers.buildrun import classify_line
from govkg.api.base import (
    AmountBasis,
    Money,
    _charged,
    _ref,
    _refs,
    _svc,
    to_node,
)
from govkg.api.buildruntypes import SpendType
from govkg.api.entities import Unit
from govkg.api.moneytypes import MoneyFigure, MoneyKind, to_money_figure
from govkg.api.node import Node


@strawberry.type(description="A budget line of a report; amounts in yuan.")
class FundingLine(Node):
    @strawberry.field
    def amount(self, info: Info) -> Money:
        line = _svc(info).line(self._record.id)
        return Money(
            amount=line.amount, currency="CNY", basis=AmountBasis(line.basis), method=line.method
        )

    @strawberry.field
    def year(self, info: Info) -> int | None:
        return _svc(info).line(self._record.id).year

    @strawberry.field(description="The percent of the parent line as the report states it.")
    def stated_share(self, info: Info) -> Decimal | None:
        return _svc(info).line(self._record.id).stated_share

    @strawberry.field(
        description="Percent of the line the share is of (shareOf), computed from the amounts "
        "(derived)."
    )
    def computed_share(self, info: Info) -> Decimal | None:
        return _svc(info).computed_share(self._record.id)

    @strawberry.field(
        description="The line statedShare is a percent of: the one the report names "
        "(占总支出的10%), else the parent; null without a stated share."
    )
    def share_of(self, info: Info) -> FundingLine | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.share_base) if line.stated_share is not None else None

    @strawberry.field(
        description="The budget (预算数, 调整预算) the report states for this line, beside "
        "the executed amount; null when not stated."
    )
    def budget(self, info: Info) -> Money | None:
        line = _svc(info).line(self._record.id)
        if line.budget is None:
            return None
        return Money(amount=line.budget, currency="CNY", basis=AmountBasis.STATED, method=None)

    @strawberry.field(description="The budget as printed, e.g. 4000万元.")
    def budget_as_written(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).budget_as_written

    @strawberry.field
    def as_written(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).as_written

    @strawberry.field
    def line_category(self, info: Info) -> str | None:
        return _svc(info).line(self._record.id).category

    @strawberry.field
    def parent(self, info: Info) -> FundingLine | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.parent)

    @strawberry.field
    @_charged
    def children(self, info: Info) -> list[FundingLine]:
        return [to_node(n) for n in _svc(info).children(self._record.id)]

    @strawberry.field(
        description="Building or running, by the words of the line's name, else of what it "
        "funds, else of its parent lines (see spendTypeRule); UNCLASSIFIED when none says."
    )
    def spend_type(self, info: Info) -> SpendType:
        return SpendType(classify_line(_svc(info).catalog, self._record.id).kind)

    @strawberry.field(description="Which name and words decided spendType, or that none did.")
    def spend_type_rule(self, info: Info) -> str:
        return classify_line(_svc(info).catalog, self._record.id).rule

    @strawberry.field(description="The build or run words found (empty when UNCLASSIFIED).")
    def spend_type_words(self, info: Info) -> list[str]:
        return list(classify_line(_svc(info).catalog, self._record.id).words)

    @strawberry.field(description="What the line pays for.")
    @_charged
    def funds(self, info: Info) -> list[Node]:
        return [to_node(n) for n in _svc(info).related(self._record.id, "funds")]

    @strawberry.field(description="The spending unit.")
    def unit(self, info: Info) -> Unit | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.unit)

    @strawberry.field
    def document(self, info: Info) -> Document | None:
        line = _svc(info).line(self._record.id)
        return _ref(info, line.document)


@strawberry.type(description="A figure a report states about a subject, qualifier kept.")
class Indicator(Node):
    @strawberry.field
    def value(self, info: Info) -> Decimal | None:
        return _svc(info).catalog.indicators[self._record.id].value

    @strawberry.field(description="A non-numeric value (e.g. 优秀).")
    def text_value(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].text_value

    @strawberry.field
    def unit(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].unit

    @strawberry.field(description="True when the report qualifies the figure (余, 多, 约, 以上).")
    def approximate(self, info: Info) -> bool:
        return bool(_svc(info).catalog.indicators[self._record.id].approximate)

    @strawberry.field(description="The qualifier as written: 余, 多, 约, 以上.")
    def qualifier(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].approximate

    @strawberry.field
    def as_written(self, info: Info) -> str | None:
        return _svc(info).catalog.indicators[self._record.id].as_written

    @strawberry.field
    def year(self, info: Info) -> int | None:
        return _svc(info).catalog.indicators[self._record.id].year

    @strawberry.field
    def subject(self, info: Info) -> Node | None:
        s = _svc(info)
        subject = s.catalog.nodes.get(s.catalog.indicators[self._record.id].subject)
        return to_node(subject) if subject else None

    @strawberry.field
    def document(self, info: Info) -> Document | None:
        s = _svc(info)
        doc = s.catalog.indicators[self._record.id].document
        return _ref(info, doc)


@strawberry.type(description="Something that happened, dated only when the report dates it.")
class Event(Node):
    @strawberry.field
    def date(self, info: Info) -> str | None:
        return _svc(info).catalog.events[self._record.id].date

    @strawberry.field
    def event_category(self, info: Info) -> str | None:
        return _svc(info).catalog.events[self._record.id].category

    @strawberry.field
    def location(self, info: Info) -> Node | None:
        s = _svc(info)
        at = s.catalog.events[self._record.id].location
        return _ref(info, at)

    @strawberry.field
    def organizer(self, info: Info) -> Unit | None:
        s = _svc(info)
        by = s.catalog.events[self._record.id].organizer
        return _ref(info, by)

    @strawberry.field
    @_charged
    def participants(self, info: Info) -> list[Node]:
        s = _svc(info)
        return _refs(info, s.catalog.events[self._record.id].participants)

    @strawberry.field
    @_charged
    def subjects(self, info: Info) -> list[Node]:
        s = _svc(info)
        return _refs(info, s.catalog.events[self._record.id].subjects)


@strawberry.type(description="A source report.")
class Document(Node):
    @strawberry.field
    def title(self, info: Info) -> str:
        return _svc(info).catalog.documents[self._record.id].title

    @strawberry.field
    def fiscal_year(self, info: Info) -> int | None:
        return _svc(info).catalog.documents[self._record.id].fiscal_year

    @strawberry.field(description="The date printed on the report.")
    def date(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].date

    @strawberry.field
    def genre(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].genre

    @strawberry.field(description="SHA-256 of the stored text, to check a copy against.")
    def sha256(self, info: Info) -> str | None:
        return _svc(info).catalog.documents[self._record.id].sha256

    @strawberry.field
    def issuer(self, info: Info) -> Unit | None:
        s = _svc(info)
        by = s.catalog.documents[self._record.id].issuer
        return _ref(info, by)

    @strawberry.field(
        description="How many of the facts citing this report are extracted by an ingest rule "
        "and not yet reviewed (entities it only names are counted as their mentions)."
    )
    def awaiting_review(self, info: Info) -> int:
        return _svc(info).review(self._record.id).extracted

    @strawberry.field(description="How many of the facts citing this report are curated.")
    def curated(self, info: Info) -> int:
        return _svc(info).review(self._record.id).curated

    @strawberry.field(
        description="Every amount of money the report states, in the order of the text, each "
        "of its kind (read or not); `kind` keeps one kind."
    )
    @_charged
    def money_figures(
        self,
        info: Info,
        kind: MoneyKind | None = None,
    ) -> list[MoneyFigure]:
        chosen = kind.value if kind is not None else None
        return [to_money_figure(f) for f in _svc(info).money_figures(self._record.id, chosen)]
