"""The readers of money records: a funding line and a money figure, their amounts turned
into yuan to the fen; a figure finer than one fen or a blank text is a problem, not a value."""

from __future__ import annotations

from decimal import Decimal

from govkg.core.money import FEN
from govkg.core.records import MONEY_KINDS, FundingLine, MoneyFigure
from govkg.seed.fields import FieldReader
from govkg.seed.vocabulary import FUNDING_CATEGORIES, YUAN_PER

__all__ = ["read_funding_line", "read_money_figure"]


def read_funding_line(r: FieldReader) -> FundingLine | None:
    r.allow(
        {
            "id",
            "name",
            "name_en",
            "aliases",
            "document",
            "year",
            "unit",
            "parent",
            "category",
            "amount",
            "amount_unit",
            "derived",
            "as_written",
            "stated_share",
            "share_of",
            "budget",
            "budget_as_written",
            "sources",
            "provenance",
            "rule",
        }
    )
    line_id, name = r.slug("id", required=True), r.text("name", required=True, name=True)
    derived = r.choice("derived", ("sum", "remainder"), required=False)
    amount = r.decimal("amount")
    if amount is None and derived is None and "amount" not in r.record:
        r.problem("amount", "give a stated amount or `derived: sum|remainder`")
    if amount is not None and derived is not None:
        r.problem("derived", "a line is either stated (amount) or derived, not both")
    budget = r.decimal("budget")
    unit = r.choice(
        "amount_unit", tuple(YUAN_PER), required=amount is not None or budget is not None
    )
    yuan = _yuan(r, "amount", amount, unit)
    budget_yuan = _yuan(r, "budget", budget, unit)
    if derived == "remainder" and not r.record.get("parent"):
        r.problem("derived", "a remainder needs a parent line")
    share_of = r.slug("share_of")
    if share_of and "stated_share" not in r.record:
        r.problem("share_of", "share_of says what stated_share is a share of; give stated_share")
    provenance, rule = r.provenance()
    cites = r.citations()
    r.written_in_quotes("as_written", cites)
    r.written_in_quotes("budget_as_written", cites)
    line = FundingLine(
        id=line_id or "",
        name=name or "",
        name_en=r.text("name_en", name=True),
        aliases=r.strings("aliases"),
        document=r.slug("document", required=True) or "",
        year=r.year("year") or 0,
        unit=r.slug("unit"),
        parent=r.slug("parent"),
        category=r.choice("category", FUNDING_CATEGORIES, required=False),
        amount=yuan,
        derived=derived,
        as_written=r.text("as_written"),
        stated_share=r.decimal("stated_share"),
        sources=cites,
        provenance=provenance,
        rule=rule,
        budget=budget_yuan,
        budget_as_written=r.text("budget_as_written"),
        share_of=share_of,
    )
    return line if line_id and name else None


def _yuan(r: FieldReader, field: str, value: Decimal | None, unit: str | None) -> Decimal | None:
    """A stated figure in yuan, to the fen; finer than one fen is a problem of ``field``."""
    if value is None or not unit:
        return None
    yuan = value * YUAN_PER[unit]
    if yuan != yuan.quantize(FEN):
        r.problem(field, f"{value} {unit} is finer than one fen")
    return yuan.quantize(FEN)


def read_money_figure(r: FieldReader) -> MoneyFigure | None:
    """An amount the report states, of one kind; read or not, it is cited and counted."""
    r.allow(
        {
            "id",
            "document",
            "kind",
            "amount",
            "amount_unit",
            "as_written",
            "label",
            "year",
            "read",
            "reason",
            "funding_line",
            "rate",
            "stated_share",
            "share_of",
            "sources",
            "provenance",
            "rule",
        }
    )
    figure_id = r.slug("id", required=True)
    kind = r.choice("kind", MONEY_KINDS, required=True)
    unit = r.choice("amount_unit", tuple(YUAN_PER), required=True)
    yuan = _yuan(r, "amount", r.decimal("amount", required=True), unit)
    read = r.record.get("read", True)
    reason = _filled(r, "reason")
    if not isinstance(read, bool):
        r.problem("read", f"expected true or false, got {read!r}")
    elif not read and reason is None and "reason" not in r.record:
        r.problem(
            "reason",
            "an amount not read (`read: false`) says why in `reason`",
            line=r.record.line_of("read"),
        )
    elif read and reason is not None:
        r.problem("reason", "only an amount not read (`read: false`) has a reason")
    rate = r.decimal("rate", signed=True)
    if rate is not None and kind not in (None, "change"):
        r.problem("rate", f"a stated rate belongs to a `kind: change` figure, not {kind!r}")
    stated_share, share_of = _figure_share(r)
    provenance, rule = r.provenance()
    cites = r.citations()
    as_written = _filled(r, "as_written", required=True)
    if as_written and cites and not any(as_written in c.quote for c in cites):
        r.problem("as_written", f"{as_written!r} does not occur in any of the quotes")
    document = r.slug("document", required=True)
    if document and cites and all(c.document != document for c in cites):
        r.problem("sources", f"a money figure of {document!r} cites that report")
    figure = MoneyFigure(
        id=figure_id or "",
        document=document or "",
        kind=kind or "other",
        amount=yuan if yuan is not None else Decimal(0),
        as_written=as_written or "",
        label=r.text("label", name=True),
        year=r.year("year", required=False),
        read=read is not False,
        reason=reason,
        funding_line=r.slug("funding_line"),
        rate=rate,
        sources=cites,
        provenance=provenance,
        rule=rule,
        stated_share=stated_share,
        share_of=share_of,
    )
    complete = figure_id and kind and yuan is not None and as_written and figure.document
    return figure if complete else None


def _figure_share(r: FieldReader) -> tuple[Decimal | None, str | None]:
    """A share the report states for a figure, with the figure it is a share of: a figure
    has no parent to fall back on, so one without the other is a problem."""
    share, share_of = r.decimal("stated_share"), r.slug("share_of")
    if share is not None and share > 100:
        r.problem("stated_share", f"a share is a percent from 0 to 100, not {share}")
    if share_of and "stated_share" not in r.record:
        r.problem("share_of", "share_of says what stated_share is a share of; give stated_share")
    elif "stated_share" in r.record and not share_of and "share_of" not in r.record:
        r.problem("stated_share", "a figure's share names the figure it is of in `share_of`")
    return share, share_of


def _filled(r: FieldReader, field: str, *, required: bool = False) -> str | None:
    """A text that says something: blank is a problem, not a value."""
    value = r.text(field, required=required)
    if value is not None and not value.strip():
        r.problem(field, "empty text")
        return None
    return value
