"""An amount right after 增加 / 减少 and a class of spending is that class's change: CHANGE.

A report explains a difference by the classes that made it (twenty-first trial):
支出合计比年初预算数多1408909.77元,…主要原因是增加基本支出841623.68元,增加项目支出
567286.09元. The verb comes before the class there, and the class's 支出 is the word
nearest the amount, so it read as money spent. 基本支出 / 项目支出 / 人员经费 … name what
changed (``classparts``: a class, not an act of spending); the amount is the change, as in
基本支出增加841623.68元 (the verb after the class), which is already read so. Only where the
words right before the amount are the verb and the class alone (主要原因是增加基本支出, 、减少
公用经费); 增加项目支出预算… or any word between reads as before.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.classparts import CLASSES

__all__ = ["class_change_kind"]

_CHANGED_CLASS = re.compile(rf"(?:增加|减少)了?(?:专项)?(?:{CLASSES})(?:为|了)?[\s：:]*$")
"""增加基本支出; 增加了专项项目支出 (fiftieth trial's 802: 收入较去年增加了110.58万元,主要原因是
增加了专项项目支出110.58万元: the 专项 names which 项目支出, the amount is still its change)."""


def class_change_kind(own: str, kind: str | None) -> str | None:
    """CHANGE for a SPENDING amount whose own words end in 增加/减少 + a class name."""
    if kind == "SPENDING" and _CHANGED_CLASS.search(own):
        return "CHANGE"
    return kind
