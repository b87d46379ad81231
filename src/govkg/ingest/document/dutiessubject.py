"""The unit a 决算's duties section opens on: its own subject.

A 决算 excerpt may start at its 部门基本情况 with no title: "(一)职能职责。重庆市梁平区土地
储备中心的宗旨为集体土地房屋征收和土地储备工作提供服务。其主要职责任务包括:…" (forty-fifth
trial's 686). The section that says what the unit is for speaks of the unit itself, so the
placed organisation its first sentence opens on, followed by its 宗旨, 主要职责 or 职能, is
the reporting unit. Read only right under the heading (职能职责, 主要职能, 部门职责, 单位职责,
the heading's 。or ： its only gap): a name met later in the section (a superior, a body it
serves) is not taken, nor an unplaced one.

With no heading, a line opening on a placed name and its own duties (X主要职能是:, X的主要职责
是…) says the same: trial 53's 880, a budget note on a portal whose first line is the page's
date and source, then 深圳市人民政府办公厅主要职能是:协助市政府领导…; the corpus's 445
(南县就业服务中心的主要职能是…) and 684 (天津市宝坻区总工会主要职责是…) open so too. Only the
duties said of the name itself (主要职能, 主要职责, 职能职责 with 是/为/:), only at a line's
start, and only a placed name: 人民政协的主要职能是… (a body in general) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, first_placed

__all__ = ["duties_subject"]

_DUTIES = re.compile(
    r"(?:主要职能|职能职责|部门职责|单位职责|主要职责|职责职能)[ \t\u3000]*[。.：:]?[ \t\u3000\n]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*的?[ \t\u3000]*"
    r"(?:宗旨|主要职责|主要职能|职能职责|职责|职能)[ \t\u3000]*(?:任务)?[ \t\u3000]*"
    r"(?:为|是|包括|[：:])"
)


_OWN_DUTIES = re.compile(
    rf"^[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*的?[ \t\u3000]*(?:主要职能|主要职责|职能职责)"
    r"[ \t\u3000]*(?:是|为|[：:])",
    re.M,
)


def duties_subject(head: str) -> Stated | None:
    """The placed unit a duties heading's first sentence is about, or a line opening on its
    own duties (see above); None where the section opens on no such name."""
    return first_placed(_DUTIES, head) or first_placed(_OWN_DUTIES, head)
