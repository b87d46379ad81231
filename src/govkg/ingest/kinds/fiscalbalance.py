"""The words of a government's fiscal account (its 收支平衡 and 财力), read as they mean.

A town's or a county's 决算报告 balances its revenue and spending with items that are
neither the unit's income nor money it spent (found in the fourth held-out trial):

- 上解上级支出 / 上解支出 (remitted to the level above), 调出资金 (transferred out),
  安排预算稳定调节基金 (set aside into the reserve fund): "加上结转下年、安排预算稳定调节
  基金、上解上级支出等0万元" is OTHER, never SPENDING, although it ends in 支出; a list with
  结转下年 among them is not a carry-over alone;
- 动用预算稳定调节基金 (drawn from the reserve fund) and 调入资金 (transferred in) come in:
  "加上托底保障补助、…、动用预算稳定调节基金等1,756.37万元" is REVENUE, the 预算 in the
  fund's name is no budget;
- 上年结转收入 / 上年结余收入 is money carried over from last year, CARRY_OVER; and so is
  结转下年支出 named alone, the money carried into next year (…补充预算稳定调节基金500231万元、
  结转下年支出71635万元,支出总量为…: trial 60's 1189, a district's 2020 决算 report), as the
  corpus reads 结转下年 alone (230, 834); one summing a list (…、结转下年支出等) stays OTHER;
- 补充预算稳定调节基金 (topping up the reserve fund) is setting money aside into it, OTHER,
  as 安排预算稳定调节基金 is (1189);
- 一般公共预算收入 / 政府性基金收入 and 财力 (the resources the level has) are the revenue
  the year brought in, REVENUE, in a 决算 (the report of what came out): the 预算 of
  一般公共预算 names the account, not a budget. Not where a kind word follows the name
  (一般公共预算收入预算为…: a budget), and not outside a 决算 (a 预算 report's
  一般公共预算收入 is planned).

Each reads only the amount's own segment (after its clause's last comma or colon).
Kept apart from ``money`` (a module of its size); ``contextkinds`` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["fiscal_kind"]

_SEGMENT_CUT = re.compile(r"[，,：:；;。\n]")
_PASSED_ON = re.compile(r"上解|调出资金|(?:安排|补充)(?:预算)?稳定调节基金")
_DRAWN = re.compile(r"动用(?:预算)?稳定调节基金|调入(?:资金|预算稳定调节基金)")
_CARRIED_IN = re.compile(r"上年(?:结转|结余)收入$")
_CARRIED_OUT = re.compile(r"(?<![\u4e00-\u9fff])结转下年(?:支出)?$")
"""结转下年支出 alone in its segment, no item before it (、 or a clause's start before it)."""
_LISTED = re.compile(r"[\u4e00-\u9fff][、和及]\s*结转下年")
"""结转下年 after another item of a list in the same segment: the list's sum, not it alone."""
_ACCOUNT = re.compile(r"(?:一般公共预算|政府性基金(?:预算)?)(?:本级)?(?:收入|财力)|财力")
_OUTCOME = re.compile(r"决算")
_FILLER = re.compile(r"(?:实现|完成|合计|总计|共计|为|是|达到?|共|等|[\s　])*$")


def fiscal_kind(
    text: str, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the fiscal account's words give the amount whose own words are ``own``
    (see above), else ``kind``."""
    cuts = list(_SEGMENT_CUT.finditer(own))
    segment = own[cuts[-1].end() :] if cuts else own
    if _PASSED_ON.search(segment):
        return "OTHER"
    if _DRAWN.search(segment):
        return "REVENUE"
    if _CARRIED_IN.search(segment.rstrip("为是: ")):
        return "CARRY_OVER"
    if _CARRIED_OUT.search(segment.rstrip("为是: ")) and not _LISTED.search(segment):
        return "CARRY_OVER"  # 、结转下年支出71635万元: carried into next year
    named = None
    for named in _ACCOUNT.finditer(segment):  # noqa: B007 (the last one is kept)
        pass
    if named is None or kind not in (None, "BUDGET"):
        return kind
    rest = segment[named.end() :]
    if kind_of(rest) is not None or not _FILLER.fullmatch(rest):
        return kind  # 一般公共预算收入预算为…: a budget of it
    if not _OUTCOME.search(text[:300]):
        return kind  # a budget report's 一般公共预算收入 is planned
    return "REVENUE"
