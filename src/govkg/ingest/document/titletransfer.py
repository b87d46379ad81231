"""A transfer's self-evaluation titled by its holder, then the transfer and its year
(twenty-fifth trial).

A county body that received a central transfer may title its self-evaluation "样例区妇联中央
转移支付2023年度绩效自评报告(某某补助资金)": its name (often short: 残联, 妇联, 文联), the
transfer's level (中央, 省级), 转移支付, the fiscal year, then 绩效自评报告, the fund's name in
brackets after. It is a report of the project genre, and the words before the transfer name
its unit. Only a title is read: the words end their line (the bracketed fund may follow); a
notice or a sentence naming such a report (关于报送…绩效自评报告的通知) is none, and words
before the transfer that are only a place (样例区中央转移支付…) name no unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, placed

__all__ = ["TRANSFER_TITLE", "transfer_holder"]


def _spaced(words: str) -> str:
    return r"\s*".join(words)


TRANSFER_TITLE = (
    rf"|{_spaced('转移支付')}\s*(?:{_spaced('资金')}\s*)?20\d\d\s*年\s*度?\s*"
    rf"{_spaced('绩效')}\s*{_spaced('自评')}\s*(?:{_spaced('情况')}\s*)?{_spaced('报告')}"
    r"(?=[ \t\u3000]*(?:[（(][^（()）\n]{2,40}[）)])?[ \t\u3000]*(?:\n|$))"
)
"""转移支付(资金)2023年度绩效自评(情况)报告, ending its line (or before its fund in brackets)."""
_LEVEL = re.compile(r"(?:中央|省级|市级|县级|区级|中央财政|省级财政)$")
"""The transfer's level, the fund's words and no part of the name before it."""
_HOLDER = re.compile(rf"(?P<unit>{NAME})")
_TRANSFER = re.compile(_spaced("转移支付"))


def transfer_holder(head: str, line_start: int, genre_start: int) -> re.Match | None:
    """The placed unit the title's line opens on before its transfer's level and 转移支付,
    its name in the group ``unit``; None where the words are no placed name, or the title
    found at ``genre_start`` is not a transfer's."""
    if not _TRANSFER.match(head, genre_start):
        return None
    words = head[line_start:genre_start]
    level = _LEVEL.search(words.rstrip())
    end = line_start + (level.start() if level else len(words.rstrip()))
    start = line_start + len(words) - len(words.lstrip())
    found = _HOLDER.fullmatch(head, start, end)
    return found if found and placed(found["unit"]) else None
