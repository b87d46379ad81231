"""A name in a title followed by the works done on it names a project, not a unit.

A project's title names what it builds or mends, placed as a unit's name would be:
"样例市样例区某某乡某某家园垃圾转运站提升改造项目绩效自评报告" (the thirtieth trial's 383) ends
its name on 站, an organisation word, yet the 站 is what the 提升改造 works on; the report is
the project's, filed by the bureau that ran it (named elsewhere: the page's publisher, a
field). The works words right after the name, then 项目 (or 工程), say so: 建设, 新建, 改建,
扩建, 改扩建, 提升改造, 维修, 修缮, 加固, 升级, 迁建, 整治, 装修. A name followed by other
words (样例县某某中心2031年度项目支出…, …中心信息化运维项目) keeps today's reading."""

from __future__ import annotations

import re

__all__ = ["works_on_name"]

_WORKS = re.compile(
    r"(?:提升|改造|新建|改建|扩建|改扩建|续建|建设|维修|修缮|加固|升级|迁建|整治|装修|提质)+"
    r"(?:工程)?(?:项目|工程)"
)


def works_on_name(after: str) -> bool:
    """Whether ``after``, a title's words right after a name (spaces left out), open on the
    works done on it and the project (提升改造项目…): the name is the project's object."""
    return _WORKS.match(after) is not None
