"""A 三公 table's head cut over two cells by the page's line break, read as one (trial 64).

A 三公 budget table flattened one cell a line may print a narrow column's head on two lines
(trial 64's 1338, an industrial zone's 2024 一般公共预算“三公”经费支出预算表 under 单位:万元:
“三公”经费合计 / 因公出国(境)费 / 公务用车购置及运行费 / 公务 / 接待费 / 小计 / 公务用车购置费 /
公务用车运行费 / 328.7 / 10 / 78.7 / 43 / 35.7 / 240). Counted as two heads, 公务 and 接待费 gave
the nested grid seven columns over six figures, and all six were listed unread. Two head cells
in a row are one where together they hold a 三公 item's name (公务接待, 因公出国, 公务用车) that
neither holds alone: the name was cut, not two columns. Heads that each name an item or none
(小计 | 公务用车购置费) stay apart.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import ITEM_NAMES

__all__ = ["joined_heads"]

_ITEM = re.compile(ITEM_NAMES)


def joined_heads(heads: list[str]) -> list[str]:
    """``heads`` (blanks taken out) with each item's name cut over two cells joined (above)."""
    joined: list[str] = []
    for head in heads:
        if joined and _cut(joined[-1], head):
            joined[-1] += head
        else:
            joined.append(head)
    return joined


def _cut(first: str, second: str) -> bool:
    whole = len(_ITEM.findall(first + second))
    return whole > len(_ITEM.findall(first)) + len(_ITEM.findall(second))
