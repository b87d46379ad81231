"""The unit that says it evaluated a fund and reports it in the next breath (thirty-eighth
trial's 542): "样例市某局对2031年度…补贴使用情况开展了财政绩效评价工作。现将绩效评价
情况报告如下". An evaluation by another is not its subject's own (``selfevaluated`` reads
only 自评), but the one that did the evaluation and says 现将…报告如下 right after is the
report's writer. Read only where the evaluator opens its sentence with a placed name (a
pronoun, a whole set, a 受…委托 agency opens none) and the very next sentence is the
report's 现将…如下.

The evaluator may say when it evaluated (县财政局于2015年5月8日—13日对…开展了绩效评价) and
announce the report in the same sentence (…,具体评价情况如下:), and a copy whose county is
masked (xx县) names it relative to the county, as written: 县财政局 (fifty-third trial's 899,
a county's evaluation of a 县委组织部 project). A relative name is read only as a bureau, a
committee, an office or a centre of 省, 市, 县 or 区 opening the sentence."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["reporting_evaluator"]

_SENTENCE = re.compile(
    r"(?:^|[。；;！!，,\n])[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*"
    # the days it evaluated, between (县财政局于2015年5月8日—13日对…: trial 53's 899)
    r"(?:于[^。；;，,\n对]{2,24}?)?"
    r"对[^。；;\n]{2,80}?(?:进行|开展)了?[^。；;\n]{0,8}?绩效评价(?:工作)?[ \t\u3000]*"
    r"(?:。[ \t\u3000]*现将[^。；;\n]{0,30}?(?:报告|公示|公告)如下"
    # or the report announced in the same sentence: …开展了绩效评价,具体评价情况如下:
    r"|[，,][ \t\u3000]*(?:具体|现将)[^。；;，,\n]{0,16}?(?:情况|结果)(?:报告|公示|公告)?如下)",
    re.M,
)
_RELATIVE = re.compile(r"^[省市县区][\u4e00-\u9fff]{1,8}(?:局|委员会|委|办公室|办|中心)$")
"""A unit its own text names relative to its area (县财政局, where a masked copy writes its
county xx县): the name as the text writes it, taken where it opens the sentence."""
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|全|下属|所属|直属|其中|主管|上级|相关|有关|受)")


def reporting_evaluator(head: str) -> Stated | None:
    """The placed unit whose sentence says it evaluated, right before 现将…报告如下; None
    where no such sentence opens on one."""
    for found in _SENTENCE.finditer(head):
        name = found["unit"]
        if not _NOT_SELF.match(name) and (placed(name) or _RELATIVE.match(name)):
            return name, found.span("unit")
    return None
