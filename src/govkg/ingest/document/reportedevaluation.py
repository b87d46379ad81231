"""The unit that says it evaluated a fund and reports it in the next breath (thirty-eighth
trial's 542): "样例市某局对2031年度…补贴使用情况开展了财政绩效评价工作。现将绩效评价
情况报告如下". An evaluation by another is not its subject's own (``selfevaluated`` reads
only 自评), but the one that did the evaluation and says 现将…报告如下 right after is the
report's writer. Read only where the evaluator opens its sentence with a placed name (a
pronoun, a whole set, a 受…委托 agency opens none) and the very next sentence is the
report's 现将…如下."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["reporting_evaluator"]

_SENTENCE = re.compile(
    r"(?:^|[。；;！!，,\n])[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*"
    r"对[^。；;\n]{2,80}?(?:进行|开展)了?[^。；;\n]{0,8}?绩效评价(?:工作)?[ \t\u3000]*。"
    r"[ \t\u3000]*现将[^。；;\n]{0,30}?(?:报告|公示|公告)如下",
    re.M,
)
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|全|下属|所属|直属|其中|主管|上级|相关|有关|受)")


def reporting_evaluator(head: str) -> Stated | None:
    """The placed unit whose sentence says it evaluated, right before 现将…报告如下; None
    where no such sentence opens on one."""
    for found in _SENTENCE.finditer(head):
        name = found["unit"]
        if not _NOT_SELF.match(name) and placed(name):
            return name, found.span("unit")
    return None
