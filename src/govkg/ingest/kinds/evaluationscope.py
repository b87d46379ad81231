"""The funds an evaluation's scope lists are the funds evaluated: their budget (forty-first trial).

An evaluation report (or the letter sending one) says first which funds it covers, fund by
fund, each a name and its figure:

    2018年专项支出绩效评价资金范围包括两个部分:一是纳入清单管理项目资金,包含甲整治78,000万元、
    乙建设60,000万元;二是2018年度部门业务费5,577.84万元…

The figures are the size of the funds the evaluation covers, no act of spending or arrival
said: their budget. The nearest money word before the first items is the 支出 of 专项支出绩效
评价, the subject the scope belongs to, and read them as spent; the items after a 部门业务费
had no word at all. An amount is such a fund where, in its sentence (up to 。！？ or a line's
end):

- a scope's lead stands before it: 评价(资金|项目|对象)?范围 then 包括 / 包含 / 涵盖 / 为 / 是,
  or 纳入…评价范围的 (纳入本次绩效评价范围的项目有:…);
- the words from the lead to the amount, the figures left out and the nouns of what money is
  for (资金, 经费, 费用, 项目, 专项, 补助) too, name no kind: an item saying its own act (已支出,
  实际支出, 到位) is read by its words, and so is the rest of the list after it; 纳入评价范围的
  项目支出共120万元 is the spending said;
- the words before the lead in its sentence do not name a 决算 (a final account's spending
  said in scope stays spent);
- it is read as spent, as received (the 补助 of a subsidy's name) or left unread; any
  other kind is kept.

Trial 62's 1244 (a provincial science association's 2016 fund): 绩效评价自评范围包括:基层科普
行动计划1200万元,科普活动、学会能力提升计划、流动科技馆等补助580万元共计1780万元 — a self-
evaluation's scope (评价自评范围) lists the funds as an evaluation's does, and a programme's
name ending on 计划 after a word of the name (行动计划, 提升计划) is a name, as the fund's nouns
are, not a plan: read PLANNED by that 计划 before, the funds are their budget. A 计划 after a
year's or a plan's word (年度计划, 拟计划) still names a plan and keeps the reading.

It is asked after ``leadlist``, which reads the items after a colon by the 经费 of their
names (范围为:甲经费120万元、…).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY
from govkg.ingest.text.sentences import sentence_start

__all__ = ["evaluation_scope_kind"]

_LEAD = re.compile(
    r"评价(?:的)?(?:资金|项目|对象)?(?:自评)?范围(?:主要)?(?:包括|包含|涵盖|为|是)"
    r"|纳入[^。，,；;：:]{0,20}?评价范围(?:的)?"
)
_NAME_NOUNS = re.compile(
    r"经费|费用|补助|资金|项目|专项|(?<=[\u4e00-\u9fff])(?<![年度原总拟按的月期目])计划"
)
"""Nouns of what a fund's money is for (美丽乡村建设项目资金: the fund's name, no kind)."""
_FINAL_ACCOUNT = re.compile(r"决算")
REACH = 600  # characters before the amount in which its sentence's start is looked for


def evaluation_scope_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for a fund listed in an evaluation's scope (see above); else ``kind``."""
    if kind not in ("SPENDING", "REVENUE", "PLANNED", None):
        return kind
    opening = sentence_start(text, start, REACH)
    leads = list(_LEAD.finditer(text, opening, start))
    if not leads:
        return kind
    lead = leads[-1]
    if _FINAL_ACCOUNT.search(text, opening, lead.start()):
        return kind
    words = MONEY.sub("", text[lead.end() : start])
    if kind_of(_NAME_NOUNS.sub("", words)) is not None:
        return kind
    return "BUDGET"
