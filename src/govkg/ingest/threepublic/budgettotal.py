"""Rule ``three-public-budget-total``: a budget note's 三公 total worded 支出 is the budget's
(twenty-eighth trial).

A note titled as a year's budget ("样例县某局2017年部门预算“三公”经费情况说明": 预算 and not
决算) may state its total as spending, "2017年财政拨款“三公”经费支出合计5.6万元": in a budget
note, 支出 names the spending budgeted for the year, not money spent. The total takes BUDGET
(and its items take the total's kind, ``threepublic.items``) only where its own clause
names the 三公经费 and then nothing but 财政拨款/支出/合计/总额/总计/为 before the figure (no
决算, 实际, 执行, 完成, no change), and states no other year than the title's (nor 上年): a
budget note whose body states last year's spending ("2017年…支出合计13.78万元" under a 2018
title) keeps it SPENDING.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.title import budget_note_year
from govkg.ingest.threepublic.words import QUOTED, clause_before

__all__ = ["budget_total_kind"]

_TOTAL = re.compile(
    QUOTED + r"\s*(?:财\s*政\s*拨\s*款\s*)?支\s*出\s*(?:合\s*计|总\s*额|总\s*计|共\s*计)?"
    r"\s*(?:为|是)?\s*$"
)
_YEAR = re.compile(r"(20\d\d)\s*年")
_OTHER_TIME = re.compile(r"上\s*年|去\s*年|上\s*一\s*年|决\s*算|实\s*际")
REACH = 80  # characters back in which the clause is read


def budget_total_kind(text: str, start: int, kind: str | None) -> str | None:
    """BUDGET for a 三公 total worded 支出 in a note titled as the same year's budget (see
    above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    clause = clause_before(text, start, REACH)
    if not _TOTAL.search(clause) or _OTHER_TIME.search(clause):
        return kind
    title = budget_note_year(text)
    if title is None:
        return kind
    stated = {int(y) for y in _YEAR.findall(clause)}
    return "BUDGET" if stated <= set(title) - {None} else kind  # no year but the title's
