"""One ``edit`` decision applied to one record of a draft: the fields a reviewer may correct,
each checked as it is applied, so a refusal names the field before the seed is checked whole.

``value`` changes ``amount`` (an indicator's ``value``), ``kind`` (a money figure's), ``name``,
``year`` (a document's ``fiscal_year``, given or corrected; a funding line's, an
indicator's or a money figure's ``year``) or ``span`` (``{start, end}`` of a citation; its
quote is read again from the stored text). An edited fact becomes curated. A corrected
amount takes its ``as_written`` from where its quote writes the new figure (move the span
first when it does not), so a curated fact never shows the misread figure as its wording.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from govkg.ingest.drafts.onfile import KIND, Draft
from govkg.ingest.kinds.money import amounts_written
from govkg.ingest.text.numbers import NUMBER, number_value

__all__ = ["EDITABLE", "MONEYKINDS", "YEARS", "edit"]

EDITABLE = ("amount", "kind", "name", "year", "span")
MONEYKINDS = (
    "spending", "budget", "revenue", "carry-over", "change", "contract", "planned", "saving",
    "price-or-rate", "other",
)  # fmt: skip
YEARS = (1900, 2200)  # the bounds the seed's reader holds a year to (seed/fields.py)

_AMOUNTS = {"funding_lines": "amount", "money_figures": "amount", "indicators": "value"}
_NAMED = ("units", "systems", "projects", "funding_lines", "indicators", "events", "mentions")
# where each kind of record keeps its year, and what a year given anew is placed before
_YEARS = {
    "documents": ("fiscal_year", ("date", "genre", "sources")),
    "funding_lines": ("year", ("unit", "sources")),
    "indicators": ("year", ("name", "sources")),
    "money_figures": ("year", ("funding_line", "sources")),
}


def decimal_text(value: Any) -> str | None:
    """A decimal number given as text or a whole number, as the seed writes it; else None."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    text = format(number, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def year_of(value: Any) -> int | None:
    """A year given as a whole number or as four digits of text, within ``YEARS``; else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value):
        value = int(value)
    if not isinstance(value, int):
        return None
    return value if YEARS[0] <= value <= YEARS[1] else None


def _put(record: dict, key: str, value: Any, before: tuple[str, ...], instead: str = "") -> None:
    """Set ``record[key]`` in place: where it is, else where ``instead`` was, else before the
    first of ``before`` it holds (so the file reads in the order ingest writes it)."""
    if key in record:
        record[key] = value
        return
    items = [(k, v) for k, v in record.items() if k != instead]
    at = next((i for i, (k, _) in enumerate(record.items()) if k == instead), None)
    if at is None:
        names = [k for k, _ in items]
        at = next((names.index(k) for k in before if k in names), len(items))
    items.insert(at, (key, value))
    record.clear()
    record.update(items)


def _source_text(draft: Draft, doc: str) -> str | None:
    for d in draft.data.get("documents") or ():
        if d.get("id") == doc and d.get("file"):
            path = (draft.seed_dir / d["file"]).resolve()
            if draft.seed_dir.resolve() in path.parents and path.is_file():
                return path.read_text(encoding="utf-8")
    return None


def edit(draft: Draft, name: str, section: str, record: dict, value: Any) -> list[str]:
    """Apply an edit to ``record`` in place; the problems found, each naming the field."""
    if not isinstance(value, dict) or not value:
        return [f"{name}: field 'value': an edit gives a mapping of {', '.join(EDITABLE)}"]
    problems = []
    for key, given in value.items():
        where = f"{name}: field '{key}'"
        if key not in EDITABLE:
            problems.append(f"{where}: not editable here (edit one of {', '.join(EDITABLE)})")
        elif key == "amount":
            problems += _edit_amount(where, section, record, given)
        elif key == "kind":
            problems += _edit_kind(where, section, record, given)
        elif key == "name":
            if section not in _NAMED:
                problems.append(f"{where}: a {KIND[section]} has no name to edit")
            elif not isinstance(given, str) or not " ".join(given.split()):
                problems.append(f"{where}: a name is a non-empty text")
            else:
                record["name"] = " ".join(given.split())
        elif key == "year":
            problems += _edit_year(where, section, record, given)
        elif key == "span":
            problems += _edit_span(draft, where, record, given)
    if not problems and "amount" in value and "as_written" in record:
        problems += _rewritten(f"{name}: field 'amount'", section, record)
    if not problems:
        record["provenance"] = "curated"
        record.pop("rule", None)
    return problems


def _edit_amount(where: str, section: str, record: dict, given: Any) -> list[str]:
    target = _AMOUNTS.get(section)
    text = decimal_text(given)
    if target is None:
        return [f"{where}: a {KIND[section]} has no amount"]
    if text is None:
        return [f"{where}: {given!r} is not a decimal number"]
    if target not in record:
        return [f"{where}: this {KIND[section]} states no amount to correct"]
    record[target] = text
    return []


def _rewritten(where: str, section: str, record: dict) -> list[str]:
    """``as_written`` of the corrected amount: the first place a quote writes it."""
    amount = Decimal(record[_AMOUNTS[section]])
    for cite in record.get("sources") or []:
        quote = cite.get("quote") or ""
        if section == "indicators":
            old_suffix = re.sub(r"^[\d.,]+", "", str(record["as_written"]))
            written = (
                m.group() + (old_suffix if quote.startswith(old_suffix, m.end()) else "")
                for m in re.finditer(NUMBER, quote)
                if number_value(m.group()) == amount
            )
        else:
            written = (text for text, yuan in amounts_written(quote) if yuan == amount)
        found = next(written, None)
        if found is not None:
            record["as_written"] = found
            return []
    return [
        f"{where}: no quote of this fact writes {amount} "
        f"{'yuan' if section != 'indicators' else ''}".rstrip()
        + "; move its span (field 'span') onto where the report states it"
    ]


def _edit_kind(where: str, section: str, record: dict, given: Any) -> list[str]:
    if section != "money_figures":
        return [f"{where}: only a money figure has a kind"]
    if given not in MONEYKINDS:
        return [f"{where}: {given!r} is not one of {', '.join(MONEYKINDS)}"]
    record["kind"] = given
    if given != "other" and record.get("read") is False:
        record.pop("read", None)  # a person has read it now
        record.pop("reason", None)
    return []


def _edit_year(where: str, section: str, record: dict, given: Any) -> list[str]:
    """A document's fiscal year given (``year_unknown`` then goes) or corrected; a funding
    line's, an indicator's or a money figure's year. Only that record changes."""
    if section not in _YEARS:
        return [f"{where}: a {KIND[section]} has no year"]
    year = year_of(given)
    if year is None:
        return [f"{where}: {given!r} is not a year such as 2023 ({YEARS[0]}..{YEARS[1]})"]
    key, before = _YEARS[section]
    _put(record, key, year, before, instead="year_unknown" if section == "documents" else "")
    return []


def _edit_span(draft: Draft, where: str, record: dict, given: Any) -> list[str]:
    sources = record.get("sources") or []
    if not sources:
        return [f"{where}: the fact cites nothing"]
    if not isinstance(given, dict) or set(given) - {"start", "end", "source"}:
        return [f"{where}: a span is {{start, end}} (and optionally source: its index)"]
    at, start, end = given.get("source", 0), given.get("start"), given.get("end")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (at, start, end)):
        return [f"{where}: start, end and source are whole numbers"]
    if not 0 <= at < len(sources):
        return [f"{where}: the fact has {len(sources)} citation(s), not {at + 1}"]
    cite = sources[at]
    text = _source_text(draft, cite.get("doc"))
    if text is None:
        return [f"{where}: the stored text of {cite.get('doc')!r} is not in the seed"]
    if not 0 <= start < end <= len(text):
        return [f"{where}: {start}..{end} is not within the text (0..{len(text)})"]
    cite.update(quote=text[start:end], start=start, end=end)
    return []
