"""A 收支 named in a heading above an amount's line is the section's, not the amount's
(forty-eighth trial).

A 决算's section heading names both sides ("二、2017年收入支出决算总体情况说明"), and the line
under it states one side alone ("2017年度收入总计96159.74万元,其中:…"). The cleaned text joins
the two lines where the heading runs long and ends on no stop, and read as the amount's own
words the heading's 收入支出 made the figure both revenue and spending: a spending figure the
text never states. A 收支 stated together is the amount's only where it stands on the amount's
own line in the stored text, or where that line holds nothing but the figure (a label above
it: "收支总计\\n 500万元").
"""

from __future__ import annotations

from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["joint_above_line"]


def joint_above_line(
    view: TextView, own_start: int, start: int, joint_in: Callable[[str], bool]
) -> bool:
    """Whether the amount at cleaned ``start`` has words of its own on its stored line, none
    of them a 收支 stated together (``joint_in``), while its words from ``own_start`` reach
    back over a line break: the 收支 found in them stands above, in a heading."""
    if own_start >= start:
        return False
    first, last = view.origin[own_start], view.origin[start]
    before = simplified(view.source[first:last])
    cut = before.rfind("\n")
    if cut < 0:
        return False
    line = PINYIN.sub("", before[cut + 1 :])
    return bool(line.strip(" \t\u3000|")) and not joint_in(line)
