"""A year glued to the figure it compares with: 2016年…支出6.39万元,较20155.88万元增加了0.51万元.

A comparison word (较, 比, 与, 同比, 相比…) right before a figure whose first four digits are
the year before one the sentence states (2016年 … 较2015 + 5.88万元) is last year's amount with
its 年 dropped: the figure starts after the year. Only that year (the year stated minus one),
only after a comparison word, and only where digits follow it; 较2015年, 较20150万元 with no
year in the sentence, or a year that is not the one before keep the whole figure.

The same year glued right after another amount's 元 (trial 63's 1299, a 三公 note:
2015年…经费394.85万元2014247.15万元相比较增长147.70万元, its 与 and 年 both lost) is split
the same way: no figure is written glued to the one before it. And the year stated may come
after the glued figure in its sentence (1、因公出国(境)费186.42万元比201423.45万元部门决算支出
增加162.97万元,2015年累计…): the year before that one is still the one compared with."""

from __future__ import annotations

import re

__all__ = ["glued_year_length"]

_COMPARED = re.compile(r"(?:较|比|与|同比|相比|比较)(?:上年|上年度)?$")
_STATED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_SENTENCE_END = re.compile(r"[。；;\n]")
_AFTER_AMOUNT = re.compile(r"\d\s*[万亿]?元$")


def glued_year_length(text: str, start: int, figure: str) -> int:
    """4 where ``figure`` (at ``start`` in ``text``) opens with the year before one its
    sentence states, right after a comparison word; else 0."""
    if len(figure) < 6 or not figure[:4].isdigit() or not figure[4].isdigit():
        return 0
    before_figure = text[max(0, start - 6) : start]
    if not _COMPARED.search(before_figure[-4:]) and not _AFTER_AMOUNT.search(before_figure):
        return 0
    before = text[: start]
    opening = max((m.end() for m in _SENTENCE_END.finditer(before, max(0, start - 200))), default=0)
    stated = {int(y) for y in _STATED_YEAR.findall(before, opening)}
    closing = _SENTENCE_END.search(text, start + len(figure), start + len(figure) + 200)
    after_end = closing.start() if closing else min(len(text), start + len(figure) + 200)
    stated |= {int(y) for y in _STATED_YEAR.findall(text, start + len(figure), after_end)}
    glued = int(figure[:4])
    if glued + 1 not in stated:
        return 0
    rest = figure[4:]
    if rest.startswith("0") and not rest.startswith("0."):
        return 0  # 较201505万元: no figure written with a leading zero
    return 4
