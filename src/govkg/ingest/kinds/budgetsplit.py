"""The uses a budget is split into, listed after it in its sentence, are that budget (trial 62).

An evaluation of a fund states the year's budget, then what it is to go to, use by use, in the
same sentence (trial 62's 1241, a county's bamboo-industry fund evaluated in 2017):

    2016 年县财政预算安排 200 万元,经县人民政府…同意,重点支持…基地 65万元 (其中肥料 45万元、
    林道建设 20万元 )、竹海入口处建设标志雕塑 50万元、设备科研经费 (竹笋加工科研经费 )20 万元、
    “竹王”“美竹”评选 35 万元、 FSC森林认证 20万元、竹笋品牌创建及其他宣传费用 10万元。

No act on the money is said of the uses: they are the budget's shares. Before, the 经费 of one
use's name made it and the uses after it spent (the clause's nearest money word), and the first
(…基地 65万元) was unread. An amount is such a share where, in its sentence:

- a figure before it was read as a budget, and the figures after that one, outside brackets
  (a bracket lists a use's own parts: 其中肥料 45万元、林道建设 20万元), from the very next on,
  add up exactly to it, two or more of them, the amount among them;
- the uses after the first are listed one after another, each after a 、 (a clause's cut,
  ，or ；, ends the list: 预算1887.85万元,随月发放1692.02万元,结余195.83万元 is no list of uses,
  the corpus's 397);
- its own words (from the figure before it), with the nouns of a fund's or a fee's name left
  out (经费, 费用, 资金), name no kind: a use said 已支出 or 到位 is read by its words;
- it was read as spent or left unread; any other kind is kept.

Uses that add up to no budget before them (an account of what was spent, 支出…, 其中…) keep
their reading, and so does a list after a total read as spent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["budget_split_kind"]

REACH = 400  # characters either side of the amount in which its sentence's bounds are looked for
_NAME_NOUNS = re.compile(r"经费|费用|资金")
_BRACKET = re.compile(r"[（(][^（()）]*[)）]")
_CUT = re.compile(r"[，,；;：:]")
_OPEN = "(（"
_CLOSE = ")）"


def budget_split_kind(
    text: str,
    start: int,
    own: str,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """BUDGET for a share of a budget listed after it in its sentence (see above); else
    ``kind``. ``kinds``: (end, kind) of each amount read before it."""
    if kind not in (None, "SPENDING") or kind_of(_NAME_NOUNS.sub("", own)) is not None:
        return kind
    opening = sentence_start(text, start, REACH)
    read = dict(kinds)
    if "BUDGET" not in {read.get(end) for end, _ in kinds if end > opening}:
        return kind
    closing = sentence_end(text, start, REACH)
    listed = _outside_brackets(text, opening, closing)
    here = next((i for i, (at, _, _) in enumerate(listed) if at == start), None)
    if here is None:
        return kind
    for total_at in range(here - 1, -1, -1):
        _, total_end, total = listed[total_at]
        if read.get(total_end) != "BUDGET" or total <= 0:
            continue
        summed = Decimal(0)
        for last in range(total_at + 1, len(listed)):
            summed += listed[last][2]
            if summed > total:
                break
            after = listed[last - 1][1]
            if last > total_at + 1 and not _listed_after(text, after, listed[last][0]):
                break
            if summed == total and last >= here and last - total_at >= 2:
                return "BUDGET"
    return kind


def _listed_after(text: str, end: int, start: int) -> bool:
    """Whether the words between two figures make the later one the next item of a list: a
    、 and no clause's cut, outside brackets."""
    words = _BRACKET.sub("", text[end:start])
    return "、" in words and not _CUT.search(words)


def _outside_brackets(text: str, opening: int, closing: int) -> list[tuple[int, int, Decimal]]:
    """(start, end, yuan) of each amount of ``text[opening:closing]`` outside brackets."""
    depth, at, found = 0, opening, []
    for amount in amounts(text[opening:closing]):
        begin = opening + amount.start
        for char in text[at:begin]:
            depth += char in _OPEN
            depth -= depth > 0 and char in _CLOSE
        at = begin
        if depth == 0:
            found.append((begin, opening + amount.end, amount.yuan))
    return found
