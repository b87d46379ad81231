"""A “三公”经费 note or table known by its items: two of the three, each with its amount.

Every 三公 publication, 决算 or 预算, of a department, a town or a whole area, itemises the
same three (``threepublic.items.ITEM_NAMES``): 因公出国（境）费, 公务接待费 and 公务用车购置及
运行费 (or its parts), each with its amount right after its name ("公务接待费12.5万元",
"公务接待费支出为0元", or a cell "| 公务接待费 | 12.5 |" under a 万元 head). The held-out
trials found such notes refused five times, each for want of the one opening or title the
rules knew then; the items are what they all share. A news item names the 三公 total, or
urges cutting "因公出国和公务接待费用", but does not list two of the items with an amount
each. So two distinct items, each followed within a short stretch of its clause by a figure
with its unit (a bare cell's only under a 万元 or 元 head), are a sign of the genre
(``genresigns``): the text is read, its unit and year marked unknown where it never states
them, never guessed. Mirrors' readings (經(jīng)費) are left out before matching.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.items import ITEM_NAMES

__all__ = ["itemises_three_public"]

_WRITTEN = r"[^。；;\n|｜]{0,24}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
"""公务接待费12.5万元, 公务接待费支出为0元: the item's amount in its own clause."""
_CELL = r"[ \t\u3000]*[|｜][ \t\u3000]*\d[\d,]*(?:\.\d+)?[ \t\u3000]*(?=[|｜\n])"
"""| 公务接待费 | 12.5 |: a bare figure in the next cell."""
_WITH_AMOUNT = {
    name: (re.compile(f"(?:{item})(?:{_WRITTEN})"), re.compile(f"(?:{item})(?:{_CELL})"))
    for name, item in ITEM_NAMES.items()
}
_MONEY_HEAD = re.compile(r"万\s*元|单\s*位\s*[:：]\s*元|[(（]\s*元\s*[)）]")
SCANNED = 20_000  # characters


def itemises_three_public(text: str) -> bool:
    """True where ``text`` (simplified) lists two of the three 三公 items with an amount
    each (see above)."""
    plain = PINYIN.sub("", text[: SCANNED * 2])[:SCANNED]
    found = 0
    for written, cell in _WITH_AMOUNT.values():
        if written.search(plain) or _in_money_table(cell, plain):
            found += 1
    return found >= 2


def _in_money_table(cell: re.Pattern, text: str) -> bool:
    """A bare figure next to the item's name, under a head that says 万元 or 元."""
    return any(_MONEY_HEAD.search(text, 0, match.start()) for match in cell.finditer(text))
