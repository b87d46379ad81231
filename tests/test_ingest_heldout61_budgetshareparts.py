"""Trial 61's 1203 (故宫博物院's 2023 budget in a news item): after the year's appropriation
(上述2023年一般公共预算当年拨款67524.50万元), the classes it is spread over, by example (比如,
文化旅游体育与传媒支出62722.85万元,占比92.89%;社会保障和就业支出4801.65万元,占比7.11%), read as
spending by their 支出, are that budget's parts: their shares make a whole and their amounts
add up exactly to it. Parts adding up to a sum spent stated after the budget, shares short of
the whole, a part of 0 or one part alone keep their reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from govkg.ingest.kinds.budgetshareparts import budget_share_parts


@dataclass(frozen=True)
class _Cite:
    end: int


@dataclass(frozen=True)
class _Share:
    percent: str
    base: str
    sentence: int


@dataclass(frozen=True)
class _Figure:
    as_written: str
    amount: Decimal
    kind: str | None
    cites: tuple
    share: _Share | None = None


def _figure(at: int, amount: str, kind: str, share: str | None = None) -> _Figure:
    written = f"{amount}万元"
    stated = _Share(share, "", 100) if share is not None else None
    return _Figure(written, Decimal(amount) * 10000, kind, (_Cite(at + len(written)),), stated)


BUDGET = _figure(10, "3000.50", "BUDGET")
PARTS = [_figure(120, "2700.45", "SPENDING", "90"), _figure(160, "300.05", "SPENDING", "10")]


def test_parts_adding_up_to_a_budget_with_their_shares_of_it_are_budgeted():
    read = budget_share_parts([BUDGET, *PARTS])
    assert [figure.kind for figure in read] == ["BUDGET", "BUDGET", "BUDGET"]


def test_a_sum_spent_short_shares_a_zero_or_one_part_keep_spending():
    spent = _figure(60, "3000.50", "SPENDING")
    assert budget_share_parts([BUDGET, spent, *PARTS])[2].kind == "SPENDING"
    short = [PARTS[0], _figure(160, "300.05", "SPENDING", "8")]
    assert budget_share_parts([BUDGET, *short])[1].kind == "SPENDING"
    zero = [_figure(120, "3000.50", "SPENDING", "100"), _figure(160, "0", "SPENDING", "0")]
    assert budget_share_parts([BUDGET, *zero])[1].kind == "SPENDING"
    alone = [_figure(120, "3000.50", "SPENDING", "100")]
    assert budget_share_parts([BUDGET, *alone])[1].kind == "SPENDING"
    roughly = [PARTS[0], _figure(160, "300.06", "SPENDING", "10")]
    assert budget_share_parts([BUDGET, *roughly])[1].kind == "SPENDING"
