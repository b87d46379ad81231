"""The facts of a draft as the review page shows them: one card per fact, its values worth
reading against the quote (a record it refers to by its name, the id beside it), its first
citation and the fields its Edit form offers."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from govkg.http.i18n import money, t

__all__ = ["NAMED", "YEARLY", "Card", "card_of"]

NAMED = {"unit", "system", "project", "funding-line", "indicator", "event", "mention"}
YEARLY = {"funding-line", "indicator", "money-figure"}  # and the document: its fiscal year


@dataclass
class Card:
    """One fact as the page shows it."""

    no: int
    id: str
    kind: str
    group: str
    state: str
    rule: str | None
    what: str
    rows: list[tuple[str, str]]
    quote: str | None = None
    start: int | None = None
    end: int | None = None
    span_ok: bool = False
    context: list[dict] = field(default_factory=list)
    edit: dict[str, Any] = field(default_factory=dict)
    unread: str | None = None


def _money(value: Any, lang: str) -> str:
    try:
        return money(Decimal(str(value)), lang)
    except (InvalidOperation, ValueError):
        return str(value)


_REFERENCES = ("issuer", "parent", "subject", "funding_line", "entity", "share_of")
"""Values that name another record by its id: shown by its name, the id beside it."""


def _named(values: dict, names: dict[str, str]) -> dict:
    return {
        key: f"{names[value]} ({value})" if key in _REFERENCES and value in names else value
        for key, value in values.items()
    }


def _rows(kind: str, values: dict, lang: str, names: dict[str, str]) -> list[tuple[str, str]]:
    """The fact's values worth reading against the quote, each with its label."""
    values = _named(values, names)

    def label(key: str) -> str:
        return t(lang, key)

    rows: list[tuple[str, str]] = []
    add = rows.append
    if kind == "document":
        for key, name in (("fiscal_year", "fact.fiscal_year"), ("genre", "fact.genre"),
                          ("issuer", "fact.issued_by")):  # fmt: skip
            if values.get(key) is not None:
                add((label(name), str(values[key])))
        if values.get("year_unknown"):
            add((label("fact.fiscal_year"), label("review.year_unknown")))
    elif kind in ("unit", "system", "project"):
        if values.get("category"):
            add((label("review.field.category"), str(values["category"])))
    elif kind == "funding-line":
        if "amount" in values:
            add((label("fact.amount"), _money(values["amount"], lang)))
        elif values.get("derived"):
            add((label("fact.derived"), str(values["derived"])))
        if "budget" in values:
            add((label("fact.budget"), _money(values["budget"], lang)))
        if "stated_share" in values:
            add((label("fact.stated_share"), f"{values['stated_share']}%"))
        for key, name in (("share_of", "fact.share_of"), ("as_written", "fact.as_written"),
                          ("year", "fact.fiscal_year"), ("category", "review.field.category"),
                          ("parent", "fact.parent")):  # fmt: skip
            if values.get(key) is not None:
                add((label(name), str(values[key])))
    elif kind == "money-figure":
        add((label("review.field.kind"), label(f"review.money.{values.get('kind', 'other')}")))
        if "amount" in values:
            add((label("fact.amount"), _money(values["amount"], lang)))
        if "stated_share" in values:
            add((label("fact.stated_share"), f"{values['stated_share']}%"))
        for key, name in (("as_written", "fact.as_written"), ("year", "fact.fiscal_year"),
                          ("funding_line", "review.funding_line"),
                          ("share_of", "fact.share_of")):  # fmt: skip
            if values.get(key) is not None:
                add((label(name), str(values[key])))
    elif kind == "indicator":
        if "value" in values:
            add((label("fact.value"), f"{values['value']} {values.get('unit') or ''}".strip()))
        for key, name in (("as_written", "fact.as_written"), ("year", "fact.fiscal_year"),
                          ("subject", "fact.subject")):  # fmt: skip
            if values.get(key) is not None:
                add((label(name), str(values[key])))
    elif kind == "event":
        for key, name in (("date", "fact.date"), ("category", "review.field.category")):
            if values.get(key) is not None:
                add((label(name), str(values[key])))
    elif kind == "relation":
        add((label("entity.relation"), str(values.get("type"))))
    elif kind == "mention":
        add((label("review.entity"), str(values.get("entity"))))
    return rows


def _what(kind: str, values: dict) -> str:
    if kind == "document":
        return str(values.get("title") or "")
    if kind == "money-figure":
        return str(values.get("label") or values.get("as_written") or "")
    if kind == "relation":
        return f"{values.get('from')} → {values.get('to')}"
    return str(values.get("name") or "")


def card_of(
    no: int, fact: dict, document: str, text: str, lang: str, names: dict[str, str]
) -> Card:
    kind, values = fact["kind"], fact["values"]
    unread = values.get("reason", "") if values.get("read") is False else None
    card = Card(
        no=no,
        id=fact["id"],
        kind=kind,
        group="unread" if kind == "money-figure" and unread is not None else kind,
        state=fact["state"],
        rule=fact["rule"],
        what=_what(kind, values),
        rows=_rows(kind, values, lang, names),
        unread=unread,
    )
    mine = [s for s in fact["sources"] if isinstance(s, dict) and s.get("doc") == document]
    if mine:
        first = mine[0]
        card.quote, card.start, card.end = first.get("quote"), first.get("start"), first.get("end")
        card.span_ok = (
            isinstance(card.start, int)
            and isinstance(card.end, int)
            and 0 <= card.start < card.end <= len(text)
        )
        card.context = mine[1:]
    edit: dict[str, Any] = {}
    if kind == "document":  # its fiscal year, given where the report states none
        year = values.get("fiscal_year")
        edit["year"] = "" if year is None else str(year)
    else:
        if kind in ("funding-line", "money-figure") and "amount" in values:
            edit["amount"] = str(values["amount"])
        if kind == "indicator" and "value" in values:
            edit["amount"] = str(values["value"])
        if kind == "money-figure":
            edit["kind"] = values.get("kind", "other")
        if kind in NAMED:
            edit["name"] = str(values.get("name") or "")
        if kind in YEARLY:
            edit["year"] = "" if values.get("year") is None else str(values["year"])
        if card.span_ok:
            edit["start"], edit["end"] = card.start, card.end
    card.edit = edit
    return card
