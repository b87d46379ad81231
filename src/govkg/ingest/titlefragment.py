"""Words a title's pattern took for a unit that are a title's own words (sixteenth trial).

A note titled "一、2015年部门决算公开中三公经费部分增减变化情况说明" whose next line opens
"2015年部门决算公开…" let the title pattern (name, then a year, then the genre) read the
whole first line as the name before the second line's year. A name never holds the
genre's title words (决算, 情况说明, 报告, “三公”经费, 增减变化) and never opens on the 年 or
度 left of a year whose digits were cut off: such words are a fragment of a title, and
name no unit (the unit then stays unnamed where nothing else names it, never guessed).
A name holding 预算 or 绩效 (某某县预算评审中心, 某某市预算绩效管理中心) is still a name.
"""

from __future__ import annotations

import re

__all__ = ["is_title_fragment"]

_TITLE_WORDS = re.compile(
    r"^[年度]|决算|情况说明|说明$|报告|自评|三公|增减变化"
)


def is_title_fragment(words: str) -> bool:
    """Whether ``words`` read where a unit's name stands are a title's fragment."""
    return bool(_TITLE_WORDS.search(re.sub(r"\s+", "", words)))
