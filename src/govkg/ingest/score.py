"""Score an extracted draft against a curated seed of the same report: precision and recall.

Facts are compared by what they state, not by id: an expenditure line by its year and
exact amount in yuan; a share by amount and percent; an indicator by value, measure word
and where it stands in the text (inside the curated citation); a unit or platform by any
of its names, after the normalisation ``resolve`` documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from govkg.core.records import Indicator, Seed
from govkg.ingest.resolve import normalise

__all__ = ["Score", "score", "score_facts"]

STAFFING = ("编制", "实有", "在编", "聘用", "在职", "退休")


@dataclass(frozen=True)
class Score:
    kind: str
    extracted: int
    curated: int
    true_positives: int  # extracted facts that match a curated one
    found: int  # curated facts matched by an extracted one
    missed: tuple[str, ...]
    wrong: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.curated if self.curated else 1.0


def _compare(kind, extracted: list, curated: list, same: Callable, show: Callable) -> Score:
    hits = [any(same(e, c) for c in curated) for e in extracted]
    found = [any(same(e, c) for e in extracted) for c in curated]
    return Score(
        kind=kind,
        extracted=len(extracted),
        curated=len(curated),
        true_positives=sum(hits),
        found=sum(found),
        missed=tuple(show(c) for c, ok in zip(curated, found, strict=True) if not ok),
        wrong=tuple(show(e) for e, ok in zip(extracted, hits, strict=True) if not ok),
    )


def _names(seed: Seed, kind: str) -> list[tuple[str, ...]]:
    """Each named entity of ``kind`` as the tuple of its names, with mentions' names."""
    extra: dict[str, list[str]] = {}
    for mention in getattr(seed, "mentions", ()):
        extra.setdefault(mention.entity, []).append(mention.name)
    return [
        (e.name, *e.aliases, *extra.get(e.id, ()))
        for e in seed.entities
        if e.record_type == kind and not e.unnamed and e.category != "section"
    ]


def _same_names(a: Iterable[str], b: Iterable[str], kind: str) -> bool:
    left = {normalise(n, kind) for n in a}
    return any(normalise(n, kind) in left for n in b)


def _is_staffing(indicator: Indicator) -> bool:
    return indicator.unit == "人" and indicator.name.lstrip("行政事业参公工勤").startswith(STAFFING)


def _same_indicator(e: Indicator, c: Indicator) -> bool:
    if e.value != c.value or e.unit != c.unit:
        return False
    figure = e.sources[0].start + e.sources[0].quote.find(e.as_written or "")
    return any(cite.start <= figure < cite.end for cite in c.sources)


def score(draft: Seed, curated: Seed) -> list[Score]:
    """Precision and recall of ``draft`` against ``curated``, per kind of fact."""
    stated_e = [f for f in draft.funding_lines if f.amount is not None]
    stated_c = [f for f in curated.funding_lines if f.amount is not None]
    shares_e = [f for f in stated_e if f.stated_share is not None]
    shares_c = [f for f in stated_c if f.stated_share is not None]
    staff_e = [i for i in draft.indicators if _is_staffing(i)]
    staff_c = [i for i in curated.indicators if _is_staffing(i)]
    show_line = lambda f: f"{f.name} {f.amount}"  # noqa: E731
    return [
        _compare(
            "expenditure lines and amounts",
            stated_e,
            stated_c,
            lambda e, c: (e.year, e.amount) == (c.year, c.amount),
            show_line,
        ),
        _compare(
            "shares",
            shares_e,
            shares_c,
            lambda e, c: (e.amount, e.stated_share) == (c.amount, c.stated_share),
            lambda f: f"{f.name} {f.stated_share}%",
        ),
        _compare(
            "staffing",
            staff_e,
            staff_c,
            lambda e, c: e.name[:2] == c.name[:2] and e.value == c.value,
            lambda i: f"{i.name} {i.as_written}",
        ),
        _compare(
            "indicators",
            list(draft.indicators),
            list(curated.indicators),
            _same_indicator,
            lambda i: f"{i.name} {i.as_written}",
        ),
        *(
            _compare(
                label,
                _names(draft, kind),
                _names(curated, kind),
                lambda e, c, kind=kind: _same_names(e, c, kind),
                lambda names: names[0],
            )
            for label, kind in (("named units", "unit"), ("named platforms", "platform"))
        ),
    ]


def _stated_names(seed: Seed, kind: str) -> list[tuple[str, ...]]:
    return _names(seed, kind) + [
        (e.name, *e.aliases)
        for e in seed.entities
        if e.record_type == kind and e.category == "section"
    ]


def score_facts(draft: Seed, facts: dict) -> list[Score]:
    """Precision and recall of ``draft`` against a list of stated facts (an .expected.yaml).

    The list is what a reader wrote down: amounts in yuan, shares, staffing, sections,
    platforms and units by name as written, indicators by the figure as written.
    """
    stated = [f for f in draft.funding_lines if f.amount is not None and f.as_written != "无"]
    lines = facts.get("expenditure") or []
    shares = [x for x in lines if x.get("share")]
    staff = facts.get("staffing") or {}
    staffing = [i for i in draft.indicators if _is_staffing(i)]
    named = [facts.get("unit"), *(facts.get("units") or []), *(facts.get("sections") or [])]
    units = [(n,) for n in named if n]
    platforms = [(n,) for n in facts.get("platforms") or []]
    written = [x["as_written"] for x in facts.get("indicators") or []]
    measured = [i for i in draft.indicators if i.rule == "indicator"]
    return [
        _compare(
            "expenditure lines and amounts",
            stated,
            lines,
            lambda e, x: e.amount == Decimal(x["yuan"]),
            lambda x: getattr(x, "as_written", None) or x["as_written"],
        ),
        _compare(
            "shares",
            [f for f in stated if f.stated_share is not None],
            shares,
            lambda e, x: (e.amount, e.stated_share) == (Decimal(x["yuan"]), Decimal(x["share"])),
            lambda x: f"{getattr(x, 'name', None) or x['name']}",
        ),
        _compare(
            "staffing",
            staffing,
            list(staff.items()),
            lambda e, x: e.name.lstrip("行政事业参公工勤")[:2] == x[0] and e.value == x[1],
            lambda x: f"{x}",
        ),
        _compare(
            "indicators",
            measured,
            written,
            lambda e, x: e.as_written == x or x in e.as_written,
            lambda x: getattr(x, "as_written", x),
        ),
        _compare(
            "named units",
            list(_stated_names(draft, "unit")),
            units,
            lambda e, c: _same_names(e, (_bare(c[0]),), "unit"),
            lambda names: names[0],
        ),
        _compare(
            "named platforms",
            _names(draft, "platform"),
            platforms,
            lambda e, c: _same_names(e, (_bare(c[0]),), "platform"),
            lambda names: names[0],
        ),
    ]


def _bare(name: str) -> str:
    """“湘易办” / "湘易办"APP as written -> the name inside the quotes."""
    quoted = re.search(r"[“\"]([^”\"]+)[”\"]", name)
    return quoted.group(1) if quoted else name
