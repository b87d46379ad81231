"""A function class's 款 hang under its 类, and a 项 under its 款.

A 决算 lists money by the functional classification, each level inside the one above it:

    (2)医疗卫生(类)15.76万元,…包括医疗保障(款)15.76万元。

The 款 is a part of the 类 stated just before it, not a sibling beside it under the year's
total (there both would count the same money twice). The level is the one the name closes
with: (类) / (款) / (项), bracketed, or 类级 / 款级 / 项级 said in words; an unbracketed 款
at a name's end (附属单位缴款, 工程款) names money, not a level. A part larger than its class,
or one past the point where the class's parts already add up to it, is no part of it and
keeps the place the tree gave it; so does a line the text places itself (``under``), and a
row naming its own chain (文化体育与传媒(类)文物(款)行政运行(项)), one of a table's siblings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Line

__all__ = ["class_level", "nested_classes"]

_LEVELS = "类款项"
_MARK = re.compile(r"[（(]\s*([类款项])\s*[）)]|([类款项])级")


def class_level(name: str) -> int | None:
    """0 for a 类, 1 for a 款, 2 for a 项 (the last level the name states), else None."""
    found = None
    for mark in _MARK.finditer(name):
        found = _LEVELS.index(mark.group(1) or mark.group(2))
    return found


def nested_classes(lines: list[Line]) -> list[Line]:
    """``lines`` (one year's, in text order) with each 款 under the 类 before it and each
    项 under the 款 before it, while the parts fit in it (the rule above)."""
    open_at: dict[int, Line] = {}  # the last line of each level, the class a lower level is in
    held: dict[str, Decimal] = {}  # what the parts hung under a class add up to so far
    out: list[Line] = []
    for line in lines:
        if line.category in ("total", "basic", "project"):
            open_at.clear()  # a new whole or head: the classes listed before it are closed
        level = class_level(line.name)
        if level is None or line.amount is None or len(_MARK.findall(line.name)) > 1:
            out.append(line)  # no class; or one naming its own chain (…(类)…(款)…(项))
            continue
        for deeper in [at for at in open_at if at >= level]:
            del open_at[deeper]  # a new class closes the one before and what was inside it
        owner = open_at.get(level - 1)
        if owner is not None and not line.under and _fits(line, owner, held):
            held[owner.key] = held.get(owner.key, Decimal(0)) + line.amount
            line = replace(line, parent=owner.key, share_of=_share_of(line, owner))
        open_at[level] = line
        out.append(line)
    return out


def _fits(line: Line, owner: Line, held: dict[str, Decimal]) -> bool:
    if owner.amount is None or line.amount is None:
        return False
    return held.get(owner.key, Decimal(0)) + line.amount <= owner.amount


def _share_of(line: Line, owner: Line) -> str | None:
    """A share of another line stays; one of the new parent is said by the parent."""
    return None if line.share_of == owner.key else line.share_of
