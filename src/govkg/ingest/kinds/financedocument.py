"""An item that opens on a finance department's document number allocates money
(thirty-seventh trial's 503).

A report lists the funds it received one item a line by the document that allocated each:
"(1)冀财建(2019)296号文)国省干线养护43万。", "7)冀财建[2020]11号…补贴项目31.2". A finance
department's document (苏财教〔2031〕12号, 财预〔2031〕5号: 财 in its issuer's abbreviation, a
year in brackets, a number, 号) allocates money, so the amount its item states is money
though no money word (资金, 经费…) stands before it: 43万 without 元, or a figure the excerpt
cut short. Only the item's opening counts: a document cited inside a sentence
(根据国发〔2031〕3号文件,惠及2万户) names no allocation, and a document of another department
(国发, 教基) none either."""

from __future__ import annotations

import re

__all__ = ["opens_on_finance_document"]

_OPENING = re.compile(
    r"^[ \t\u3000]*(?:[(（]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）.、．]\s*)*"
    r"[\u4e00-\u9fff]{0,2}财[\u4e00-\u9fff]{0,2}\s*[(（〔\[【]\s*20\d\d\s*[)）〕\]】]\s*\d{1,4}\s*号"
)


def opens_on_finance_document(clause: str) -> bool:
    """Whether ``clause`` (an item's words before its amount) opens on a finance
    department's document number."""
    return _OPENING.match(clause) is not None
