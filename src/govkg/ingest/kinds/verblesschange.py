"""A change whose verb was dropped, its direction said after it with its rate (trial 59).

A 决算 note states each line's change from the year before in one frame, 与2016年相比 and the
verb before the figure; once the verb is dropped and the direction is said after the figure
with its rate (trial 59's 1152, a town health centre's 2017 决算):

    其中:财政拨款收入177.28万元,占29.67%,与2016年相比21.79万元,增加14.01%;事业收入375.81
    万元,占70.33%与2016年相比减少26.73万元,减少6.64%。

The comparison is closed (…相比) before 21.79万元, so the figure is no level compared with (a
figure inside the frame is: 与2016年155.49万元相比,增加14.01%, ``compared``); it is what the
comparison came to, the change, as the 增加14.01% right after it says: CHANGE. Read so only where
nothing but a comma or spaces stands between 相比 (or 同比) and the figure, and the figure is
followed by a comma and a direction word with a percent (增加, 减少, 增长, 下降, 上升, 降低); a
figure followed by anything else (与上年相比,2017年收入177.28万元; …相比21.79万元。) keeps its
reading.
"""

from __future__ import annotations

import re

__all__ = ["verbless_change_kind"]

_CLOSED = re.compile(
    r"(?:(?:与|较|和|同)(?:上年|上一年|去年|(?:19|20)\d\d\s*年)度?(?:同期)?(?:决算数?)?相比|同比)"
    r"[ \t\u3000]*[，,]?[ \t\u3000]*$"
)
"""A comparison's frame closed right before the figure: 与2016年相比, 与上年相比, 同比."""
_RATE_AFTER = re.compile(
    r"[ \t\u3000]*[，,][ \t\u3000]*(?:增加|减少|增长|下降|上升|降低)了?[ \t\u3000]*"
    r"\d{1,4}(?:\.\d+)?[ \t\u3000]*[%％]"
)
"""The direction said after the figure, with its rate: ,增加14.01%."""
_REACH = 24


def verbless_change_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """CHANGE for a figure right after a closed comparison whose direction and rate follow
    it (see above); else ``kind``."""
    if kind == "CHANGE":
        return kind
    if not _CLOSED.search(text, max(0, start - _REACH), start):
        return kind
    if not _RATE_AFTER.match(text, end):
        return kind
    return "CHANGE"
