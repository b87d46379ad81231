"""A whole the report cuts two ways keeps one cut of parts under it.

A report states one whole more than once: by economic class (基本支出 / 项目支出) and by
function (教育支出(类) …), the appropriation's side (财政拨款支出) beside the classes, a part
again under another name (基本支出为教育事业支出), or a fee given as the reason for a rise
beside the classes that hold it. The tree (``linetree``) hangs each line under the line the
text last turned to, so two cuts of one whole can hang under one line and count its money
twice: their parts add up to more than it (704, 948, 1065, 1293, 1297, 1298). There the
parts are taken cut by cut: the lines naming a function class are one cut, the first
基本支出 and 项目支出 another (wherever stated: 一、基本支出… 二、项目支出…), any other line
one with the other lines of its sentence; one cut alone past its line is the report's own
inconsistency (a finding, as the bundled fixtures declare), left as it is, unless it is
function classes alone; a cut adding up to the line exactly first, then
one holding a basic or project head, then in text order. A cut that would take the parts
past the line is no part of it: it hangs under the line above where it fits beside what that
holds (经营支出 placed under 项目支出 by the context, the third part of the whole), else under
nothing, a top-level line of its year. A share said of no line stays of the line it hung
under where the cut fits in that line alone (the whole again, cut another way); a cut larger
than it alone is no cut of it. A line the text places (``under``) stays. Lines, amounts and
kinds stay; only the tree changes (``linetree`` gives a line moved from under 项目支出 back
the category it was read with, and a whole now short of its kept parts its remainder).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Line
from govkg.ingest.lines.classnesting import class_level
from govkg.ingest.lines.rounding import within_rounding

__all__ = ["one_cut_of_each_whole"]

_HEADS = ("基本支出", "项目支出")
"""The economic classes' heads, one cut of their whole wherever the text states them (一、基本
支出…。二、项目支出…: two sentences, one cut; a stated sum they overrun is an inconsistency)."""


def one_cut_of_each_whole(lines: list[Line], text: str) -> list[Line]:
    """``lines`` with each stated line's parts past it (the rule above) hung elsewhere."""
    placed = {line.key: line for line in lines}
    over = _overrun(lines)
    for key in over:
        whole, amount = placed[key], over[key]
        parts = _parts_of(placed, key)
        held = _sum(part for part in parts if part.under)
        cuts = _cuts([part for part in parts if not part.under], text, amount)
        if len([cut for cut in cuts if _sum(cut)]) < 2 and not _classes_only(cuts):
            continue  # one cut past its line: the report's own inconsistency, found as such
        for cut in cuts:
            if held + _sum(cut) <= amount or not _sum(cut):
                held += _sum(cut)
                continue
            above = placed.get(whole.parent or "")
            if above is None or not _fits(cut, above, _parts_of(placed, above.key)):
                above = None
            of_it = within_rounding(whole, cut)  # the whole again: its shares still of it
            for part in cut:
                placed[part.key] = _moved(part, whole, above, of_it)
    return [placed[line.key] for line in lines]


def _overrun(lines: list[Line]) -> dict[str, Decimal]:
    """The stated lines whose stated parts add up to more than them, key to amount, each
    after the lines above it (a head's cut may go up to its total, its own cuts settled)."""
    by_key = {line.key: line for line in lines}
    held: dict[str, Decimal] = {}
    for line in lines:
        if line.parent in by_key and line.amount is not None:
            held[line.parent] = held.get(line.parent, Decimal(0)) + line.amount
    over = {
        key: whole
        for key, parts in held.items()
        if (whole := by_key[key].amount) is not None and not by_key[key].derived and parts > whole
    }

    def depth(key: str) -> int:
        seen: set[str] = set()
        at = by_key[key].parent
        while at in by_key and at not in seen:
            seen.add(at)
            at = by_key[at].parent
        return len(seen)

    return {key: over[key] for key in sorted(over, key=depth)}


def _classes_only(cuts: list[list[Line]]) -> bool:
    """Function classes (…(类)) alone under a line they overrun: the whole's cut by function
    hung under one of its own parts (1297's classes under 项目支出), not an inconsistency."""
    return all(class_level(part.name) is not None for cut in cuts for part in cut)


def _parts_of(placed: dict[str, Line], key: str) -> list[Line]:
    return [line for line in placed.values() if line.parent == key and line.amount is not None]


def _sum(lines: Iterable[Line]) -> Decimal:
    return sum((line.amount for line in lines if line.amount is not None), Decimal(0))


def _fits(cut: list[Line], above: Line, holds: list[Line]) -> bool:
    return (
        above.amount is not None and not above.derived and _sum(holds) + _sum(cut) <= above.amount
    )


def _cuts(parts: list[Line], text: str, whole: Decimal) -> list[list[Line]]:
    """The parts by cut, in the order they are taken (the rule above)."""
    classes = [part for part in parts if class_level(part.name) is not None]
    firsts = {name: next((p for p in parts if p.name == name), None) for name in _HEADS}
    heads = [p for p in firsts.values() if p is not None and p.category in ("basic", "project")]
    by_sentence: dict[int, list[Line]] = {}
    for part in parts:
        if class_level(part.name) is None and part not in heads:
            at = part.cites[0].start
            opens = max(text.rfind("。", 0, at), text.rfind("\n", 0, at))
            by_sentence.setdefault(opens, []).append(part)
    cuts = ([classes] if classes else []) + ([heads] if heads else []) + list(by_sentence.values())
    return sorted(
        cuts,
        key=lambda cut: (
            _sum(cut) != whole,
            not any(part.category in ("basic", "project") for part in cut),
            min(part.cites[0].start for part in cut),
        ),
    )


def _moved(part: Line, whole: Line, above: Line | None, of_it: bool) -> Line:
    share_of = part.share_of
    if share_of is None and part.share is not None and above is None and of_it:
        share_of = whole.key
    if above is not None and share_of == above.key:
        share_of = None  # a share of the new parent is said by the parent
    return replace(part, parent=above.key if above is not None else None, share_of=share_of)
