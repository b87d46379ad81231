"""A spending figure of a note that states only budgets, equal to a budget it stated before, is
that budget restated (trial 54).

A 三公 budget note may close an item with the cars it keeps and what they cost in the year, in
words of spending (trial 54's 952 and 955, a city bureau's 三公 budgets, published before the
year's end):

    (三)公务用车费预算19.95万元,同比减少5.70万元。…2、公务用车运行维护费19.95万元,…
    2017年,桂林市司法局及所属单位开支财政拨款的公务用车保有量为7辆,全年运行费支出19.95万元,
    平均每辆2.85万元。

全年运行费支出 reads as spending, but the note states no money spent at all: no 决算, 实际,
执行 (but 执行公务), 完成, 已支出 anywhere in it, and the figure is the running-cost budget it
stated before, for the same year. It is the budget said again: BUDGET. Read so only where the
text names no accounts (so the figure's own clause says nothing done either), an amount of the
same sum and year was read BUDGET in an earlier sentence, the figure's sentence names a 三公
item (公务用车, 公车, 公务接待, 因公出国, 三公), and every figure the text reads as spending is
such a restatement (0 never is: it equals every 0 before it). A note stating spending of its
own (the corpus's 75, a 三公 决算 whose 公务用车购置支出0万元 follows a 年初预算为0万元), a
project's money spent as budgeted (安排会议费5万元,…支出会议经费5万元: heldout39's test; 年度
资金30.5万元,占项目支出总额的100%: the prose-kinds test), a budget and its spending in one
sentence, a figure equal to no budget before it, or a budget of another year keep their
readings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last
from govkg.ingest.text.simplified import simplified
from govkg.ingest.threepublic.words import ITEM_HEADS

__all__ = ["restated_budgets"]

_ACCOUNTS = re.compile(
    r"决\s*算|实\s*际|执\s*行(?!\s*公\s*务)|完\s*成|已\s*(?:支|使用|拨付|发放)|结\s*余"
)
"""Words of money spent or accounted anywhere in the text: such a text states outcomes."""
_BUDGET = re.compile(r"预\s*算")
_ITEM = re.compile(ITEM_HEADS + r"|三公")
"""A 三公 item's words (公务用车, 公车, 公务接待, 因公出国): the spending restated is of one."""
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
REACH = 200  # characters before the figure in which its sentence's start is looked for


def _start(amount) -> int:
    """Where the amount's figure starts in the source."""
    return amount.cites[0].end - len(amount.as_written) if amount.cites else 0


def _sentence(text: str, at: int) -> tuple[int, str]:
    """(where it starts, its words) of the sentence the figure at ``at`` is in, up to it."""
    found = last(_SENTENCE_END, text, max(0, at - REACH), at)
    begin = found.end() if found else max(0, at - REACH)
    return begin, text[begin:at]


def restated_budgets(source: str, found: Iterable) -> Iterator:
    """``found`` (``money.MoneyFound``) in order, a spending figure that restates a budget of
    a text stating only budgets read as that budget (see above)."""
    money = list(found)
    plain = simplified(source)  # one character for one: the figures' offsets hold
    text = PINYIN.sub("", plain)
    if _ACCOUNTS.search(text) or not _BUDGET.search(text):
        yield from money
        return
    budgets: dict[tuple[object, int | None], int] = {}  # sum and year: where first stated
    restated: set[int] = set()
    for at, amount in enumerate(money):
        if amount.kind == "BUDGET":
            budgets.setdefault((amount.amount, amount.year), _start(amount))
        elif amount.kind == "SPENDING":
            stated = budgets.get((amount.amount, amount.year))
            begin, words = _sentence(plain, _start(amount))
            if (
                not amount.amount
                or stated is None
                or stated >= begin
                or not _ITEM.search(PINYIN.sub("", words))
            ):
                yield from money  # a spending figure of its own: the text states spending
                return
            restated.add(at)
    for at, amount in enumerate(money):
        yield replace(amount, kind="BUDGET") if at in restated else amount
