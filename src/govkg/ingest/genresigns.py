"""Signs of the genre that accept a text with no title and no money figure under a heading.

A page of a self-assessment often comes without its title or its money: a later page of
an article that starts inside the form's indicator table (一级指标 | 二级指标 | 三级指标,
成本指标 10万元), or a form whose figures were lost to OCR (部门整体绩效自评表 … 年初预算数
全年预算数 全年执行数 …). Such a text is still a report of the family: only a text that
shows neither a money figure nor a sign of the genre is refused (``report``).

A sign is one of: the title of a self-assessment form (…绩效自评表, …绩效目标自评表) among the
text's opening lines; the three levels of the indicator table's headings together (一级指标,
二级指标, 三级指标); or the form's budget-execution headings, at least two of 年初预算数,
全年预算数, 全年执行数 (a news item quoting a budget names none of these); or a 三公 note's
title or its stated 决算/预算 total (``threepublic``), or a 三公 table's title or
note's opening total (``threepublicsheet``), or two of the three 三公 items listed with an
amount each (``threepublicsign``). The unit and the
year such a text leaves unstated are marked unknown by the callers, never guessed.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic import states_three_public
from govkg.ingest.threepublicopening import announces_three_public
from govkg.ingest.threepublicsheet import sheet_of_three_public
from govkg.ingest.threepublicsign import itemises_three_public

__all__ = ["shows_genre"]

_FORM_TITLE = re.compile(r"绩\s*效\s*(?:目\s*标\s*)?自\s*评\s*表")
_LEVELS = ("一级指标", "二级指标", "三级指标")
_EXECUTION = re.compile(r"年初预算数|全年[（(]?\S{0,4}?[）)]?\s*预算数|全年执行数")
OPENING = 600  # characters in which a form's title is looked for


def shows_genre(text: str) -> bool:
    """True where ``text`` (simplified) shows a sign of the genre family (see above)."""
    if _FORM_TITLE.search(text[:OPENING]):
        return True
    squeezed = re.sub(r"\s+", "", text[:20_000])
    if all(level in squeezed for level in _LEVELS) or states_three_public(text):
        return True
    if announces_three_public(text):  # 现将X2020年度“三公”经费决算情况公布如下 (thirteenth trial)
        return True
    if sheet_of_three_public(text):  # …“三公”经费汇总情况决算表, 2020年“三公”经费支出… (fourteenth)
        return True
    if itemises_three_public(text):  # 因公出国(境)费0万元…公务接待费12.5万元 (corpus round 16)
        return True
    return len({m.group() for m in _EXECUTION.finditer(squeezed)}) >= 2
