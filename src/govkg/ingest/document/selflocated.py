"""A unit's description that names it, then speaks as it: "增福镇卫生院位于增福镇福兴路16号,
…。我院开设门诊部和住院部" (twenty-fourth trial's 307, a health centre's 决算 with no title).

The 机构设置 or 基本情况 of a report describes the unit that files it: where it is (X位于…),
then, in the next sentence, what it has, in its own voice (我院, 本院, 我局, 本单位…). The
name before 位于 is the unit only where that voice is the same body's: the self-word's
organisation word is the name's (…卫生院 / 我院, …局 / 我局, …学校 / 我校) or the general
单位. A place described (样例镇位于…), a subordinate described in a bureau's voice
(…医院位于…。我局…) or a description with no self-word reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["self_located"]

_LOCATED = re.compile(
    r"(?:^|[。；;！!\n]|[)）])[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{2,30}?"
    r"(?P<org>院|局|站|所|中心|校|馆|园|队|委|办))[ \t\u3000]*位于[^。\n]{2,120}。"
    r"[ \t\u3000]*(?:我|本)(?P<self>院|局|站|所|中心|校|馆|园|队|委|办|单位)",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START})")


def self_located(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a description locates and then speaks as (see above), with its span in
    ``head``; None where no description does."""
    for found in _LOCATED.finditer(head):
        if _NOT_A_NAME.match(found["unit"]):
            continue
        if found["self"] in (found["org"], "单位"):
            return found["unit"], found.span("unit")
    return None
