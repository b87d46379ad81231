"""Words a title's pattern took for a unit that are a title's own words (sixteenth trial).

A note titled "一、2015年部门决算公开中三公经费部分增减变化情况说明" whose next line opens
"2015年部门决算公开…" let the title pattern (name, then a year, then the genre) read the
whole first line as the name before the second line's year. A name never holds the
genre's title words (决算, 情况说明, 报告, “三公”经费, 增减变化) and never opens on the 年 or
度 left of a year whose digits were cut off: such words are a fragment of a title, and
name no unit (the unit then stays unnamed where nothing else names it, never guessed).
A name holding 预算 or 绩效 (某某县预算评审中心, 某某市预算绩效管理中心) is still a name.

A count of what the title reports on is no name either (eighteenth trial): in
"裕民县2021年10个重点项目绩效评价报告公开" the words between the year and the genre are
"10个重点", a number and its measure word (个, 项, 批, 类, 件) then what is counted; the
title's cleaning dropped the digits and left "个重点" standing as the unit. A name never
opens on a count (``is_count``, asked of the words as the title writes them, digits kept):
the unit is then read from the publisher field or the body, or left unnamed. A place whose
name opens on a numeral (三门峡市, 五大连池市, 六安市) is no count: no measure word follows.
"""

from __future__ import annotations

import re

__all__ = ["is_count", "is_title_fragment"]

_TITLE_WORDS = re.compile(
    r"^[年度]|决算|情况说明|说明$|报告|自评|三公|增减变化"
)
_DISCLOSING = re.compile(r"向社会")
"""The disclosure's own words, never a name's (trial 64's 1329, a news item's 这是中央各部门自2011年
首次向社会公开部门决算以来: the title pattern read 首次向社会 as the unit of a title that is
a sentence's clause; the item's unit is the 中央单位 whose total it states)."""
_COUNT = re.compile(r"^(?:\d+|[一二两三四五六七八九十百]+)\s*(?:个|项|批|类|件)")
"""A number and its measure word opening the words: 10个重点, 三项重点, 两批."""


def is_title_fragment(words: str) -> bool:
    """Whether ``words`` read where a unit's name stands are a title's fragment."""
    words = re.sub(r"\s+", "", words)
    return bool(_TITLE_WORDS.search(words) or _DISCLOSING.search(words))


def is_count(words: str) -> bool:
    """Whether ``words`` read where a unit's name stands open on a count (10个重点)."""
    return bool(_COUNT.match(re.sub(r"\s+", "", words)))
