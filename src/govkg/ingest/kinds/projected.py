"""An amount a sentence projects (预计…) is PLANNED, not money that came or went (sixteenth
trial).

A project report states what the project is expected to bring: "项目实施后预计年收入租金2万
元,带动某某村集体经济收入共2万元". 收入 is the nearest money word, but nothing was received:
预计 (expected) governs the sentence, and every amount after it in that sentence is a
projection, PLANNED. Only where the amount was read as revenue, spending, other or not at
all (a budget, a change, a rate keep their reading), and not where words of what was done
stand between 预计 and the amount (已, 实际, 完成, 累计: 预计…,实际收入3万元 is done); 预计完成
is the projection's own verb (全年预计完成一般公共预算收入41100万元: trial 60's 1186, a town's
2025 budget-execution report given in January, all its year's figures expected outturns).
A budget read only by the name of a budget's account in the sentence (一般公共预算收入,
预算内预计可用财力: money of the general budget, not a budget figure) is projected too; a
sentence naming a budget otherwise (年初预算, 预算安排, 预算数) keeps its budget.
"""

from __future__ import annotations

import re

__all__ = ["projected_kind"]

_PROJECTED = re.compile(r"预\s*计")
_DONE = re.compile(r"已|实际|完成|累计")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
REACH = 120  # characters before the amount in which its sentence's 预计 is looked for
_PROJECTABLE = (None, "REVENUE", "SPENDING", "OTHER")
_OWN_VERB = re.compile(r"\s*完\s*成")
"""预计完成: the projection's verb, not a deed done."""
_ACCOUNT = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|预算内")
"""A budget's account named in the sentence: which money, not a budget figure."""
_BUDGET_WORD = re.compile(r"预\s*算|年\s*初|调\s*整|安\s*排")


def projected_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for the amount at ``start`` where its sentence projects it (see above);
    else ``kind``."""
    if kind not in _PROJECTABLE and kind != "BUDGET":
        return kind
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    words = text[ends[-1].end() if ends else low : start]
    projected = list(_PROJECTED.finditer(words))
    if not projected:
        return kind
    after = projected[-1].end()
    if verb := _OWN_VERB.match(words, after):
        after = verb.end()  # 预计完成: still a projection
    if _DONE.search(words, after):
        return kind
    if kind == "BUDGET" and (
        not _ACCOUNT.search(words) or _BUDGET_WORD.search(_ACCOUNT.sub("", words))
    ):
        return kind  # 预计…年初预算安排…: a budget stated
    return "PLANNED"
