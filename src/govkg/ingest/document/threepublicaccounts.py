"""A news item on a year's 三公 accounts that gives the money of its items only: a sign.

A news item may name the 三公 as a year's 决算 or 预算 without stating its total, and give the
money of its items instead (trial 61's 1208, a 济宁 item republished with no headline: 近20个
市直部门陆续公布2017年“三公”经费决算 … 我市公务用车购置及运行维护费3371.9万元 / 其中,公务用车
购置费 232万元 / 公务用车运行维护费 3139.9万元, cut before its 公务接待 figures; refused before).
It is 三公 news, which the corpus files with the final accounts (993, 994, 998). The signs
asked so far want the 三公's own amount (``threepublicfigures``) or two of the three items
(``threepublic.sign``); this text has one item, written several times with its parts.

The sign: the 三公 named as a year's 决算 or 预算 (2017年“三公”经费决算, 2035年市本级“三公”
经费预算), and an item's money (``threepublic.items``' names: 公务用车购置费 232万元) stated at
least twice, in a text of no class of non-report but news (``otherclasses``). The 三公 named
with no year, or as a plan (压减三公经费), or one item's amount alone, show no sign.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.threepublic.items import ITEM_NAMES
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["names_three_public_accounts"]

_NAMED = re.compile(
    r"20\d\d\s*年\s*度?\s*[^。；;\n\d]{0,8}?" + QUOTED + r"\s*(?:支\s*出\s*)?(?:决\s*算|预\s*算)"
)
"""2017年“三公”经费决算, 2017年市本级“三公”经费决算: the 三公 as one year's accounts or budget."""
_ITEM_FIGURE = re.compile(
    r"(?:" + "|".join(ITEM_NAMES.values()) + r")"
    r"[^。；;！？!?\n]{0,24}?(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)"
)
ENOUGH = 2
SCANNED = 20_000  # characters


def names_three_public_accounts(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) names the 三公 as a
    year's 决算 or 预算 and states an item's money at least ``ENOUGH`` times (see above)."""
    scanned = text[:SCANNED]
    if not _NAMED.search(scanned):
        return False
    if len({found.end() for found in _ITEM_FIGURE.finditer(scanned)}) < ENOUGH:
        return False
    return other_class(text) in (None, "news")
