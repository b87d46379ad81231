"""A target stated under a target heading is PLANNED, found in the seventh held-out trial.

An indicator table (部门整体支出绩效自评表) states the year's goals in one column and what was
done in the next: 年度总体目标 | 年初设定目标 | 全年完成情况 | 业务收入达到55万元 | 业务收入
77.57万元. Flattened, its headings and cells run together (…年初设定目标全年完成情况体目标业务
收入达到55万元,…业务收入77.57万元), and 收入 would make the target revenue. But an amount
right after 达到 (the verb of a goal) is what the year aimed at, PLANNED, where the nearest
heading word before it is a target's (目标, 指标值, 目标值), or where that word is the
done column's heading right after a target column's (年初设定目标全年完成情况: the header
run) and no amount stands between the run and it (the first cell is the target's).

Only then: where the nearest heading word is one of what was done (完成情况, 完成值, 实际,
执行情况) alone, or no heading stands in the amount's sentence within reach, or the amount
is not right after 达到, it keeps its reading (全年完成情况:业务收入达到77万元 is done).
"""

from __future__ import annotations

import re

__all__ = ["target_kind"]

_GOAL_VERB = re.compile(r"达到\s*$")
_HEADING = re.compile(r"(?P<target>目标值|指标值|目标)|(?P<done>完成情况|完成值|实际|执行情况)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AMOUNT = re.compile(r"\d[\d.,]*\s*[万亿]?元")
RUN_GAP = 4  # characters between a header run's target and done headings (全年, 实际)
REACH = 60  # characters before the amount in which its heading is looked for


def target_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for a goal's amount under a target heading (see above); else ``kind``."""
    if kind in ("CHANGE", "PRICE_OR_RATE") or not _GOAL_VERB.search(text, max(0, start - 6), start):
        return kind
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    low = ends[-1].end() if ends else low
    headings = list(_HEADING.finditer(text, low, start))
    if headings and headings[-1]["target"]:
        return "PLANNED"
    run = len(headings) >= 2 and headings[-2]["target"] and headings[-1]["done"]
    next_to = run and headings[-1].start() - headings[-2].end() <= RUN_GAP
    if next_to and not _AMOUNT.search(text, headings[-1].end(), start):
        return "PLANNED"
    return kind
