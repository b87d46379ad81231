"""Money said to be used up after its figure is spending (twenty-second trial).

A project report opens a sentence on the figure itself, after the ground it was spent on:

    根据市委市政府春节慰问工作安排,4.4万元慰问经费于2019年1月全部使用完毕,用于…

No word before the figure names its kind (the comma cuts 安排 off), so ``money`` left it
unread. The words after it say what became of it: the fund it was (慰问经费, 补助资金), then
when (于2019年1月, 已, 在年内) and that all of it was used (全部使用完毕, 已使用完毕, 已全部
支出, 全部支付完毕). An amount no word before names, followed by at most a fund's name, a
time and 已 / 全部 / 均, then such a verb of completed spending, is SPENDING. Not a plan or
what is left (将于…使用, 计划…使用完毕, 未使用完毕, 尚未支出), nor money arriving or handed
down (…已全部到位, 已拨付: ``saidafter.RECEIVED_AFTER``), nor 用于 (what it is for, not that it
was spent).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["used_up_kind"]

_USED_UP = re.compile(
    r"\s*(?:的)?[\u4e00-\u9fff]{0,8}?(?:经费|资金|补助金?|补贴|款项?)?\s*"  # 慰问经费
    r"(?:(?:已经?|均已?)\s*)?(?:于|在)?\s*(?:20\d\d\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?"
    r"|年内|年底前|当年|本年度?)?\s*"  # 于2019年1月
    r"(?:已经?|均已?)?\s*(?:全部|全额|足额)?\s*"
    r"(?:使用完毕|用完|支出完毕|支付完毕|发放完毕|兑现完毕|使用|支出|支付)(?!于|率)"
)
_NOT_DONE = re.compile(r"未|尚|将|拟|计划|预计|待|需")
_DONE = re.compile(r"完毕|用完|已|全部|全额|足额")


def used_up_kind(text: str, end: int, kind: str | None) -> str | None:
    """SPENDING for an amount no word before names, said after to be used up; else
    ``kind``."""
    if kind is not None:
        return kind
    after = PINYIN.sub("", text[end : end + 40])
    found = _USED_UP.match(after)
    if found is None or _NOT_DONE.search(found.group()) or not _DONE.search(found.group()):
        return kind  # 将于…使用: a plan; 5万元资金使用: not said to be done
    return "SPENDING"
