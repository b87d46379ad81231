"""The documented allocation rule: what part of a funding line each feed accounts for.

Rule (docs/contract.md): a funding line is split equally over what it funds; a funded project
passes its share on equally to the systems it delivers; a system's share is split equally
over the feeds into it. Splits are in whole fen and add up exactly: when an amount does not
divide evenly, the first shares (in id order) take one fen more. Every allocated figure
carries basis ALLOCATED and a method that states this rule with its numbers.

Allocations are computed for one platform at a time, from the lines that reach it, so the
cost of a question does not depend on the size of the graph.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.core.money import format_yuan, split_evenly
from govkg.graph.catalog import Catalog

__all__ = ["FEN_NOTE", "Allocation", "PlatformCosts", "allocate_platform"]

FEN_NOTE = (
    " Shares are in whole fen; where a split is uneven the first shares by id take one fen more."
)


@dataclass(frozen=True, kw_only=True)
class Allocation:
    """An amount attributed to one platform or feed from one funding line."""

    amount: Decimal
    basis: str
    method: str
    funding_line: str
    year: int | None = None


@dataclass(frozen=True, kw_only=True)
class PlatformCosts:
    """A platform's share of each line that reaches it, and each feed's share of those."""

    platform: list[Allocation]
    feeds: dict[str, list[Allocation]]


def _share(catalog: Catalog, source: str, link_type: str, target: str, amount: Decimal):
    """``target``'s equal share of ``amount`` among everything ``source`` links to."""
    targets = sorted(link.target for link in catalog.links_from(source, link_type))
    return split_evenly(amount, len(targets))[targets.index(target)], len(targets)


def allocate_platform(catalog: Catalog, platform: str) -> PlatformCosts:
    """Apply the rule for one platform: lines funding it directly or through a project."""
    routes: list[tuple[str, str | None]] = [
        (link.source, None) for link in catalog.links_to(platform, "funds")
    ]
    for delivery in catalog.links_to(platform, "delivers"):
        routes += [(f.source, delivery.source) for f in catalog.links_to(delivery.source, "funds")]
    routes = _most_specific(catalog, routes)
    shares: list[Allocation] = []
    for line_id, project in sorted(routes, key=lambda r: (r[0], r[1] or "")):
        line = catalog.lines.get(line_id)
        if line is None:
            continue
        basis = "stated" if line.basis == "STATED" else "derived"
        steps = [f"{catalog.nodes[line_id].name} {format_yuan(line.amount)} CNY ({basis})"]
        first = project or platform
        share, count = _share(catalog, line_id, "funds", first, line.amount)
        steps.append(
            f"÷ {count} item{'s' if count != 1 else ''} it funds → "
            f"{catalog.nodes[first].name} {format_yuan(share)}"
        )
        if project is not None:
            share, count = _share(catalog, project, "delivers", platform, share)
            steps.append(
                f"÷ {count} systems that project delivers → "
                f"{catalog.nodes[platform].name} {format_yuan(share)}"
            )
        shares.append(
            Allocation(
                amount=share,
                basis="ALLOCATED",
                funding_line=line_id,
                method=f"equal split: {' '.join(steps)} CNY.{FEN_NOTE}",
                year=line.year,
            )
        )
    into = sorted(catalog.links_to(platform, "feeds"), key=lambda link: link.id)
    feeds: dict[str, list[Allocation]] = {link.id: [] for link in into}
    for allocation in shares:
        head = allocation.method.removesuffix(f" CNY.{FEN_NOTE}")
        pieces = split_evenly(allocation.amount, len(into)) if into else []
        for link, piece in zip(into, pieces, strict=True):
            feeds[link.id].append(
                Allocation(
                    amount=piece,
                    basis="ALLOCATED",
                    funding_line=allocation.funding_line,
                    method=(
                        f"{head}; ÷ {len(into)} feeds into {catalog.nodes[platform].name} "
                        f"→ this feed {format_yuan(piece)} CNY.{FEN_NOTE}"
                    ),
                    year=allocation.year,
                )
            )
    return PlatformCosts(platform=shares, feeds=feeds)


def _most_specific(catalog: Catalog, routes: list[tuple[str, str | None]]):
    """Drop a line when one of its own sub-lines also reaches the platform: the sub-line's
    money is part of it, and counting both would count it twice."""
    lines = {line for line, _ in routes}
    covered = set()
    for line in lines:
        parent = catalog.lines[line].parent if line in catalog.lines else None
        seen = set()
        while parent and parent not in seen:
            seen.add(parent)
            covered.add(parent)
            parent = catalog.lines[parent].parent if parent in catalog.lines else None
    return [(line, project) for line, project in routes if line not in covered]
