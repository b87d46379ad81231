"""Amounts that add up, to the yuan, to a total of the paragraph: the kind the total has.

A transfer-payment self-evaluation (fourth held-out trial) states its budget as amounts
handed down, then their total, then the total split two ways, each split adding up:

    …下达…预算463142万元;…下达…预算163455万元;…资金预算44440万元(…);…资金合计671037万元。
    其中,安排…8项约束性任务资金合计575218万元,安排指导性任务资金合计95819万元。以上任务中,
    …奖补资金9779万元由…财政厅负责…,…补助资金(…)76850万元、…行动资金600万元由…负责…,
    其余583808万元由…负责分配实施。

- A total (its words end in 合计/共计/总计…) no word names whose figure is the exact sum of
  the two or more amounts right before it in its paragraph, all of one kind, has that kind:
  671037 = 463142 + 163455 + 44440, three budgets, is a budget.
- Two or more amounts in a row after a total of a known kind, in its paragraph, that add up
  exactly to it are its parts and have its kind, where no word of their own names a kind
  (…行动资金600万元) or the only one is the 补助 of a fund's name (…补助资金76850万元: what
  the fund is, as ``allocated`` reads it, not that money arrived).

A part's own words are those after the 其中 that opens the list (thirty-third trial): in
上級下達的補助資金總額118萬元,對…的情況進行補助,其中:白腦包鎮補助資金10萬元、城關鎮補助資金2萬元…
the first part's words reached back to the 进行补助 of the clause naming the total, which the
later parts did not; only the first was read as money received.

A paragraph with no total word but a 其中 is looked at too, for an amount no word names (trial
54's 920: (3)公务接待费1,218.57万元,主要用于…等支出,包括…外事接待支出。其中:国土资源部本级及
9 个…督察局 156.62 万元,中国地质调查局及所属单位 687.78 万元,其他直属事业单位374.17万元 —
what the total was used for stands between it and its 其中, yet the three add up to it; corpus
187's 15万元经费…。其中:1、…5万元;2、…5万元;3、…5万元 and 472's 111万元…,其中…100万元,…11万元):
an amount read by an event said after it (…39万元,已下拨到位) keeps that reading, and a 其中
right after a count (共有车辆12辆。其中:…) lists the count's parts, not the total's.

Never where a sum differs by a fen, where the total is zero, or across a paragraph's end;
a part whose own words name a kind (已支出300万元) keeps it. Nor where a part listed before it in
the run was read as another kind than the total's (trial 56's 1036, a news item whose mirror lost
text between a 决算 and its breakdown: 财政拨款决算为1070.0 其中,因公出国(境)费374.53万元,公务
用车购置及运行费551.24万元,公务接待费164.01万元 — the three add up to the 2011 budget stated
before, 1089.78万元, yet the first two are read as the 决算's parts, spent): the sum does not
make the last part of one list a budget while its siblings are spent; where other figures
stand between the total and the list (the budget of the year before, the 决算 it is placed
under) and the siblings were read as one kind, the part is of theirs (the list's place in the
text), else it keeps its own. A total right before its parts (472: …资金下达我区111万元(…),其中
…100万元,…11万元) is theirs whatever the siblings were read as.
Kept apart from ``money`` (a module of its size); ``contextkinds`` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from govkg.ingest.text.amounts import amounts

__all__ = ["summed_kind"]

_TOTAL = re.compile(r"(?:合计|共计|总计|总额)[为是：:]?\s*$")
_FUND_AID = re.compile(r"补助资金|补贴资金")
_TOTAL_WORD = re.compile(r"合计|共计|总计|总额")
_PARTS_WORD = re.compile(r"其中")
_COUNTED = re.compile(
    r"\d+(?:\.\d+)?\s*(?:辆|台|个|人次|人|次|批次|批|名|家|项|套|件)\s*[。，,；;]?\s*$"
)
"""A count right before a 其中 (共有车辆12辆。其中:…): the 其中 lists the count's parts."""


def _parts_opened(text: str, paragraph: int, start: int) -> bool:
    """Whether a 其中 stands before ``start`` in its paragraph, after no count."""
    found = [m.start() for m in _PARTS_WORD.finditer(text, paragraph, start)]
    return bool(found) and not _COUNTED.search(text, paragraph, found[-1])
REACH = 600  # characters either side of the amount: its paragraph's amounts near it
MOST = 12  # amounts looked at on either side of one


def summed_kind(
    text: str,
    start: int,
    own: str,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """The kind a sum gives the amount at ``start`` (see above), else ``kind``.
    ``kinds``: (end, kind) of each amount read before it."""
    own = own[own.rfind("其中") :] if "其中" in own else own  # the part's words, not the total's
    weak = kind is None or (
        kind == "REVENUE" and "收到" not in own and kind_of(_FUND_AID.sub("资金", own)) is None
    )
    if not weak:
        return kind
    paragraph = text.rfind("\n", max(0, start - REACH), start) + 1
    if not _TOTAL_WORD.search(text, paragraph, start) and not (
        kind is None and _parts_opened(text, paragraph, start)
    ):
        return kind  # no total nor 其中 before it in its paragraph: cheap, linear on long runs
    stop = text.find("\n", start, start + REACH)
    stop = min(len(text), start + REACH) if stop < 0 else stop
    found = list(amounts(text[paragraph:stop]))
    listed = [(paragraph + a.start, paragraph + a.end, a.yuan) for a in found]
    here = next((i for i, a in enumerate(listed) if a[0] == start), None)
    if here is None:
        return kind
    low = max(0, here - MOST)  # a few amounts either side: linear on any text
    listed, here = listed[low : here + MOST + 1], here - low
    read = dict(kinds[-2 * MOST :])
    figure = listed[here][2]
    if kind is None and _TOTAL.search(own) and figure > 0:
        total = Decimal(0)
        run_kinds = set()
        for first in range(here - 1, -1, -1):
            total += listed[first][2]
            run_kinds.add(read.get(listed[first][1]))
            if total > figure:
                break
            if total == figure and here - first >= 2 and len(run_kinds) == 1:
                return run_kinds.pop() or kind
    return _part_of(listed, here, read, kind)


def _part_of(listed, here: int, read: dict, kind: str | None) -> str | None:
    """The kind of a total before the amount ``listed[here]`` that a run of two or more
    amounts with it, all more than zero, adds up to exactly (by prefix sums)."""
    prefix = [Decimal(0)]
    for _, _, figure in listed:
        prefix.append(prefix[-1] + figure)
    ends = {}  # prefix sum after a run's last amount -> that amount's index
    for last in range(here, len(listed)):
        if listed[last][2] <= 0:
            break
        ends.setdefault(prefix[last + 1], last)
    for at in range(here - 1, -1, -1):
        total_kind, total = read.get(listed[at][1]), listed[at][2]
        if total_kind is None or total <= 0:
            continue
        for first in range(here, at, -1):
            if listed[first][2] <= 0:
                break
            last = ends.get(prefix[first] + total)
            if last is not None and last > first:
                siblings = {read.get(listed[i][1]) for i in range(first, here)} - {None}
                if first > at + 1 and siblings - {total_kind}:  # 其中,A374.53万元 (spent),…
                    return siblings.pop() if len(siblings) == 1 else kind
                return total_kind
    return kind
