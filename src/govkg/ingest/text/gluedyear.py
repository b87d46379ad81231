"""A year glued to the figure it compares with: 2016年…支出6.39万元,较20155.88万元增加了0.51万元.

A comparison word (较, 比, 与, 同比, 相比…) right before a figure whose first four digits are
the year before one the sentence states (2016年 … 较2015 + 5.88万元) is last year's amount with
its 年 dropped: the figure starts after the year. Only that year (the year stated minus one),
only after a comparison word, and only where digits follow it; 较2015年, 较20150万元 with no
year in the sentence, or a year that is not the one before keep the whole figure."""

from __future__ import annotations

import re

__all__ = ["glued_year_length"]

_COMPARED = re.compile(r"(?:较|比|与|同比|相比|比较)(?:上年|上年度)?$")
_STATED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SENTENCE_END = re.compile(r"[。；;\n]")


def glued_year_length(text: str, start: int, figure: str) -> int:
    """4 where ``figure`` (at ``start`` in ``text``) opens with the year before one its
    sentence states, right after a comparison word; else 0."""
    if len(figure) < 6 or not figure[:4].isdigit() or not figure[4].isdigit():
        return 0
    if not _COMPARED.search(text[max(0, start - 4) : start]):
        return 0
    before = text[: start]
    opening = max((m.end() for m in _SENTENCE_END.finditer(before, max(0, start - 200))), default=0)
    stated = {int(y) for y in _STATED_YEAR.findall(before, opening)}
    glued = int(figure[:4])
    if glued + 1 not in stated:
        return 0
    rest = figure[4:]
    if rest.startswith("0") and not rest.startswith("0."):
        return 0  # 较201505万元: no figure written with a leading zero
    return 4
