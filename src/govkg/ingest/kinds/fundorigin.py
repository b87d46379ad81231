"""The paragraph under a 资金来源 heading: where a project's money came from (tenth trial).

A project self-assessment states its funds by source under their own heading:

    (一) 资金来源情况
    “互联网+政务服务”建设项目共计308万,其中财政拨款108万,建设银行赞助200万。

The heading says what the paragraph's amounts are: money the project received, by source
(``money`` reads 资金来源 in an amount's own words as REVENUE; here it stands in the heading
above). So in the first paragraph under a heading that is 资金来源 (情况) alone on its line,
an amount no word of its own names (unread, or a kindless total and its parts that
``components`` calls OTHER) is REVENUE; and an amount written 万 without 元 there (308万, left
aside by ``money`` for want of a money word in its clause: the heading is that word) is
read too. An amount whose own words give it a kind (支出50万, 总投资500万) keeps it; a heading
that goes on (资金来源及使用情况: money spent is said there as well) names no kind.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from govkg.ingest.facts import Cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.simplified import simplified

__all__ = ["fund_origins"]

RULE = "fund-origin"
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|[一二三四五六七八九十\d]{1,3}\s*[、.．])?"
    r"[ \t\u3000]*(?:项目)?资金来源(?:情况)?[ \t\u3000：:]*\n",
    re.M,
)
_OWN_KIND = re.compile(r"支出|使用|支付|执行|结转|结余|预算|投资|资产|采购|计划|需")
_CLAUSE = re.compile(r"[，,。；;：:、\n]")
REACH = 300  # characters of the paragraph at most


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for heading in _HEADING.finditer(text):
        start = heading.end()
        end = text.find("\n", start, start + REACH)
        spans.append((start, end if end >= 0 else min(len(text), start + REACH)))
    return spans


def fund_origins(source: str, year: int | None, found: Iterable[MoneyFound]) -> list[MoneyFound]:
    """``found`` with the amounts of each 资金来源 paragraph (see above) REVENUE, and its
    amounts written 万 without 元 added."""
    text = simplified(source)
    spans = _paragraphs(text)
    found = list(found)
    if not spans:
        return found
    out = [_revenue(text, spans, money) for money in found]
    ends = {money.cites[0].end for money in found}
    for start, stop in spans:
        for amount in amounts(text[start:stop]):
            first, last = start + amount.start, start + amount.end
            if amount.bare and last not in ends and not _own_kind(text, first, start):
                out.append(_added(source, first, last, amount, year))
    return sorted(out, key=lambda money: money.cites[0].end)


def _own_kind(text: str, at: int, paragraph: int) -> bool:
    clause = max((m.end() for m in _CLAUSE.finditer(text, paragraph, at)), default=paragraph)
    return bool(_OWN_KIND.search(text, clause, at))


def _revenue(text: str, spans: list[tuple[int, int]], money: MoneyFound) -> MoneyFound:
    end = money.cites[0].end
    inside = next((s for s, e in spans if s < end <= e), None)
    if inside is None or money.kind not in (None, "OTHER"):
        return money
    if _own_kind(text, end - len(money.as_written), inside):
        return money
    return replace(money, kind="REVENUE", reason=None)


def _added(source: str, start: int, end: int, amount, year: int | None) -> MoneyFound:
    return MoneyFound(
        rule=RULE,
        cites=(Cite(source[start:end], start, end),),
        amount=amount.yuan,
        figure=amount.figure,
        unit=amount.unit,
        as_written=source[start:end],
        kind="REVENUE",
        label=None,
        year=year,
    )
