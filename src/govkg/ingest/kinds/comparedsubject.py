"""Last year's figure set before what it is of takes the kind its subject names (trial 52's 855,
a news item on a ministry's 三公 budgets):

    与上年的2513.6萬元相比,2011年“三公經費”預算減少了4萬元

2513.6萬元 stands before its own words; what it is of is said after it, up to the change word:
2011年“三公经费”预算, a budget, so last year's figure is last year's budget. Read so only where
no word before the figure named its kind, the figure is compared with (与 / 较 / 比 / 同 上年,
去年, 上一年 or a year, 的 at most, right before it; 相比 or 比较 right after it) and the
subject's words, within a clause, name spending, revenue, a budget or a carry-over. A joint
收支 subject is of both sides (``comparedjoint``) and is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["compared_subject_kind"]

_COMPARED_BEFORE = re.compile(
    r"(?:与|较|比|同)\s*(?:上年|上一年|去年|20\d\d\s*年)度?(?:同期)?\s*(?:的)?\s*$"
)
_SUBJECT_AFTER = re.compile(
    r"\s*(?:相比|比较)\s*[，,]?\s*(?P<subject>[^。；;，,元]{2,30}?)\s*(?:各|均|分别)?\s*"
    r"(?:增加|减少|增长|下降|持平|上升|降低)"
)
_JOINT = re.compile(r"收\s*入?\s*[、和与及]?\s*支")
KINDS = ("SPENDING", "REVENUE", "BUDGET", "CARRY_OVER")


def compared_subject_kind(
    text: str, end: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the subject after a compared figure names (see above); else ``kind``."""
    if kind is not None or not _COMPARED_BEFORE.search(PINYIN.sub("", own)):
        return kind
    found = _SUBJECT_AFTER.match(PINYIN.sub("", text[end : end + 60]))
    if found is None or _JOINT.search(found["subject"]):
        return kind
    named = kind_of(found["subject"])
    return named if named in KINDS else kind
