"""The amounts of derived funding lines: a sum of its children or the remainder of its
parent, each with the method that says how it was computed (never stated by a report)."""

from __future__ import annotations

from decimal import Decimal

from govkg.core.money import format_yuan
from govkg.core.records import FundingLine

__all__ = ["derived_amounts"]


def _derived_from(line: FundingLine, lines: tuple[FundingLine, ...]) -> list[str]:
    if line.derived == "sum":
        return [other.id for other in lines if other.parent == line.id]
    if line.derived == "remainder":
        return [line.parent, *(o.id for o in lines if o.parent == line.parent and o is not line)]
    return []


def derived_amounts(lines: tuple[FundingLine, ...]) -> dict[str, tuple[Decimal, str | None]]:
    """Each line's amount in yuan, with the method when derived (sum or remainder)."""
    by_id = {line.id: line for line in lines}
    children: dict[str, list[FundingLine]] = {}
    for line in lines:
        if line.parent:
            children.setdefault(line.parent, []).append(line)
    done: dict[str, tuple[Decimal, str | None]] = {}

    def amount(line_id: str, visiting: frozenset[str] = frozenset()) -> Decimal:
        if line_id in done:
            return done[line_id][0]
        if line_id in visiting:
            raise ValueError(f"funding line {line_id!r} is derived from itself")
        line, visiting = by_id[line_id], visiting | {line_id}
        if line.derived is None:
            done[line_id] = (line.amount or Decimal(0), None)
        elif line.derived == "sum":
            parts = [(child.name, amount(child.id, visiting)) for child in children[line_id]]
            total = sum((value for _, value in parts), Decimal(0))
            terms = " + ".join(f"{name} {format_yuan(value)}" for name, value in parts)
            done[line_id] = (
                total,
                f"derived: sum of {len(parts)} lines: {terms} = {format_yuan(total)} CNY",
            )
        else:
            whole = amount(line.parent, visiting)
            others = [s for s in children[line.parent] if s is not line]
            parts = [(s.name, amount(s.id, visiting)) for s in others]
            rest = whole - sum((value for _, value in parts), Decimal(0))
            terms = " + ".join(f"{name} {format_yuan(value)}" for name, value in parts)
            done[line_id] = (
                rest,
                f"derived: remainder: {by_id[line.parent].name} "
                f"{format_yuan(whole)} − ({terms}) = {format_yuan(rest)} CNY",
            )
        return done[line_id][0]

    for line in lines:
        amount(line.id)
    return done
