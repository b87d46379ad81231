"""The cube's observations: each funding line, money figure and numeric indicator of the
selection as one observation row (two for a line that states its budget), or left out with
the reason, and the IRIs the export mints for them.

Apart from the vocabulary and the Turtle of the structure because this is where the graph's
records are judged: a record missing a dimension is left out, never guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING
from urllib.parse import quote

from govkg.core.records import MONEY_KINDS
from govkg.exports import cube_turtle as ttl
from govkg.exports.cube_queries import DERIVED, FIGURES, INDICATORS, LINES, select
from govkg.exports.cube_vocabulary import UNIT_MEASURE
from govkg.graph.catalog import node_id

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.cube_turtle import Term
    from govkg.exports.selection import Subset

__all__ = ["Observations"]

_SAFE = re.compile(r"[A-Za-z0-9/._~-]+")  # an id that needs no escaping in an IRI path


def _lacking(*checks: tuple[str, object]) -> str | None:
    """The first reason whose value is missing: what the observation would lack (IC-11,
    IC-13, IC-14), so the record is left out rather than written incomplete or guessed."""
    return next((why for why, value in checks if value is None), None)


class Observations:
    """The observations of one export, and what they name: the graph nodes described
    at the end, the units of measure and funding lines the code lists hold."""

    def __init__(self, kg: KnowledgeGraph, subset: Subset) -> None:
        self.kg, self.base = kg, kg.catalog.base
        self.chosen = None if subset.whole else {str(kg.catalog.iri(n)) for n in subset.nodes}
        self.named: set[str] = set()  # graph nodes the observations name (described at the end)
        self.units: dict[str, str] = {}  # unit-of-measure concept -> the unit as written
        self.parents: dict[str, str] = {}  # funding line -> its parent line
        self.coded: set[str] = set()  # lines observed, which their hierarchy must reach
        self.all_lines: set[str] = set()

    def own(self, path: str) -> str:
        return f"<{self.base}/qb/{path}>"

    def observation(self, item: str, suffix: str = "") -> str:
        slug = node_id(item)
        if not _SAFE.fullmatch(slug):
            slug = quote(slug, safe="/-._~")
        return self.own(f"observation/{slug}{suffix}")

    def kind(self, kind: str) -> str:
        return self.own(f"code/money-kind/{kind}")

    def unit_of_measure(self, written: str) -> str:
        slug = "CNY" if written == "元" else quote(written, safe="")
        concept = self.own(f"code/unit-of-measure/{slug}")
        self.units[concept] = written
        return concept

    def keep(self, *items: Term | None) -> bool:
        """In the selection: the whole graph, or one of ``items`` is a chosen node."""
        return self.chosen is None or any(i is not None and i.value in self.chosen for i in items)

    def _stated(self, values: dict, citations, basis, provenance, rule, written) -> dict:
        """The attributes every observation has: basis, provenance, citations, wording."""
        values["basis"] = [str(basis) if basis is not None else "govkg:Stated"]
        values["provenance"] = [ttl.text(provenance.value if provenance else "curated")]
        values["citation"] = sorted(citations)
        values["asWritten"] = ttl.opt(written)
        values["extractionRule"] = ttl.opt(rule)
        return values

    def lines(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        derived: dict[str, list[str]] = defaultdict(list)
        for line, other in select(self.kg, DERIVED):
            derived[line.value].append(self.observation(other.value))
        rows = list(select(self.kg, LINES))
        self.parents = {row[0].value: row[-1].value for row in reversed(rows) if row[-1]}
        self.all_lines = {row[0].value for row in rows}
        found, left_out, seen, cny = [], [], set(), self.unit_of_measure("元")
        for row in rows:
            line, document, year, unit, amount, basis, method, written = row[:8]
            budget, budget_written, provenance, rule, _ = row[8:]
            if line.value in seen or not self.keep(line, document):
                continue
            seen.add(line.value)
            why = _lacking(
                ("no fiscal year", ttl.year(year)),
                ("no spending unit named", unit),
                ("no report", document),
                ("no amount", ttl.decimal(amount)),
                ("no citation", citations.get(line.value)),
            )
            if why:
                left_out.append((str(line), f"funding lines with {why}"))
                continue
            self.coded.add(line.value)
            self.named.update((unit.value, document.value, line.value))
            values = {
                "unit": [str(unit)],
                "year": [ttl.year(year)],
                "document": [str(document)],
                "fundingLine": [str(line)],
                "moneyKind": [self.kind("spending")],
                "amount": [ttl.yuan(ttl.decimal(amount))],
                UNIT_MEASURE: [cny],
            }
            self._stated(values, citations[line.value], basis, provenance, rule, written)
            values["method"] = ttl.opt(method)
            values["derivedFrom"] = sorted(derived.get(line.value, ()))
            found.append((self.observation(line.value), values))
            if ttl.decimal(budget) is not None:  # stated beside the amount: its own observation
                found.append(
                    (
                        self.observation(line.value, "/budget"),
                        {
                            **values,
                            "moneyKind": [self.kind("budget")],
                            "amount": [ttl.yuan(ttl.decimal(budget))],
                            "basis": ["govkg:Stated"],
                            "method": [],
                            "derivedFrom": [],
                            "asWritten": ttl.opt(budget_written),
                        },
                    )
                )
        return found, left_out

    def figures(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        found, left_out, seen, cny = [], [], set(), self.unit_of_measure("元")
        for row in select(self.kg, FIGURES):
            figure, document, year, unit, amount, basis, kind, written = row[:8]
            read, reason, line, rate, provenance, rule = row[8:]
            if figure.value in seen or not self.keep(document, line):
                continue
            seen.add(figure.value)
            why = _lacking(
                ("no fiscal year stated", ttl.year(year)),
                ("a report that names no issuing unit", unit),
                ("no amount", ttl.decimal(amount)),
                ("no citation", citations.get(figure.value)),
            )
            if why:
                left_out.append((str(figure), f"money figures with {why}"))
                continue
            self.named.update(t.value for t in (unit, document, figure, line) if t is not None)
            code = kind.value if kind is not None and kind.value in MONEY_KINDS else "other"
            values = {
                "unit": [str(unit)],
                "year": [ttl.year(year)],
                "document": [str(document)],
                "moneyFigure": [str(figure)],
                "moneyKind": [self.kind(code)],
                "amount": [ttl.yuan(ttl.decimal(amount))],
                UNIT_MEASURE: [cny],
            }
            self._stated(values, citations[figure.value], basis, provenance, rule, written)
            values["read"] = ["false" if read is not None and read.value == "false" else "true"]
            values["unreadReason"] = ttl.opt(reason)
            values["figureOf"] = ttl.opt(line)
            values["changeRate"] = [n for n in (ttl.number(rate),) if n]
            found.append((self.observation(figure.value), values))
        return found, left_out

    def indicators(self, citations: dict[str, list[str]]) -> tuple[list, list]:
        found, left_out, seen = [], [], set()
        for row in select(self.kg, INDICATORS):
            indicator, document, year, unit, value, subject, measure = row[:7]
            approximate, written, provenance, rule = row[7:]
            if indicator.value in seen or not self.keep(indicator, document):
                continue
            seen.add(indicator.value)
            why = _lacking(
                ("a value in words, not a number", ttl.number(value)),
                ("no fiscal year", ttl.year(year)),
                ("no report", document),
                ("a report that names no issuing unit", unit),
                ("no subject", subject),
                ("no citation", citations.get(indicator.value)),
            )
            if why:
                left_out.append((str(indicator), f"indicators with {why}"))
                continue
            self.named.update((unit.value, document.value, indicator.value, subject.value))
            values = {
                "unit": [str(unit)],
                "year": [ttl.year(year)],
                "document": [str(document)],
                "indicator": [str(indicator)],
                "value": [ttl.number(value)],
                UNIT_MEASURE: [self.unit_of_measure(measure.value)] if measure else [],
                "subject": [str(subject)],
            }
            self._stated(values, citations[indicator.value], None, provenance, rule, written)
            values["approximate"] = ttl.opt(approximate)
            found.append((self.observation(indicator.value), values))
        return found, left_out
