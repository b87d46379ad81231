"""An amount written with 万 and no 元 right before 用于 (…，其中100万用于装备购置项目).

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``):
2万户, 3万人次 are counts. A figure whose 万 is followed at once by 用于 / 用作 / 用在 is money
being put to a use, where its paragraph has already stated an amount of money (补助金额为
180万元。…其中100万用于…: forty-eighth trial's 741). A measure word after the 万 (3万株用于,
2万亩用于) keeps it a count, and so does a paragraph with no amount of money before it.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["used_for_bare"]

_USED = re.compile(rf"(?P<fig>(?<![\d.]){NUMBER})(?P<unit>[万亿])(?=用于|用作|用在)")
_MONEY = re.compile(r"\d\s*(?:万元|亿元|元)")
"""An amount of money stated in full (180万元) earlier in the paragraph."""


def used_for_bare(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word with 元) of each 万-alone amount put to a use."""
    found = []
    for used in _USED.finditer(text):
        paragraph_start = text.rfind("\n", 0, used.start()) + 1
        if _MONEY.search(text, paragraph_start, used.start()):
            found.append((used.start("fig"), used.end(), used["fig"], used["unit"] + "元"))
    return found
