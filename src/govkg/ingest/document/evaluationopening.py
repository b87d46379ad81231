"""An evaluation's own opening: a sign of the genre in a text whose page lost its title.

A finance bureau's evaluation group may publish its evaluation of a fund with no title the
page kept, opening on its own sentence (thirty-third trial's 422: 我们对…专项经费进行了绩效评价,
现将评价结果报告如下:) and going on under the evaluation's own headings ((一)评价目的,
(二)评价过程, (三)评价方法). It is a report of the family, a project's evaluation, whatever
few of the family's other words the cut page kept.

Both are asked: the sentence, in which the writer says it made a performance evaluation
(对…进行了[综合]绩效评价/绩效自评) and reports it (报告如下), and at least one numbered
heading of the evaluation's work on a line of its own (评价目的, 评价过程, 评价方法, 评价依据,
评价对象, 评价范围, 评价组织, 评价结论, 评价工作情况). Audits and their rectification report
审计 work, never a 绩效评价 of a fund (对…进行了审计…报告如下); rules on evaluation (…评价办法)
have the headings' words but no writer reporting an evaluation made; a news item reports
none as 报告如下. ``report`` asks a money figure too.
"""

from __future__ import annotations

import re

__all__ = ["opens_evaluation"]

_MADE = re.compile(
    r"对[^。！？\n]{2,80}?进行了?\s*(?:综合|专项|重点)?\s*绩\s*效\s*(?:评\s*价|自\s*评)"
    r"[^\n]{0,40}?报\s*告\s*如\s*下"
)
"""The writer's sentence: 对X经费进行了绩效评价,现将评价结果报告如下 (or 。现将…报告如下)."""
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])"
    r"[ \t\u3000]*(?:绩效)?评\s*价\s*(?:工作)?\s*"
    r"(?:目的|过程|方法|依据|对象|范围|组织|结论|情况)",
    re.M,
)
"""A numbered heading of the evaluation's own work: (一)评价目的, 2、评价依据."""


def opens_evaluation(text: str) -> bool:
    """Whether ``text`` (simplified) reports an evaluation it made, in its own sentence, under
    the evaluation's own headings (see above)."""
    made = _MADE.search(text)
    return made is not None and _HEADING.search(text, made.end()) is not None
