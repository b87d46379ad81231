"""What the Fiscal Data Package declares: its columns as Table Schema fields, and its model.

The ``model`` follows OpenSpending's Fiscal Data Package 0.3: two measures in CNY on the
funding lines (``amount``, executed, and ``budget``, where stated) and the dimensions an
analyst cuts them by (unit, year, line, category, spend type, basis, document). Money
figures are a second table beside the model, not a measure: most of them are not spending.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govkg.answers.buildrun import SPEND_TYPES
from govkg.core.records import MONEY_KINDS
from govkg.graph.catalog import BASIS_OF

__all__ = [
    "ABOUT",
    "FIGURES",
    "FIGURE_COLUMNS",
    "LINES",
    "LINE_COLUMNS",
    "MODEL",
    "OUTGOING",
    "Column",
]

LINES, FIGURES = "funding-lines", "money-figures"
# Kinds of stated money that is spent or to be spent: only these get a build/run type, so a
# revenue or carry-over figure is never shown as spending of either type.
OUTGOING = ("spending", "budget", "planned", "contract")
_YUAN = "exact yuan with two decimals (decimal point '.', no grouping), as the graph holds it"


@dataclass(frozen=True)
class Column:
    """A CSV column and its Table Schema field."""

    name: str
    type: str
    description: str
    constraints: tuple[tuple[str, Any], ...] = ()

    def field(self) -> dict[str, Any]:
        found: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.type == "number":
            found |= {"decimalChar": ".", "bareNumber": True}
        found["description"] = self.description
        if self.constraints:
            found["constraints"] = dict(self.constraints)
        return found


_REQUIRED = (("required", True),)
_CITATION = (
    Column("quote", "string", "the words of the report the first source quotes (byte-exact)"),
    Column("quote_start", "integer", "where the quote starts in the report's text (characters)",
           (("minimum", 0),)),
    Column("quote_end", "integer", "where the quote ends in the report's text (exclusive)",
           (("minimum", 0),)),
    Column("provenance", "string", "curated (checked by hand) or extracted (read by govkg "
           "ingest, awaiting review)"),
)  # fmt: skip
LINE_COLUMNS = (
    Column("id", "string", "the funding line's id in the graph", _REQUIRED),
    Column("parent_id", "string", "the line this one is part of (empty for a top line): its "
           "amount already includes this line's"),
    Column("leaf", "boolean", "true when no line of the graph is part of this one: add up "
           "leaf lines only, never a line and its parent"),
    Column("unit_id", "string", "the spending unit's id"),
    Column("unit_name", "string", "the spending unit's Chinese name"),
    Column("year", "integer", "the fiscal year (a calendar year in China)"),
    Column("name", "string", "the line's name as the report writes it", _REQUIRED),
    Column("name_en", "string", "an English rendering of the name, where the graph has one"),
    Column("category", "string", "total, budget (spending from one budget fund, e.g. "
           "一般公共预算支出), basic, personnel, public, project or other"),
    Column("spend_type", "string", "BUILD (建设), RUN (运维), MIXED or UNCLASSIFIED, by the "
           "words of names only", (("required", True), ("enum", list(SPEND_TYPES)))),
    Column("spend_type_rule", "string", "which name and words decided the spend type"),
    Column("amount", "number", f"the executed amount in CNY, {_YUAN}", _REQUIRED),
    Column("amount_basis", "string", "STATED by the report, or DERIVED (summed or subtracted "
           "from stated lines, see amount_method)",
           (("required", True), ("enum", sorted(set(BASIS_OF.values()))))),
    Column("amount_method", "string", "how a DERIVED amount was worked out, written out"),
    Column("amount_as_written", "string", "the amount as the report writes it (万元 …)"),
    Column("budget", "number", f"the line's budget in CNY where the report states it, {_YUAN}; "
           "empty when not stated"),
    Column("budget_as_written", "string", "the budget as the report writes it"),
    Column("document_id", "string", "the report that states the line"),
    Column("document_title", "string", "the report's title"),
    *_CITATION,
)  # fmt: skip
FIGURE_COLUMNS = (
    Column("id", "string", "the money figure's id in the graph", _REQUIRED),
    Column("kind", "string", "what the amount is: only spending is money spent; a budget, "
           "revenue, carry-over or change is not spending", (("required", True),
           ("enum", list(MONEY_KINDS)))),
    Column("amount", "number", f"the amount in CNY, {_YUAN}", _REQUIRED),
    Column("as_written", "string", "the amount as the report writes it"),
    Column("label", "string", "what the report says the amount is of"),
    Column("year", "integer", "the fiscal year it is of"),
    Column("document_id", "string", "the report that states it", _REQUIRED),
    Column("document_title", "string", "the report's title"),
    Column("funding_line_id", "string", "the funding line of the same report stating the "
           "same amount (as its amount or its budget), if any"),
    Column("spend_type", "string", "BUILD, RUN, MIXED or UNCLASSIFIED for money spent or to be "
           f"spent ({', '.join(OUTGOING)}); empty for other kinds",
           (("enum", list(SPEND_TYPES)),)),
    Column("spend_type_rule", "string", "which name and words decided the spend type"),
    Column("read", "boolean", "false when govkg ingest could not place the amount (see "
           "unread_reason): check it in the report"),
    Column("unread_reason", "string", "why the amount could not be placed"),
    Column("change_rate", "number", "for a change, the stated rate (percent)"),
    Column("stated_share", "number", "the percent of share_of_id the report states for this "
           "amount (占本年收入合计的93.54%); empty when it states none"),
    Column("share_of_id", "string", "the money figure of the same report stated_share is a "
           "percent of"),
    *_CITATION,
)  # fmt: skip


def _attribute(source: str, **more: str) -> dict[str, str]:
    return {"source": source, **more}


MODEL = {
    "measures": {
        "amount": {
            "source": "amount",
            "currency": "CNY",
            "factor": 1,
            "resource": LINES,
            "direction": "expenditure",
            "phase": "executed",
        },
        "budget": {
            "source": "budget",
            "currency": "CNY",
            "factor": 1,
            "resource": LINES,
            "direction": "expenditure",
        },
    },
    "dimensions": {
        "unit": {
            "dimensionType": "entity",
            "attributes": {
                "id": _attribute("unit_id"),
                "title": _attribute("unit_name", labelfor="id"),
            },
            "primaryKey": "id",
        },
        "year": {
            "dimensionType": "datetime",
            "attributes": {"year": _attribute("year")},
            "primaryKey": "year",
        },
        "line": {  # a budget line item ("budgetLineItem" of the spec: type other)
            "dimensionType": "other",
            "attributes": {
                "id": _attribute("id"),
                "title": _attribute("name", labelfor="id"),
                "titleEn": _attribute("name_en", labelfor="id"),
                "parentId": _attribute("parent_id"),
                "leaf": _attribute("leaf"),
                "amountMethod": _attribute("amount_method"),
                "amountAsWritten": _attribute("amount_as_written"),
                "budgetAsWritten": _attribute("budget_as_written"),
                "spendTypeRule": _attribute("spend_type_rule"),
                "quote": _attribute("quote"),
                "quoteStart": _attribute("quote_start"),
                "quoteEnd": _attribute("quote_end"),
                "provenance": _attribute("provenance"),
            },
            "primaryKey": "id",
        },
        "category": {
            "dimensionType": "classification",
            "attributes": {"code": _attribute("category")},
            "primaryKey": "code",
        },
        "spendType": {
            "dimensionType": "classification",
            "attributes": {"code": _attribute("spend_type")},
            "primaryKey": "code",
        },
        "basis": {
            "dimensionType": "other",
            "attributes": {"code": _attribute("amount_basis")},
            "primaryKey": "code",
        },
        "document": {
            "dimensionType": "other",
            "attributes": {
                "id": _attribute("document_id"),
                "title": _attribute("document_title", labelfor="id"),
            },
            "primaryKey": "id",
        },
    },
}
ABOUT = (
    "Funding lines of government IT spending reports, from the govkg knowledge graph. "
    "Money is in CNY as exact yuan with two decimals. Lines nest: a line's amount includes "
    "those of the lines whose parent_id names it (项目支出 holds each project line), so "
    "adding every row counts money twice; add only rows whose leaf column is true, or one "
    "line and none of its parts. Where a report's parts of a line do not add up to the line, "
    "the leaves do not either: compare them with the line. amount_basis says whether the "
    "report states an amount (STATED) or it was summed or subtracted from stated lines "
    "(DERIVED, with amount_method). "
    "spend_type (BUILD 建设 / RUN 运维 / MIXED / UNCLASSIFIED) comes from the words of names "
    "only, spend_type_rule says which. Each row cites its report (document_id, quote, "
    "quote_start, quote_end). The model maps funding-lines only; money-figures lists every "
    "amount a report states with its kind, and only kind spending is money spent."
)
