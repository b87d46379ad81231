"""Every funding line of a graph in one Oxigraph query, for the checks that read them all.

Findings read every line when a server warms up; record by record that is one pattern and a
dozen rdflib terms per line (1.5 s for 7,112 lines at 10^6 triples), in one SELECT it is
0.15 s. The records are exactly those ``Catalog`` reads one at a time: a line the query
cannot give unambiguously (a property stated twice, a second kind, another base) is left
out here and read one at a time as before.
"""

from __future__ import annotations

from decimal import Decimal

import pyoxigraph as ox

from govkg.core.money import FEN
from govkg.graph.catalog_records import Line
from govkg.graph.catalog_terms import (
    BASIS_OF,
    CLASS_OF_KIND,
    KIND_OF_CLASS,
    decimal_of_lexical,
    id_shaped,
    node_id,
)
from govkg.graph.ontology import GOVKG, SCHEMA
from govkg.graph.oxreads import GraphReads, OxReads

__all__ = ["lines_in_bulk", "read_lines"]

_FIELDS = (
    "value",
    "basis",
    "method",
    "share",
    "parent",
    "document",
    "year",
    "unit",
    "category",
    "written",
    "budget",
    "budget_written",
    "share_of",
)
_OTHER_KINDS = ", ".join(f"<{cls}>" for cls in KIND_OF_CLASS if cls != GOVKG.FundingLine)
_QUERY = f"""
SELECT ?line ?{" ?".join(_FIELDS)} (COUNT(*) AS ?rows) WHERE {{
  ?line a <{CLASS_OF_KIND["funding-line"]}> .
  FILTER NOT EXISTS {{ ?line a ?other . FILTER(?other IN ({_OTHER_KINDS})) }}
  OPTIONAL {{ ?line <{SCHEMA.amount}> ?money .
             OPTIONAL {{ ?money <{SCHEMA.value}> ?value }}
             OPTIONAL {{ ?money <{GOVKG.basis}> ?basis }}
             OPTIONAL {{ ?money <{GOVKG.method}> ?method }} }}
  OPTIONAL {{ ?line <{GOVKG.statedShare}> ?share }}
  OPTIONAL {{ ?line <{GOVKG.parentLine}> ?parent }}
  OPTIONAL {{ ?line <{GOVKG.reportedIn}> ?document }}
  OPTIONAL {{ ?line <{GOVKG.fiscalYear}> ?year }}
  OPTIONAL {{ ?line <{GOVKG.spendingUnit}> ?unit }}
  OPTIONAL {{ ?line <{GOVKG.lineCategory}> ?category }}
  OPTIONAL {{ ?line <{GOVKG.asWritten}> ?written }}
  OPTIONAL {{ ?line <{GOVKG.budget}> ?held . OPTIONAL {{ ?held <{SCHEMA.value}> ?budget }} }}
  OPTIONAL {{ ?line <{GOVKG.budgetAsWritten}> ?budget_written }}
  OPTIONAL {{ ?line <{GOVKG.shareOf}> ?share_of }}
}} GROUP BY ?line ?{" ?".join(_FIELDS)}
"""
_BASIS = {str(cls): name for cls, name in BASIS_OF.items()}


def lines_in_bulk(reads: GraphReads, base: str) -> dict[str, Line]:
    """Every line read in one query where the graph is on Oxigraph; none elsewhere (a
    remote store's lines are read one at a time, as before)."""
    return read_lines(reads.store, base) if isinstance(reads, OxReads) else {}


def read_lines(store: ox.Store, base: str) -> dict[str, Line]:
    """Lines by id whose IRI is ``base``/id/<id>, read as ``Catalog._line`` reads them."""
    found: dict[str, Line] = {}
    seen: set[str] = set()
    prefix = f"{base}/id/"
    for row in store.query(_QUERY):
        iri, *values, rows = row  # in the order of the SELECT
        if type(iri) is not ox.NamedNode or not iri.value.startswith(prefix):
            continue
        nid = node_id(iri.value)
        if not id_shaped(nid):
            continue
        if nid in seen or rows.value != "1":  # a property held twice: read one by one
            found.pop(nid, None)
            seen.add(nid)
            continue
        seen.add(nid)
        found[nid] = _line(nid, *values)
    return found


def _line(nid, value, basis, method, share, parent, document, year, unit, category,
          written, budget, budget_written, share_of) -> Line:  # fmt: skip
    amount, budget = _decimal(value), _decimal(budget)
    return Line(
        id=nid,
        amount=(amount if amount is not None else Decimal(0)).quantize(FEN),
        basis=_BASIS.get(basis.value, "STATED") if type(basis) is ox.NamedNode else "STATED",
        method=_text(method),
        stated_share=_decimal(share),
        parent=_ref(parent),
        document=_ref(document),
        year=_int(year),
        unit=_ref(unit),
        category=_text(category),
        as_written=_text(written),
        budget=budget.quantize(FEN) if budget is not None else None,
        budget_as_written=_text(budget_written),
        share_of=_ref(share_of),
    )


def _text(term) -> str | None:
    return None if term is None else term.value


def _ref(term) -> str | None:
    return None if term is None else node_id(term.value)


def _int(term) -> int | None:
    try:
        return None if term is None else int(term.value)
    except ValueError:
        return None


def _decimal(term) -> Decimal | None:
    return decimal_of_lexical(term.value) if type(term) is ox.Literal else None
