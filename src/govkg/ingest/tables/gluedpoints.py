"""An indicator row's points cell glued to its target, cut where the row's bounds prove the cut.

``gluedcells`` lists unread a figure a form glued from its 分值 cell and its 年度指标值 cell
(成本指标(10分)办公所需成本415万元15万元4: 4 | 15万元 | 15万元 | 4, or 41 | 5万元?). The form
itself bounds the points: the row's 分值 is no more than the points of the indicator group
it stands under (the nearest ``(10分)`` before it; 100, a form's whole score, with none) and
no less than the 得分 written after its actual. Where the header puts the 分值 column right
before the 指标值 (分值 年度指标值 全年实际值 得分), so that the glued run must hold both, and
exactly one cut of the run leaves a whole number of points within those bounds and an amount
equal to the actual right after it (the same amount again), the run is cut there: its tail is
the target (PLANNED), and the actual after it is read in its column, SPENDING where the row
names a cost (``costcells``), else OTHER. Any other cut possible (41 | 5 under a group of 50
points) leaves both as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.costcells import COST
from govkg.ingest.tables.gluedcells import REASON
from govkg.ingest.text.numbers import number_value, yuan
from govkg.ingest.text.simplified import simplified

__all__ = ["cut_points"]

_GLUED = REASON.split("(", 1)[0]
_HEADER = re.compile(r"分值?(?:年度)?指标值[^。]{0,8}?实际(?:完成)?值[^。]{0,6}?得分")
_GROUP = re.compile(r"[(（](?P<points>\d{1,3})分[)）]")
_SCORE = re.compile(r"\s*(?P<score>\d+(?:\.\d+)?)(?![\d.]*\s*[%万萬亿億元])")
_LABEL = re.compile(r"[\u4e00-\u9fff()（）、]{2,24}$")
_AMOUNT = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
HEADER_REACH = 1500  # characters before the row in which the indicator header stands
FORM_POINTS = 100


def cut_points(source: str, found: Iterable[MoneyFound]) -> list[MoneyFound]:
    """``found`` with each glued target the form's bounds prove cut, and its actual read."""
    out = list(found)
    text = simplified(source)
    for at in range(len(out) - 1):
        glued, actual = out[at], out[at + 1]
        if glued.kind is not None or not (glued.reason or "").startswith(_GLUED):
            continue
        cut = _cut(text, glued, actual)
        if cut is None:
            continue
        points, label = cut
        target = glued.figure[len(points) :]
        out[at] = replace(
            glued,
            figure=target,
            as_written=glued.as_written[len(points) :],
            amount=yuan(target, glued.unit),
            kind="PLANNED",
            label=f"{label} 年度指标值",
            reason=None,
        )
        out[at + 1] = replace(
            actual,
            kind="SPENDING" if COST.search(label) else "OTHER",
            label=f"{label} 实际值",
            reason=None,
        )
    return out


def _cut(text: str, glued: MoneyFound, actual: MoneyFound) -> tuple[str, str] | None:
    """(points, row label) of the one cut the bounds allow, or None."""
    end = glued.cites[0].end
    start = end - len(glued.as_written)
    after = actual.cites[0].end - len(actual.as_written)
    if not glued.as_written.startswith(glued.figure) or text[end:after].strip():
        return None
    if actual.unit != glued.unit or number_value(actual.figure) != number_value(
        glued.figure[-len(actual.figure) :]
    ):
        return None
    score = _SCORE.match(text, actual.cites[0].end)
    header = list(_HEADER.finditer(text, max(0, start - HEADER_REACH), start))
    label = _LABEL.search(text, max(0, start - 24), start)
    if score is None or not header or label is None:
        return None
    groups = list(_GROUP.finditer(text, header[-1].end(), start))
    most = int(groups[-1]["points"]) if groups else FORM_POINTS
    least = number_value(score["score"])
    cuts = [
        cut
        for cut in range(1, len(glued.figure))
        if glued.figure[:cut].isdigit()
        and not glued.figure.startswith("0")
        and least <= int(glued.figure[:cut]) <= most
        and _AMOUNT.fullmatch(glued.figure[cut:])
    ]
    if len(cuts) != 1 or glued.figure[cuts[0] :] != actual.figure:
        return None
    words = re.sub(r"^.*[)）]", "", label.group()) or label.group()
    return glued.figure[: cuts[0]], words
