"""A funding level alone is no unit (thirty-sixth trial).

A transfer's self-evaluation may be titled "某省某领域2023年度中央转移支付资金绩效自评报告":
the words between the year and the genre are then the level the money comes from (中央,
省级, 市级财政…), never the reporting body; central government did not write the report.
A title whose unit words are only such a level names no unit, so the body's publisher line
(来源:…) or signature names it instead. A name that merely starts with a level word
(中央民族大学, 省级机关事务管理局) is still a name.
"""

from __future__ import annotations

import re

__all__ = ["is_funding_level"]

_LEVEL = re.compile(
    r"(?:中央|(?:省|市|州|县|区|乡|镇)级|本级)(?:和(?:省|市|州|县|区)级)*(?:财政)?"
)


def is_funding_level(words: str) -> bool:
    """Whether ``words`` (spaces removed) are only a funding level: 中央, 省级, 中央财政,
    中央和省级."""
    return bool(_LEVEL.fullmatch(words))
