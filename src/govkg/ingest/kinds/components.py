"""A total no word names and its parts (其中…) that add up to it exactly: OTHER.

Reports list what a total is made of: 专项资金绩效评价资金总计85.98万元,其中…监理费22万元,
建设用地测绘费4.98万元,青苗补偿费16.11万元;…. No word says whether the total was budgeted,
received or spent, yet the parts add up, to the yuan (Decimal), to the total: the sentence
states one sum of money and what it is made of. Each is kept as OTHER (money of a kind the
words do not establish), with its label. It says nothing where the total or a part has a
kind word of its own, where fewer than two parts follow, or where the sum differs; then
the amounts stay unread. Kept apart from ``money`` (a module of its size).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["components_kind"]

_TOTAL = re.compile(r"(?:总计|合计|共计|总额|总计为|合计为|共计为)\s*$")
_AMONG = re.compile(r"\s*[，,：:]?\s*其中\s*[：:，,]?")
REACH = 600


def components_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """OTHER for a total or a part by the rule above, else ``kind``."""
    if kind is not None:
        return kind
    first, stop = sentence_start(text, start, REACH), sentence_end(text, start, REACH)
    if "其中" not in text[first:stop]:
        return kind  # no parts listed in its sentence: cheap, and linear on long runs
    found = [(first + a.start, first + a.end, a.yuan) for a in amounts(text[first:stop])]
    for index, (t_start, t_end, total) in enumerate(found):
        words = text[found[index - 1][1] if index else first : t_start]
        among = _AMONG.match(text, t_end)
        if among is None or not _TOTAL.search(words) or kind_of(words):
            continue
        parts = found[index + 1 :]
        previous = among.end()
        for p_start, p_end, _ in parts:
            if kind_of(text[previous:p_start]):
                return kind
            previous = p_end
        adds_up = len(parts) >= 2 and sum((p[2] for p in parts), Decimal(0)) == total
        if adds_up and any(a == start for a, _, _ in [(t_start, t_end, total), *parts]):
            return "OTHER"
    return kind
