"""A fund said after its figure to be split among recipients is a budget (thirty-fourth trial).

A transfer's evaluation says how the fund was shared out:

    及时对…救灾资金(水利部分)6800万元进行了合理分解,已全部分解到位,其中甲市780万元、…
    2024年车辆购置税收入补助地方资金10401.21万元分两批下达,主要用于…

The nearest money word before the figure was a 使用 of the clause before (使用方向) or the
收入 / 补助 inside the fund's own name, so the sum was read as spent or as received. But the
words right after the figure say what was done with it: 进行(了)分解 / 分配, 分N批下达,
分解下达 — the fund handed down in shares, the budget of its recipients. Such an amount is
BUDGET where it was read as spent, received, other or unnamed; a change, a rate, a contract,
a carry-over or a plan keeps its kind (较上年增加50万元,分两批下达 is the change's).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["split_after_kind"]

_SPLIT = re.compile(
    r"\s*(?:资金)?\s*(?:[，,]\s*)?"
    r"(?:进行了?\s*(?:合理|科学|统筹)?\s*(?:的\s*)?(?:分解|分配)"
    r"|分[一二两三四五六七八九十\d]+批次?(?:分解)?下达|分解下达|分批下达)"
)


def split_after_kind(text: str, end: int, kind: str | None) -> str | None:
    """BUDGET for an amount said after its figure to be split or handed down in shares (the
    rule above); else ``kind``."""
    if kind not in (None, "SPENDING", "REVENUE", "OTHER"):
        return kind
    if _SPLIT.match(PINYIN.sub("", text[end : end + 24])):
        return "BUDGET"
    return kind
