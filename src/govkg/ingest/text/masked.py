"""Amounts whose digits the page masked: a sign of money, never a figure (trial 52's 865).

Tender-information sites (ixbang.com and the like) republish government reports with every
digit of their amounts replaced by ``*``: trial 52's 865, a sumu government's 2023 self-
evaluation of its central transfers, states 项目全年预算数*元,执行数*元 and 项目全年预算数78.*元,
执行数78.*元. The report is one of the family; only its amounts are unreadable. Two things
follow, both here:

- an amount so written (``MASKED``: ``*`` where digits stand, before 元, 万元 or 亿元) shows that
  the text states money where the genre's signs ask for money (``document.report``,
  ``document.executionselfevaluation``): a masked amount is an amount the page had;
- it is no figure: no amount in yuan can be read from it (78.* is between 78 and 79 元, *元
  any sum), so the draft reads none of them and names them in a note (``masked_note``) rather
  than list a figure with no amount.

A star with no unit after it (全年预算数*,) is not money as written and is not named; a star
of emphasis or a footnote (注*, *号) has no unit word after it; 5*3元 (a product) has digits
after the star, and is no masked amount.
"""

from __future__ import annotations

import re

__all__ = ["MASKED", "masked_amounts", "masked_note"]

MASKED = re.compile(
    r"(?<![\d.*])(?!0\*+\s*(?:亿\s*元|万\s*元|元))(?:\d[\d,]*\.?)?\*+(?:\.\*+)?\s*(?:亿\s*元|万\s*元|元)"
)
"""An amount with its digits (or its decimals) replaced by ``*``: *元, 78.*元, *万元, **.*万元;
not a zero with a template's star (0*万元: a leading zero hides no digits after it, 0 in that
unit, ``amounts``)."""


def masked_amounts(text: str) -> list[str]:
    """The masked amounts of ``text`` as written, in text order."""
    return [found.group() for found in MASKED.finditer(text)]


def masked_note(text: str) -> str | None:
    """The note naming ``text``'s masked amounts, or None where it has none."""
    written = masked_amounts(text)
    if not written:
        return None
    return (
        f"{len(written)} amounts have their digits masked by the page (*): not read, since no "
        "amount in yuan can be read from them: " + "、".join(dict.fromkeys(written))
    )
