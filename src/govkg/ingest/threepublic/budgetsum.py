"""Rule ``three-public-budget-sum``: a sum said, in its sentence, of a year's 三公 budget is
that budget (trial 61's 1223).

A news item on a province's 三公 accounts may add the next year's budget in a sentence of its
own: "2014年河南省级各部门“三公”经费预算按不高于2013年支出控制数编制,合计8.9亿元,比上年预算
下降8.2%。" (1223, 河南's 2013 三公 accounts). The figure's own words are only a sum (合计); the
words before it in the sentence, the cap it was drawn up under (支出控制数), read it as spending.
The sentence's subject is the year's 三公经费预算, and the sum is its amount: BUDGET. Only where
the figure's own segment (after its clause's last comma) is a bare sum word, the subject opens
the clause's words before it with no other amount between, and no word of an outturn follows
the subject (执行, 决算, 实际, 完成: 2014年“三公”经费预算执行中,实际支出合计… is spent).
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED, clause_before

__all__ = ["budget_sum_kind"]

REACH = 120  # characters back in which the figure's clause is read
_SUBJECT = re.compile(
    r"(?:19|20)\d\d\s*年[^，,。；;：:\d]{0,16}?" + QUOTED + r"\s*[预預]\s*算(?!\s*[执執]\s*行)"
)
"""The year's 三公 budget as the sentence's subject: 2014年河南省级各部门“三公”经费预算."""
_BARE_SUM = re.compile(r"[，,]\s*(?:合\s*计|总\s*计|共\s*计|总\s*额)\s*(?:为|是|达)?\s*$")
"""The figure's own segment a sum word alone: ,合计8.9亿元."""
_OUTTURN = re.compile(r"[执執]\s*行|[决決]\s*算|[实實]\s*际|完\s*成")
_AMOUNT = re.compile(r"\d\s*(?:亿|万|元)")


def budget_sum_kind(text: str, start: int, kind: str | None) -> str | None:
    """BUDGET for a sum read as spending whose sentence's subject is a year's 三公 budget
    (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    clause = clause_before(text, start, REACH)
    if not _BARE_SUM.search(clause):
        return kind
    subject = _SUBJECT.search(clause)
    if subject is None:
        return kind
    rest = clause[subject.end() :]
    if _OUTTURN.search(rest) or _AMOUNT.search(rest):
        return kind
    return "BUDGET"
