"""A portal's office in the publisher field is no reporter unless the body names it again
(thirty-second round: units of pages whose title is gone).

A county's or city's finance bureau, its people's government, or the government's office
runs the portal that posts every unit's reports: "发布机构 | 施甸县财政局 |" over a library's
self-assessment, "来源: 西平县人民政府" over a bureau's project report, "发布机构 / 元阳县人民
政府办公室" over a township's. With the title cut off, the field is the only name left, and
taking it merges the report into the portal's office. Such a publisher stands for the
reporter only where the text names it again outside the field (南县财政局's own report:
"对南县财政局2020年度机关整体支出开展了绩效评价"), or where the report is an area's, which
its finance bureau compiles and posts (a line opening on a place and a year, 施甸县2016年
“三公”经费决算情况统计表; an area's voice, 我县选择10个…重点项目; the area's own finances,
关于提请审议2023年财政收支决算草案的议案); otherwise the unit stays unnamed, never guessed
from the host.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["portal_office"]

_PORTAL_OFFICE = re.compile(
    r"(?:财政局|财政厅|财政委员会|人民政府|人民政府办公室|政府办公室|政府办)$"
)

_AREA_LINE = re.compile(
    r"^[ \t\u3000]*[\u4e00-\u9fff]{1,6}?[省市县区州旗][ \t\u3000]*20\d\d\s*年", re.M
)
"""A line opening on a place alone, then a year: an area's report (施甸县2016年“三公”…)."""
_AREA_VOICE = re.compile(r"我(?:省|市|县|区|州|旗)|财政收支|决算草案|预算草案")
"""An area speaking of itself (我县选择10个…项目), or of its own finances (财政收支决算草案):
its finance bureau or government reports for it."""
_READING = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def portal_office(text: str, publisher: str, span: tuple[int, int]) -> bool:
    """Whether ``publisher`` (the field at ``span`` of ``text``) is a portal's finance bureau
    or government office that the text names nowhere else."""
    name = _READING.sub("", re.sub(r"\s+", "", simplified(publisher)))
    if not _PORTAL_OFFICE.search(name):
        return False
    plain = simplified(text)
    if _AREA_LINE.search(plain) or _AREA_VOICE.search(plain):
        return False
    rest = plain[: span[0]] + " " * (span[1] - span[0]) + plain[span[1] :]
    rest = _READING.sub("", rest)  # 財(cái)政局: a mirror's readings read through
    return re.search(r"\s*".join(map(re.escape, name)), rest) is None
