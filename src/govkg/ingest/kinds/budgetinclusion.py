"""A part in brackets inside a budget figure is budgeted, its 支出 the name of a line (trial 53).

A 三公 note gives an item's budget with what it includes, the included line named by what it
pays for:

    2010年,衛生部因公出國(境)費財政撥款預算1492.78萬元(含援外醫療隊支出530.00萬元),
    實際支出1307.13萬元(含援外醫療隊支出412.00萬元)。 (trial 53's 883)

援外醫療隊支出 names the medical teams' line of the fee, not money spent: 含 makes the amount a
part of the figure right before the bracket, so it has that figure's kind, BUDGET, as
``revenueinclusion`` reads a part of a revenue figure. Only where the bracket opens right
after a figure read as BUDGET, with 含 / 其中 / 包括 and a name whose words say nothing done
(实际, 已, 决算, 执行, 完成, 结转, 结余, 拨付, 下达, 到位) and no other kind than spending; the
same bracket after 實際支出 keeps the part spent, and one naming its own kind (含上年结转…)
keeps its reading.

So too without the bracket, the parts listed after a comma's 含 / 包括 (trial 58's 1120, a
budget note of 2013):

    机管局2013年收支总预算4,471.22万元,含区泾河源山庄管理处经费250万元,政府机关幼儿园经费
    537.31万元;比2012年预算增加755.18万元…

Each part's 经费 names a unit's fund, not money spent: the 含 right after the budget figure makes
it and the parts listed after it with it, up to the sentence's or the clause's end (。;), parts
of that budget. Only where every figure between is a part read so, and no part's name says
anything done.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["budget_inclusion_kind", "listed_inclusion_kind"]

_INCLUDED = re.compile(r"[（(]\s*(?:含|其中[:：]?|包括)(?P<name>[^，,。；;：:（()）\d]{0,24})$")
_RIGHT_AFTER = re.compile(r"\s*[（(]\s*(?:含|其中[:：]?|包括)[^（()）]*$")
"""The words between the budget figure and the part: the bracket's opening and the name."""
_DONE = re.compile(r"实际|已|决算|执行|完成|结转|结余|拨付|下达|到位|收入|节约|增加|减少")


def budget_inclusion_kind(
    own: str, kind: str | None, kinds: list[tuple[int, str | None]], start: int, text: str
) -> str | None:
    """BUDGET for an amount in a bracket of 含… right after a budget figure (the rule
    above); else ``kind``."""
    if kind not in (None, "SPENDING") or not kinds or kinds[-1][1] != "BUDGET":
        return kind
    included = _INCLUDED.search(PINYIN.sub("", own))
    if included is None or _DONE.search(included["name"]):
        return kind
    if not _RIGHT_AFTER.match(PINYIN.sub("", text[kinds[-1][0] : start])):
        return kind  # the bracket does not follow the budget figure itself
    return "BUDGET"


_LISTED = re.compile(
    r"^\s*[，,]\s*(?:含|包括|其中[:：]?)(?:有|了)?"
    r"(?:[^，,。；;：:（()）\d]{1,24}?\d[\d,.]*\s*万?元[，,、]\s*)*"
    r"(?P<name>[^，,。；;：:（()）\d]{1,24})$"
)
"""From the budget figure to the part: a comma, 含, the parts listed before it, its name."""


def listed_inclusion_kind(
    kind: str | None, kinds: list[tuple[int, str | None]], start: int, text: str
) -> str | None:
    """BUDGET for a part listed after a comma's 含 right after a budget figure (the rule
    above, without the bracket); else ``kind``."""
    if kind not in (None, "SPENDING") or not kinds:
        return kind
    for end, was in reversed(kinds[-6:]):
        if was != "BUDGET":
            return kind
        listed = _LISTED.match(PINYIN.sub("", text[end:start]))
        if listed is None:
            continue  # a part before this one: go back to the budget figure
        if _DONE.search(listed.group()):
            return kind
        return "BUDGET"
    return kind
