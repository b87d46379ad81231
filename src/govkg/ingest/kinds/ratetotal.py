"""The total right after a rate is no rate (twenty-second trial).

A project report states its output as a count, a rate per head and their total:

    2019年春节慰问5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.4万元

The total's own words are only 共计, so ``money`` took the kind of its clause, the 标准 of
the rate before it: PRICE_OR_RATE, as if 4.4万元 were paid per household. An amount whose
own words (since the amount before it) are only a total word (共计, 合计, 总计, 共, 计),
right after an amount read as a rate in the same sentence, is no rate. Where the sentence
hands the money out (慰问 or 发放 before the rate: the count's heads received it) and names
no plan or budget (计划, 拟, 预计, 预算, 安排, 将), the total is what was paid out, SPENDING;
else it stays unread, saying why. A total with words of its own (共计支出4.4万元, 共拨付…)
is read by them, not here.

A total arranged at the rate (thirty-first trial): a school's fund is set by the head,

    我校2022年按生均1000元安排,共计239万元,其中上级资金179.25万元

The rate's own verb, 安排 said right after it (or after its 标准), comes between the rate
and the total, so the total's own words were no total word alone and it kept the rate's
kind. Where the words between are 安排 and a total word, and the sentence names no plan
(计划, 拟, 预计, 将), the total is the sum the rate arranged: BUDGET (its parts under 其中
take the total's kind). A total after 安排 with words of its own (安排,共计支出…) is read by
them; 生均1000元 stays a rate.
"""

from __future__ import annotations

import re

__all__ = ["RATE_TOTAL_REASON", "rate_total_kind"]

RATE_TOTAL_REASON = (
    "the total of a rate said before it: no word says whether it was budgeted, received or paid"
)
_ONLY_TOTAL = re.compile(r"^[，,\s]*(?:共计|合计|总计|共|计)[为是：:\s]*$")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_HANDED_OUT = re.compile(r"(?<![计拟将需])(?<!预计)(?:慰问|发放)(?!率|标准|工作|活动)")
_PLANNED = re.compile(r"计划|拟|预计|预算|安排|将")
_ARRANGED_TOTAL = re.compile(r"^\s*(?:的?标准)?安排[，,\s]*(?:共计|合计|总计|共|计)[为是：:\s]*$")
_NO_PLAN = re.compile(r"计划|拟|预计|将")


def rate_total_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> tuple[str | None, str | None]:
    """(kind, reason if unread) of a total right after a rate (see above); else (``kind``,
    None)."""
    if not kinds or kinds[-1][1] != "PRICE_OR_RATE" or kind not in (None, "PRICE_OR_RATE"):
        return kind, None
    rate_end = kinds[-1][0]
    if _ARRANGED_TOTAL.match(text[rate_end:start]):
        return _arranged_total(text, rate_end, kind)
    if not _ONLY_TOTAL.match(text[rate_end:start]):
        return kind, None
    sentence = _sentence_to(text, rate_end)
    if _HANDED_OUT.search(sentence) and not _PLANNED.search(sentence):
        return "SPENDING", None
    return None, RATE_TOTAL_REASON


def _arranged_total(text: str, rate_end: int, kind: str | None) -> tuple[str | None, None]:
    """BUDGET for a total said after 安排 right after a rate (按生均1000元安排,共计239万元),
    unless its sentence names a plan; else ``kind``."""
    if _NO_PLAN.search(_sentence_to(text, rate_end)):
        return kind, None
    return "BUDGET", None


def _sentence_to(text: str, end: int) -> str:
    """The words of the sentence ``end`` is in, up to ``end``."""
    ends = list(_SENTENCE_END.finditer(text, max(0, end - 200), end))
    return text[ends[-1].end() if ends else max(0, end - 200) : end]
