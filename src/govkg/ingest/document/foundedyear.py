"""A year that dates a unit's or a works' founding, not the year a report is of.

A project report's opening may tell the history of what it reports on before its year:
"样例县体育场于2013年建成", "中心成立于2009年", "于2015年组建": the year the stadium was
built or the centre set up (thirty-eighth trial's 531, whose fiscal year, 2020, comes
after). A year written after 于 and followed by such a verb (or a 成立于 before it) is
history, never the fiscal year; a year's own works (2021年建成高标准农田…, with no 于)
stay that year's.

A 决算's 单位基本情况 may tell the unit's move too: "2008年搬迁到位于…的新馆" (forty-second
trial's 629, a 2014 决算): the year the unit moved into its premises, history as well. Read
only where the year is followed at once by the move and where it went (搬迁到, 迁入, 迁至,
搬入): a year's own relocation work (2020年搬迁工作, 2020年完成搬迁) stays that year's.

So may its renaming: "重庆市市政设施管理局成立于1963年,前身为重庆市市政养护管理处,2003年发展
更名为重庆市市政设施管理局" (trial 54's 944, a 2020 决算 read as 2003): the year the unit took
its name, followed at once (a word or two between: 发展, 正式) by 更名/改名/改称, history as
well. A year's own works named so (2020年更名工作) are not read: only 更名为/改名为/改称, the
new name after them.
"""

from __future__ import annotations

import re

__all__ = ["dates_a_founding"]

_AFTER = re.compile(r"[ \t\u3000]*(?:建成|成立|组建|挂牌|竣工|落成|始建|设立|开工建设|投入使用)")
_MOVED = re.compile(r"[ \t\u3000]*(?:整体)?(?:搬迁到|搬迁至|搬迁进|迁入|迁至|搬入|迁到)")
"""2008年搬迁到位于…: the year the unit moved, its destination named after."""
_RENAMED = re.compile(r"[ \t\u3000]*(?:[\u4e00-\u9fff]{1,2}?)?(?:更名为|改名为|改称)")
"""2003年发展更名为X: the year the unit was renamed (trial 54's 944)."""
_BEFORE = re.compile(r"(?:(?:成立|组建|设立|始建|建成|落成)于|于)[ \t\u3000]*$")


def dates_a_founding(head: str, start: int, end: int) -> bool:
    """Whether the year written at ``head[start:end]`` (its 年 included) dates a founding:
    于2013年建成, 成立于2009年; or the unit's move, 2008年搬迁到…, or its renaming, 2003年
    更名为…"""
    if _MOVED.match(head, end):  # 2008年搬迁到位于…的新馆: the unit's move (see above)
        return True
    if _RENAMED.match(head, end):  # 2003年发展更名为X: the unit's renaming (see above)
        return True
    before = head[max(0, start - 4) : start]
    if not _BEFORE.search(before):
        return False
    return bool(_AFTER.match(head, end)) or bool(
        re.search(r"(?:成立|组建|设立|始建|建成|落成)于", before)
    )
