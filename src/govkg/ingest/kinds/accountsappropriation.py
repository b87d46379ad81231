"""An appropriation a 决算 section states, named by its budget class alone, is money received
(trial 57).

A 决算 note's section on its appropriations says what came in from the treasury:

    (四)财政拨款收入支出决算总体情况说明
        一般公共预算财政拨款7799.1万元(含上年结转688.6万元),全部…

(trial 57's 1066, a college's 2016 部门决算公开说明: 财政拨款收入 7110.5 + 上年结转 688.6). The
预算 of 一般公共预算 names the class of the budget the appropriation comes from, not a budget:
in the accounts the appropriation is what was received, REVENUE, as 财政拨款收入 is. Read so
where the amount's own words are the appropriation's name alone (一般公共预算财政拨款, 政府性
基金预算拨款, with a total's word at most), it was read as a budget by that 预算, and the
section's heading, the nearest above it, names 决算. A budget note's 一般公共预算拨款 (no 决算
heading: the corpus's budget notes), or an appropriation named with a budget's words (年初预算,
批复, 安排, 下达…) keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.headingabove import heading_above

__all__ = ["accounts_appropriation_kind"]

_APPROPRIATION = re.compile(
    r"(?:一般公共预算|政府性基金预算|国有资本经营预算)\s*(?:财政)?\s*拨款\s*(?:资金)?\s*"
    r"(?:总额|总计|合计|共计|共|总数)?\s*[为是：:]?\s*$"
)
_BUDGET_WORDS = re.compile(r"预算|批复|安排|下达|下拨|计划|年初|调整")
"""Words that make the appropriation a budget's, before its class's name."""
_CLAUSE_CUT = re.compile(r"[，,。；;：:\n]")
_HEADING = re.compile(
    r"(?m)^[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])"
    r"[^\n。，,；;\d]*"
)
"""A section's heading line: (四)…, 三、…; its words up to the first figure or stop."""
REACH = 400  # characters before the amount in which its section's heading is looked for


def accounts_appropriation_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """REVENUE for an appropriation named by its budget class alone in a 决算 section (see
    above); else ``kind``."""
    if kind != "BUDGET":
        return kind
    words = PINYIN.sub("", own)
    cuts = list(_CLAUSE_CUT.finditer(words))
    words = words[cuts[-1].end() :] if cuts else words
    named = _APPROPRIATION.search(words)
    if named is None or _BUDGET_WORDS.search(words[: named.start()]):
        return kind
    heading = heading_above(_HEADING, text, start, REACH)
    if heading is None or "决算" not in PINYIN.sub("", heading.group()):
        return kind
    return "REVENUE"
