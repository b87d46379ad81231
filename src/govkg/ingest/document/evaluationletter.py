"""An evaluation sent as a letter to the finance bureau: a sign of the genre with no title.

A department may send its evaluation of its funds to the finance bureau as a plain letter
(forty-first trial's 593): the page has no title, it opens on the addressee line
(福建省财政厅:), the writer says it made or commissioned a performance evaluation
(我厅委托第三方机构开展2018年度省级专项资金绩效评价…) and sends the findings at once
(现将有关情况报送如下:), under numbered headings (一、评价资金范围及目标完成情况). It is a
report of the family however few of the family's other words the page kept.

All three are asked: one finance bureau addressed on the first line (a notice goes to many,
各市财政局; a letter from the finance bureau addresses no finance bureau); the writer's
sentence that an evaluation was made (开展/进行/完成/组织…绩效评价 or 绩效自评, not one
planned: 拟开展, 将开展) followed within its next sentence by 现将…报送/报告/汇报如下 (a notice
says 通知如下, a request for funds names no evaluation made); and a numbered heading after it.
``report`` asks a money figure too; a text of another class (``otherclasses``) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["sends_evaluation_letter"]

_ADDRESSEE = re.compile(
    r"\A\s*(?!各)[\u4e00-\u9fff]{0,20}?财政(?:厅|局|部|委员会|委)[ \t\u3000]*[:：][ \t\u3000]*\n"
)
"""The letter's first line: one finance bureau addressed, 福建省财政厅: (not 各市财政局:)."""
_MADE = re.compile(
    r"(?<![拟将要需])(?:开展|进行|完成|组织)了?[^。！？\n]{0,60}?绩\s*效\s*(?:评\s*价|自\s*评)"
    r"[^。！？\n]{0,120}?[。，,；;]?[^。！？\n]{0,80}?"
    r"现将[^。！？\n]{0,20}?(?:报送|报告|汇报|呈报)如下"
)
"""The writer's evaluation made and sent: 开展…绩效评价,对…进行评价。 现将有关情况报送如下."""
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])"
    r"[ \t\u3000]*\S",
    re.M,
)


def sends_evaluation_letter(text: str) -> bool:
    """Whether ``text`` (simplified) is an evaluation sent as a letter to a finance bureau
    (see above)."""
    if _ADDRESSEE.match(text) is None:
        return False
    made = _MADE.search(text, 0, 1500)
    if made is None or _HEADING.search(text, made.end()) is None:
        return False
    return other_class(text) is None
