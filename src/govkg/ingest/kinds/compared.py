"""The figure a statement is compared with has the statement's kind (twelfth trial).

A 三公 or 决算 note states a figure, then last year's for comparison, then the change:

    公务接待费为122万元,较上年144万元减少22万元,下降15%,较预算数339万元减少217万元

144万元 is last year's 公务接待费, money of the kind 122万元 is (here spending): the same
measure for the year before. The words between the two figures are only the comparison
(a comma, 较/比/与 上年 / 上一年 / 去年 / 20XX年, 同期), no money word of their own, and a
change word follows the figure (增加, 减少, 增长, 下降, 持平, 无增减, 无变化; a bare 少 or 多
before the change's figure: 比去年3.01萬元少0.07萬元, sixteenth trial): the figure is
the one compared with, not the change. It takes the kind of the amount right before it
where that was read as SPENDING, REVENUE, BUDGET or CARRY_OVER; a comparison that names its
own kind (较上年决算数…, 较预算数…) is read by that word, and an amount before it of no
such kind (unread, a change) gives none: the figure's kind is left as ``money`` read it.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.moreless import ABOUT

__all__ = ["change_after_compared", "compared_kind"]

_BETWEEN = re.compile(
    r"[ \t\u3000]*[，,、]?[ \t\u3000]*(?:较|比|与)[ \t\u3000]*"
    r"(?:上年|上一年|去年|20\d\d[ \t\u3000]*年)度?(?:同期)?(?:的)?[ \t\u3000]*"
)
_CHANGE_AFTER = re.compile(
    r"[ \t\u3000]*(?:相比)?[，,]?[ \t\u3000]*(?:增加|减少|增长|下降|持平|无增减|无变化|基本持平"
    r"|[少多](?=[ \t\u3000]*\d))"  # 比去年3.01萬元少0.07萬元 (sixteenth trial)
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


_CHANGED_FROM = re.compile(
    r"(?:较|比|与)[^，,。；;\d]{0,12}?\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)"
    r"[ \t\u3000]*[，,]?[ \t\u3000]*(?:增加|减少|增长|下降|降低|上升|[少多](?:支出?|用|花|出)?)了?"
    + ABOUT
    + r"[ \t\u3000]*$"
)
"""比上年累计支出285万元下降34万元: the figure after the change word is the change; a bare 少
or 多 right before it too (比去年3.01萬元少0.07萬元, sixteenth trial), with its verb and how near
the figure is (比去年公务接待费决算预算数48.32万元多出103万余元: trial 55's 961, read as the
budget its clause opens on)."""
REACH = 40  # characters before the amount in which the comparison stands


def change_after_compared(text: str, start: int, kind: str | None) -> str | None:
    """CHANGE where the amount at ``start`` follows a figure compared with and a change
    word (比上年…285万元下降34万元: 下降 alone, before a figure, was read as 支出's); else
    ``kind``. A rate after the change word (下降12%) is no amount and never reaches here."""
    line = text.rfind("\n", 0, start) + 1
    return "CHANGE" if _CHANGED_FROM.search(text, max(line, start - REACH), start) else kind
