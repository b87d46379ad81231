"""Rule ``heading-unit``: a title's line that opens on its unit before the report's words
(corpus round 18).

A title may run over lines, the unit heading one of them and the genre's words after it, in
a wording the genre's title patterns do not know: "2019泗县扶贫项目绩效自评抽查报告 / 泗县财政局
扶贫项目绩效目标自评 / 抽查情况报告" (a finance bureau's report on a spot check of the
self-evaluations). The title block is the lines that open the text up to the first line with
a sentence's or a field's mark (，。；：: the salutation 县扶贫开发工作领导小组:, a 来源: line,
the body); a line of it that opens (after a year, or 关于) on a placed name (``issuer``) is
the unit's title where the words from it to the block's end name a report of the family
(绩效, 自评, 决算 or 三公, ending in 报告, 说明 or 表) and no other unit (an organisation word
after the name: 关于样例县某某中心…的报告 is about another) nor a handing out or a notice
(下达, 转发, 通知: ``issuer``'s words), nor the works a project does on it (…垃圾转运站提升改造
项目…, ``worksproject``: thirtieth trial). Read only where nothing else names the unit."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, ORG, Stated, placed
from govkg.ingest.document.worksproject import works_on_name

__all__ = ["heading_unit"]

_LINES = 5
"""A title runs over a few lines at most."""
_STOPS = re.compile(r"[，,。；;：:]")
_OPENS = re.compile(
    rf"[ \t\u3000]*(?:20\d\d\s*年?度?)?[ \t\u3000]*(?:关于)?(?P<unit>{NAME})"
    r"(?=[ \t\u3000]*[\u4e00-\u9fff]{2})"
)
_REPORT = re.compile(r"(?:绩效|自评|决算|三公)[^\n]*(?:报告|说明|表)$")
_OTHER = re.compile(ORG + r"|下达|拨付|转发|印发|通知|批复|审计|督查|考核")
"""Words after the name that make the title another unit's or another business."""


def heading_unit(head: str) -> Stated | None:
    """The placed unit a line of the title block opens on, with its span in ``head``."""
    lines = list(re.finditer(r"[^\n]*", head[:600]))
    block = [line for line in lines if line.group().strip()]
    kept = []
    for line in block[:_LINES]:
        if _STOPS.search(line.group()):
            break
        kept.append(line)
    for at, line in enumerate(kept):
        opens = _OPENS.match(head, line.start(), line.end())
        if opens is None or not placed(opens["unit"]):
            continue
        rest = head[opens.end("unit") : line.end()] + "".join(m.group() for m in kept[at + 1 :])
        rest = re.sub(r"\s+", "", rest)
        if works_on_name(rest):  # …垃圾转运站|提升改造项目…: the project's object (worksproject)
            continue
        if _REPORT.search(rest) and not _OTHER.search(rest):
            return opens["unit"], opens.span("unit")
    return None
