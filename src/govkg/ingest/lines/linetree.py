"""The tree of a report's expenditure lines: keys, parents and derived lines.

A line hangs under the category the text last turned to (every place it states basic or
project spending, repeats too); a later passage is not hung under a parent whose stated
parts already add up to it; the report's year gets a DERIVED total when it states none; and
a stated total its stated parts fall short of gets a DERIVED remainder; a line larger than
the basic or project spending it would hang under hangs under the total instead; and once the
lines of money not spent are left out (``unspent``), of two cuts of one whole hung under one
line only one stays (``twocuts``). Separate from the reading of the lines (spending.py): these
rules see only lines, and twocuts which sentence each is in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import Cite, Line
from govkg.ingest.lines.childless import without_childless_sums
from govkg.ingest.lines.classnesting import nested_classes
from govkg.ingest.lines.revenuelines import unhung_from_spending
from govkg.ingest.lines.rounding import unhung_within_rounding
from govkg.ingest.lines.twocuts import one_cut_of_each_whole
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import ITEM_NAMES

__all__ = ["with_one_cut_of_each_whole", "with_tree"]

_OTHERS = re.compile(r"还有其他[^，。；]{0,8}支出|其他[^，。；]{0,6}支出")


def with_tree(lines: list[Line], view: TextView, year: int, title: Cite) -> list[Line]:
    """Keys, parents and derived lines, year by year, in the order the text states them."""
    counts: dict[str, int] = {}  # no base ends in -<n>, so counting never meets another's key

    def key_for(line: Line) -> str:
        base = f"{line.year}-{line.category}"
        counts[base] = counts.get(base, 0) + 1
        return base if counts[base] == 1 else f"{base}-{counts[base]}"

    ordered = sorted(lines, key=lambda line: line.cites[0].start)
    keyed = [replace(line, key=key_for(line)) for line in ordered]
    out: list[Line] = []
    for each_year in sorted({line.year for line in keyed}):
        of_year = [line for line in keyed if line.year == each_year]
        out += _tree_of_year(of_year, each_year, title if each_year == year else None)
    out = unhung_from_spending(out, view.source)  # 财政拨款 of a revenue section: received
    out = without_childless_sums(_without_restatements(out, view.text))  # (childless)
    return out + list(_remainders(out, view))


def with_one_cut_of_each_whole(lines: list[Line], view: TextView) -> list[Line]:
    """The tree (``with_tree``, once ``unspent`` left out the lines of money not spent) with
    one cut of each whole under it (``twocuts``). A line moved from under 项目支出 takes back
    the category it was read with (its key names it, ``key_for``: 2016-other-3), and a whole
    its kept parts now fall short of has its DERIVED remainder anew."""
    moved = one_cut_of_each_whole(lines, view.source)
    was = {line.key: line.parent for line in lines}
    changed = {line.key for line in moved if line.parent != was[line.key]}
    if not changed:
        return lines
    wholes = {was[key] for key in changed} | {line.parent for line in moved if line.key in changed}
    project = {line.key for line in moved if line.category == "project"}
    out = [
        replace(line, category=line.key.split("-")[1])
        if line.key in changed and line.parent not in project
        else line
        for line in moved
        if not (line.derived == "remainder" and line.parent in wholes)
    ]
    return out + [line for line in _remainders(out, view) if line.parent in wholes]


def _tree_of_year(lines: list[Line], year: int, title: Cite | None) -> list[Line]:
    """Parents within one year. The report's own year gets a DERIVED total when it states
    none; another year's columns (2022 beside 2023) hang under their own stated total."""
    first: dict[str, Line] = {}
    for line in lines:
        first.setdefault(line.category, line)
    out: list[Line] = []
    total = first.get("total")
    if total is None and title is not None:
        total = Line(
            rule="spending-sum",
            cites=(title,),
            key=f"{year}-total",
            name=f"{year}年度支出合计",
            category="total",
            year=year,
            amount=None,
            derived="sum",
        )
        out.append(total)
    project, basic = first.get("project"), first.get("basic")
    total_key = total.key if total is not None else None
    named: dict[str, str] = {}  # the first line of each name: what a group's items hang under
    for line in lines:
        named.setdefault(line.name, line.key)
    # where the text turns to basic or project spending: every place it states one, repeats
    # too ("1.基本支出…，其中：…" after "…基本支出…，项目支出…" is a basic list)
    heads = sorted(
        (cite.start, line.category)
        for line in lines
        if line.category in ("basic", "project", "budget")
        for cite in line.cites
    )
    for line in lines:
        context = _context_at(heads, line.cites[0].start)
        if line is total or line.category == "total" or "三公" in line.name:
            parent = None  # a second stated total, or 三公经费 (it cuts across basic and project)
        elif line.under:
            parent = named.get(line.under)
        elif _THREE_PUBLIC_ITEM.search(line.name):
            parent = None  # a 三公 item, placed under no 三公经费: it cuts across as that does
        elif _restates(line, total):
            parent = None  # the whole again by another cut (…财政拨款支出…占本年支出合计的100%)
        elif line.category in ("basic", "project", "budget"):
            parent = total_key
        elif line.category in ("personnel", "public") and basic is not None:
            parent = basic.key
        elif project is not None and (line.share_of == "project" or context == "project"):
            parent = project.key
        elif basic is not None and (line.share_of == "basic" or context == "basic"):
            parent = basic.key
        else:
            parent = total_key
        head = {"basic": basic, "project": project}.get(_category_of(parent, basic, project))
        if head is not None and _larger(line, head):
            parent = total_key  # 财政拨款支出总计1870.91万元 after 项目支出1302.70万元: no part
        if parent is not None and parent == total_key and _larger(line, total):
            parent = None  # 支出总计766.75 beside 支出合计766.60: never more than its whole
        share_of = None
        if line.share_of and line.share is not None:
            target = {"total": total, "basic": basic, "project": project}.get(line.share_of)
            if target is not None and target.key not in (parent, line.key):
                share_of = target.key
        category = line.category
        if project is not None and parent == project.key and category == "other":
            category = "project"
        out.append(replace(line, parent=parent, share_of=share_of, category=category))
    out = nested_classes(out)  # 医疗卫生(类) 15.76万元, 包括医疗保障(款) 15.76万元: one inside
    out = unhung_within_rounding(out)  # 664.70 + 429.96 > 1094.65: rounding, no sum
    return _unhung_past_the_total(out, total)


def _unhung_past_the_total(lines: list[Line], total: Line | None) -> list[Line]:
    """Lines hung under a stated total only because no other head was found, whose amounts
    add up to more than it, are no parts of it (a district's 决算 states four budgets, each
    with its own 支出合计: fifth held-out trial): they hang under nothing. Lines the text
    places under it (``under``), totals within rounding (above), and a department's tree (a
    基本支出/项目支出 head or a share among them) stay."""
    if total is None or total.amount is None or total.derived:
        return lines
    hung = [x for x in lines if x.parent == total.key and not x.under and x.amount is not None]
    if any(x.category in ("basic", "project") or x.share is not None for x in hung):
        return lines  # a department's tree: its heads and shares are placed by the text
    if sum((x.amount for x in hung), Decimal(0)) <= total.amount:
        return lines
    ids = {id(x) for x in hung}
    return [replace(x, parent=None) if id(x) in ids else x for x in lines]


def _restates(line: Line, total: Line | None) -> bool:
    """A line stating the year's whole stated total again, not as its basic or project
    spending (a department's spending of fiscal appropriations, equal to all of it): the
    whole by another cut, no part beside the basic and project spending it would sum with."""
    return (
        total is not None
        and total.amount is not None
        and not total.derived
        and line.amount == total.amount
        and line.category not in ("basic", "project")
    )


def _category_of(key: str | None, basic: Line | None, project: Line | None) -> str | None:
    for name, line in (("basic", basic), ("project", project)):
        if line is not None and key == line.key:
            return name
    return None


_THREE_PUBLIC_ITEM = re.compile(ITEM_NAMES)
"""A 三公 item's name (因公出国(境)费, 公务用车购置及运行维护费, 公务接待费): like 三公经费,
a cut by the nature of spending across the basic and project spending, no part beside them."""


def _larger(line: Line, head: Line) -> bool:
    """A line stating more than the basic or project spending it would hang under is no
    part of it: a whole of another cut (the year's 财政拨款支出) stated after it."""
    return line.amount is not None and head.amount is not None and line.amount > head.amount


def _context_at(heads: list[tuple[int, str]], at: int) -> str | None:
    """The category of the last basic/project/budget statement before ``at``."""
    found = None
    for start, category in heads:
        if start >= at:
            break
        found = category
    return found


_PASSAGE_END = re.compile(r"[。\n]")


def _without_restatements(lines: list[Line], text: str) -> list[Line]:
    """Leave out of the tree the lines a later passage hangs under a parent whose stated parts
    already add up to it exactly (a project-by-project account after the breakdown, with other
    figures): under it they would count its money twice. Their amounts stay money figures of
    the report; only the tree does not claim them. Parts in the breakdown's own sentence
    stay (…，因公出国（境）费0万元 after the parts that make up the whole)."""
    children: dict[str, list[Line]] = {}
    for line in lines:
        if line.parent is not None:
            children.setdefault(line.parent, []).append(line)
    dropped: set[str] = set()
    for line in lines:
        if line.amount is None or line.key not in children:
            continue
        added, complete_at = Decimal(0), None
        for child in sorted(children[line.key], key=lambda c: c.cites[0].start):
            if complete_at is not None and child.cites[0].start > complete_at:
                if child.amount != 0:  # a stated zero (…：无) counts nothing twice
                    dropped.add(child.key)
            elif child.amount is not None:
                added += child.amount
                if added == line.amount:
                    found = _PASSAGE_END.search(text, child.cites[0].end)
                    complete_at = found.start() if found else len(text)
    while True:  # and whatever hangs under a line left out
        more = {line.key for line in lines if line.parent in dropped} - dropped
        if not more:
            break
        dropped |= more
    return [line for line in lines if line.key not in dropped]


def _remainders(lines: list[Line], view: TextView) -> Iterator[Line]:
    """A stated total minus its stated parts, when they fall short: DERIVED, never stated."""
    children_of: dict[str | None, list[Line]] = {}
    for line in lines:
        children_of.setdefault(line.parent, []).append(line)
    for parent in lines:
        if parent.amount is None:
            continue
        children = children_of.get(parent.key, [])
        stated = [line.amount for line in children if line.amount is not None]
        if not children or len(stated) != len(children) or sum(stated) >= parent.amount:
            continue
        name = "其他项目支出" if parent.category == "project" else f"{parent.name}其他部分"
        cites = parent.cites
        others = _OTHERS.search(view.source, parent.cites[0].end, parent.cites[0].end + 600)
        if others:
            cites = (*cites, Cite(others.group(), others.start(), others.end()))
        yield Line(
            rule="spending-remainder",
            cites=cites,
            key=f"{parent.key}-remainder",
            name=name,
            category=parent.category if parent.category == "project" else "other",
            year=parent.year,
            amount=None,
            derived="remainder",
            parent=parent.key,
        )
