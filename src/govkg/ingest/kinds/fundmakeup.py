"""What a fund is made of, stated in one sentence that opens on it, is its budget
(thirty-second trial).

A project report opens on the money the project had:

    该项资金包含2020年…省级配套补助资金17280元及州级补助资金28800元,合计共46080元。

The parts are named by their source (省级配套补助资金, 州级补助资金), and 补助 is a word of
money received (补助收入), so each was read as revenue and the total (合计共) took the
clause's kind. But the sentence says what the fund consists of, not that it arrived: the
amounts the project was given to spend, its budget. A sentence opened by the fund itself
(资金, 该项资金, 本项目资金, 专项资金) and 包含 / 包括 / 由, whose last amount is a total
(合计, 共计, 总计) that the amounts before it add up to exactly, has each of them and the
total as BUDGET, where the amount's own words name no kind or only a fund by its source.
Not where the words name the money's own act (到位资金包括…, 支出…, 拨付…: read by those
words), nor where the figures do not add up (a list of another kind).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["fund_makeup_kind"]

_OPENS = re.compile(
    r"\s*(?:该|本|此)?(?:项目?|项)?(?:专项)?(?:补助)?资金(?:总额)?\s*(?:包含|包括|由)"
)
"""The sentence opens on the fund and what it holds: 该项资金包含…, 本项目资金由…."""
_TOTAL = re.compile(r"(?:合计|共计|总计)(?:共|为)?\s*$")
_ACT = re.compile(r"到位|到账|拨付|下达|下拨|拨入|收入|支出|支付|发放|使用|结转|结余")
"""Words that name what became of the money, not what the fund holds."""
REACH = 300


def fund_makeup_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for a part or the total of a fund's stated make-up (the rule above); else
    ``kind``."""
    if kind not in (None, "REVENUE"):
        return kind
    first = sentence_start(text, start, REACH)
    opening = _OPENS.match(text, first)
    if opening is None or _ACT.search(text[first : opening.end()]):
        return kind
    stop = sentence_end(text, start, REACH)
    found = list(amounts(text[first:stop]))
    if len(found) < 3:
        return kind
    *parts, total = found
    total_words = text[first + parts[-1].end : first + total.start]
    if not _TOTAL.search(total_words) or sum(p.yuan for p in parts) != total.yuan:
        return kind
    previous = opening.end()
    for amount in found:
        words = text[previous : first + amount.start]
        if _ACT.search(words) or kind_of(words) not in (None, "REVENUE"):
            return kind  # a part of another kind (支出…, 预算…): not a plain make-up
        previous = first + amount.end
    return "BUDGET" if any(first + a.start == start for a in found) else kind
