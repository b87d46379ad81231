"""The documented allocation rule: what part of a funding line each feed accounts for.

Rule (DESIGN.md): a funding line is split equally over what it funds; a funded project
passes its share on equally to the systems it delivers; a system's share is split equally
over the feeds into it. Splits are in whole fen and add up exactly: when an amount does not
divide evenly, the first shares (in id order) take one fen more. Every allocated figure
carries basis ALLOCATED and a method that states this rule with its numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.catalog import Catalog
from govkg.money import format_yuan, split_evenly

__all__ = ["Allocation", "Allocations", "allocate"]


@dataclass(frozen=True, kw_only=True)
class Allocation:
    """An amount attributed to one node or feed from one funding line."""

    amount: Decimal
    basis: str
    method: str
    funding_line: str


@dataclass(frozen=True, kw_only=True)
class Allocations:
    """Allocations by platform id and by feed (link) id, each a list (one per covering line)."""

    platforms: dict[str, list[Allocation]]
    feeds: dict[str, list[Allocation]]


def allocate(catalog: Catalog) -> Allocations:
    """Apply the rule to every funding line that funds something."""
    platforms: dict[str, list[Allocation]] = {}
    feeds: dict[str, list[Allocation]] = {}
    for line_id in sorted(catalog.lines):
        line, name = catalog.lines[line_id], catalog.nodes[line_id].name
        funded = sorted(link.target for link in catalog.links_from(line_id, "funds"))
        if not funded:
            continue
        basis_word = "stated" if line.basis == "STATED" else "derived"
        steps = [f"{name} {format_yuan(line.amount)} CNY ({basis_word})"]
        for target, share in zip(funded, split_evenly(line.amount, len(funded)), strict=True):
            target_node = catalog.nodes[target]
            at_target = [
                *steps,
                f"÷ {len(funded)} item{'s' if len(funded) != 1 else ''} it funds"
                f" → {target_node.name} {format_yuan(share)}",
            ]
            if target_node.kind == "project":
                delivered = sorted(link.target for link in catalog.links_from(target, "delivers"))
                if not delivered:
                    continue
                pieces = split_evenly(share, len(delivered))
                for system, piece in zip(delivered, pieces, strict=True):
                    _to_platform(
                        catalog,
                        line_id,
                        system,
                        piece,
                        [
                            *at_target,
                            f"÷ {len(delivered)} systems that project delivers → "
                            f"{catalog.nodes[system].name} {format_yuan(piece)}",
                        ],
                        platforms,
                        feeds,
                    )
            elif target_node.kind == "platform":
                _to_platform(catalog, line_id, target, share, at_target, platforms, feeds)
    return Allocations(platforms=platforms, feeds=feeds)


def _to_platform(catalog, line_id, platform, amount, steps, platforms, feeds) -> None:
    method = " ".join(steps)
    platforms.setdefault(platform, []).append(
        Allocation(
            amount=amount,
            basis="ALLOCATED",
            funding_line=line_id,
            method=f"equal split: {method} CNY." + _fen_note(),
        )
    )
    into = sorted(catalog.links_to(platform, "feeds"), key=lambda link: link.id)
    if not into:
        return
    for link, piece in zip(into, split_evenly(amount, len(into)), strict=True):
        feeds.setdefault(link.id, []).append(
            Allocation(
                amount=piece,
                basis="ALLOCATED",
                funding_line=line_id,
                method=(
                    f"equal split: {method}; ÷ {len(into)} feeds into "
                    f"{catalog.nodes[platform].name} → this feed {format_yuan(piece)} CNY."
                    + _fen_note()
                ),
            )
        )


FEN_NOTE = (
    " Shares are in whole fen; where a split is uneven the first shares by id take one fen more."
)


def _fen_note() -> str:
    return FEN_NOTE
