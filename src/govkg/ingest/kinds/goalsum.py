"""The sum a budget note gives for its performance goals is the budget they cover.

A department's budget note (``budgetnote``) says how many of its budgeted projects carry
performance goals and what money they hold (trial 51's 833, 晋中市中医院2018年度部门预算公开说明:
(六)绩效目标情况说明 / 2018年绩效目标2个,金额550万元): the amount is the part of the year's
budget the goals are set on, BUDGET, not some other figure. Only in a budget note, only an
amount whose own words are a bare sum (金额, 涉及金额, 项目金额, 资金) right after a count of
goals or of projects with goals (绩效目标2个, 3个项目设定了绩效目标), in the same sentence, and
only where no other rule named its kind (OTHER or none); a self-evaluation's 绩效目标 and a
决算 keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.budgetnote import budget_note_year
from govkg.ingest.text.lastmatch import last

__all__ = ["goal_sum_kind"]

_SUM = re.compile(r"[,，、]?\s*(?:涉及|共计|合计)?(?:项目)?(?:金额|资金)\s*(?:为|是|共)?\s*$")
"""The amount's own words: a bare sum (,金额 / 涉及金额 / 项目金额)."""
_GOALS = re.compile(r"绩效目标\s*(?:共)?\s*\d+\s*个|\d+\s*个(?:项目)?[^，,。；;]{0,12}?绩效目标")
"""A count of goals, or of projects with goals: 绩效目标2个, 3个项目设定了绩效目标."""
_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
REACH = 80  # characters looked back for the count


def goal_sum_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a budget note's sum of the money its performance goals are set on (see
    above); else ``kind``."""
    if kind not in (None, "OTHER") or not _SUM.search(own) or budget_note_year(text) is None:
        return kind
    low = max(0, start - REACH)
    sentence = last(_SENTENCE_END, text, low, start)
    lead = text[sentence.end() if sentence else low : start]
    if not _GOALS.search(lead) or re.search(r"决算|实际|执行|完成", lead):
        return kind
    return "BUDGET"
