"""Words read where a unit's name stands that name no unit (ninth trial): the issuer is then
unnamed, never guessed.

- a fund's words: a title's words right before the 资金 / 经费 its genre opens with
  (云南省2022年度中央自然灾害资金绩效自评报告: 中央自然灾害 is the fund's name, not a unit;
  the 资金 went to the genre's words, so ``titleunit.is_fund`` cannot see it);
- a whole place's word (2020年全区收支决算: 全区 is the district's total, no organisation);
- a masked name (2024年度****部门整体支出…: the site masked it; a mask is no name).

A field's name is cut where the next field's label begins (``fieldwords.SPACED_LABEL``).
"""

from __future__ import annotations

import re

__all__ = ["certain_unit"]

_FUND_AFTER = r"\s*(?:资\s*金|经\s*费)\s*(?:绩\s*效|\n)"
_WHOLE_PLACE = re.compile(r"全[区县市省州旗盟]")
_MASK = re.compile(r"[*＊]")


def certain_unit(head: str, unit: str) -> str:
    """``unit`` where it names a unit, else "" (see above); ``head`` is the text's head."""
    if not unit or _MASK.search(unit) or _WHOLE_PLACE.fullmatch(unit):
        return ""
    spaced = r"\s*".join(map(re.escape, unit))
    if re.search(spaced + _FUND_AFTER, head):
        return ""  # 中央自然灾害资金绩效自评报告: a fund's name
    return unit
