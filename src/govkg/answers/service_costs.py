"""What a feed or a platform costs, as the service answers it: the allocations of
``costs.py`` for a platform, made once per graph version, given as ``Cost`` (STATED or
ALLOCATED); a feed's cost is one fiscal year's, never years added together."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal

from govkg.answers.costs import Allocation, PlatformCosts, allocate_platform
from govkg.core.money import format_yuan
from govkg.graph.catalog import Catalog

__all__ = ["Cost", "CostAnswers"]


@dataclass(frozen=True, kw_only=True)
class Cost:
    """Money attributed to something, STATED by a source or ALLOCATED by the rule."""

    amount: Decimal
    basis: str
    method: str | None
    funding_line: str | None
    year: int | None = None


class CostAnswers:
    """The cost questions of ``Service``, which mixes them in and makes the state they keep."""

    catalog: Catalog
    _costs: dict[str, PlatformCosts]
    _lock: threading.Lock

    def _platform_costs(self, platform: str) -> PlatformCosts:
        found = self._costs.get(platform)
        if found is None:
            found = allocate_platform(self.catalog, platform)
            with self._lock:
                self._costs[platform] = found
        return found

    def feed_costs(self, link_id: str, year: int | None = None) -> list[Cost]:
        """One allocation per funding line that covers the feed's platform (of ``year``)."""
        link = self.catalog.links.get(link_id)
        if link is None or link.type != "feeds":
            return []
        found = self._platform_costs(link.target).feeds.get(link_id, [])
        return [_cost(a) for a in found if year is None or a.year == year]

    def feed_cost(self, link_id: str, year: int | None = None) -> Cost | None:
        """The cost of one feed in one fiscal year (``year``, else the latest year any line
        covers): one line's allocation, or the sum of that year's lines, or None. Years are
        never added together."""
        costs = self.feed_costs(link_id, year)
        years = {c.year for c in costs}
        if year is None and len(years) > 1:
            latest = max(y for y in years if y is not None) if years - {None} else None
            costs = [c for c in costs if c.year == latest]
        if len(costs) <= 1:
            return costs[0] if costs else None
        total = sum((c.amount for c in costs), Decimal(0))
        parts = " + ".join(f"{format_yuan(c.amount)} ({c.funding_line})" for c in costs)
        return Cost(
            amount=total,
            basis="ALLOCATED",
            funding_line=None,
            method=f"sum of {len(costs)} allocations of fiscal year {costs[0].year}: {parts} "
            f"= {format_yuan(total)} CNY",
            year=costs[0].year,
        )

    def platform_costs(self, nid: str) -> list[Cost]:
        node = self.catalog.nodes.get(nid)
        if node is None or node.kind != "platform":
            return []
        return [_cost(a) for a in self._platform_costs(nid).platform]


def _cost(allocation: Allocation) -> Cost:
    return Cost(
        amount=allocation.amount,
        basis=allocation.basis,
        method=allocation.method,
        funding_line=allocation.funding_line,
        year=allocation.year,
    )
