"""A cost indicator's actual, glued right after its target in a flattened indicator grid, is spent.

A 项目支出绩效自评表 OCR'd with no blank between its cells writes a cost indicator's row as its
label, the year's target and the actual one after the other (trial 50's 785):

    绩效指标一级指标二级指标三级指标年度指标值全年完成值未完成原因和改进措施
    …
    成本指标项目建设成本≤50万元47.68万元

The heads say the row's figures are the target (指标值) and then what was done (完成值); the
target is read as a target (≤50万元: ``boundtarget``), and the figure right after it, which no
word names, is the cost the work came to: SPENDING, as the corpus reads a cost indicator's
实际完成值 (8 of its 11, the others per-unit rates). ``tables.costcells`` reads such rows where
blanks part the cells and 分值 / 得分 follow; this form has neither.

Only an amount written with its unit, no kind read, right after another amount with its unit
(nothing but blanks between), on a line whose words before them name a cost (成本, 费, 资金,
支出, 预算, 投资) and no rate (每, 人均, 亩均, /), under a heads line (指标值 then 完成值 / 实际值)
within the lines above, every line between them short and no sentence. A row that names no
cost, a first figure, a rate's row, and rows under no such heads keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import MONEY, PINYIN

__all__ = ["cost_actual_kind"]

_HEADS = re.compile(r"指标值[^\n]{0,12}?(?:完成值|实际值|实际完成)")
_TARGET = re.compile(rf"(?:{MONEY.pattern})\s*$")
_COST = re.compile(r"成本|费|资金|支出|预算|投资")
_RATE = re.compile(r"每|人均|亩均|户均|/")
_PROSE = re.compile(r"[。；;，,]")
_LINES = 12  # lines at most between the heads and the row
_ROW_LENGTH = 80


def cost_actual_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """SPENDING for a cost indicator's actual right after its target (see above); else
    ``kind``."""
    if kind is not None or "元" not in text[start:end]:
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    before = PINYIN.sub("", text[line_start:start])
    target = _TARGET.search(before)
    if target is None or "元" not in target.group():
        return kind
    label = before[: target.start()]
    if not _COST.search(label) or _RATE.search(label) or re.search(r"\d", label):
        return kind
    at = line_start
    for _ in range(_LINES):
        if at <= 0:
            return kind
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above : at - 1]
        if _HEADS.search(line):
            return "SPENDING"
        if len(line) > _ROW_LENGTH or _PROSE.search(line):
            return kind
        at = above
    return kind
