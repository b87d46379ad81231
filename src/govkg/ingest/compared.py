"""The figure a statement is compared with has the statement's kind (twelfth trial).

A 三公 or 决算 note states a figure, then last year's for comparison, then the change:

    公务接待费为122万元,较上年144万元减少22万元,下降15%,较预算数339万元减少217万元

144万元 is last year's 公务接待费, money of the kind 122万元 is (here spending): the same
measure for the year before. The words between the two figures are only the comparison
(a comma, 较/比/与 上年 / 上一年 / 去年 / 20XX年, 同期), no money word of their own, and a
change word follows the figure (增加, 减少, 增长, 下降, 持平, 无增减, 无变化): the figure is
the one compared with, not the change. It takes the kind of the amount right before it
where that was read as SPENDING, REVENUE, BUDGET or CARRY_OVER; a comparison that names its
own kind (较上年决算数…, 较预算数…) is read by that word, and an amount before it of no
such kind (unread, a change) gives none: the figure's kind is left as ``money`` read it.
"""

from __future__ import annotations

import re

__all__ = ["compared_kind"]

_BETWEEN = re.compile(
    r"[ \t\u3000]*[，,、]?[ \t\u3000]*(?:较|比|与)[ \t\u3000]*"
    r"(?:上年|上一年|去年|20\d\d[ \t\u3000]*年)度?(?:同期)?(?:的)?[ \t\u3000]*"
)
_CHANGE_AFTER = re.compile(
    r"[ \t\u3000]*(?:相比)?[，,]?[ \t\u3000]*(?:增加|减少|增长|下降|持平|无增减|无变化|基本持平)"
)
KINDS = ("SPENDING", "REVENUE", "BUDGET", "CARRY_OVER")


def compared_kind(
    text: str, start: int, end: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the figure compared with at ``text[start:end]`` (see above); else ``kind``."""
    if not kinds or kinds[-1][1] not in KINDS:
        return kind
    if not _BETWEEN.fullmatch(text, kinds[-1][0], start) or not _CHANGE_AFTER.match(text, end):
        return kind
    return kinds[-1][1]
