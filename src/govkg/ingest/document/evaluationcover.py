"""A self-evaluation's cover: a sign of the genre in a text with no title and no money figure.

A county's template of a performance self-evaluation (Hunan's 绩效评价自评报告) opens with a
cover of fields before its first table (the twentieth trial's 250, whose page lost the title
above them)::

    评价类型:项目实施过程评价□项目完成结果评价□
    项目名称:…
    项目单位:…
    评价方式:部门(单位)绩效自评
    评价机构:部门(单位)评价组
    报告日期:2021年07月12日

Its amounts are bare cells under (万元) row labels, so ``report`` finds no money figure;
the cover itself shows the genre. A field is its label and a colon (the cleaned text may
run a cover's short lines together: …养护中心主管部门:…评价方式:部门(单位)绩效自评评价机构:…),
its value running to the next label. The cover is two of 评价类型 / 评价方式 / 评价机构,
each with a value naming 绩效, 自评 or 评价; or 项目名称 and 项目单位 with such a 评价方式;
the fields within ``SPREAD`` characters, as a cover's are. A news item or a procurement
notice names 评价 once; a policy on how to evaluate (绩效评价管理办法) numbers what it
says of 评价方式 (（三）评价方式：…, 第八条 评价机构：…): a numbered label is no field.
"""

from __future__ import annotations

import re

__all__ = ["shows_evaluation_cover"]

_LABELS = ("评价类型", "评价方式", "评价机构", "项目名称", "项目单位")
_BLANK = r"[ \t\u3000]*"
_LABEL = "|".join(_BLANK.join(word) for word in _LABELS)  # 评 价 方 式: a form's spaced label
_FIELD = re.compile(
    rf"(?P<label>{_LABEL}){_BLANK}[:：]{_BLANK}(?P<value>(?:(?!{_LABEL})[^\n|。；;]){{0,40}})"
)
_NUMBERED = re.compile(
    r"(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、．.]"
    r"|第[一二三四五六七八九十百\d]{1,4}条)\s*$"
)
"""An article's or an item's number right before a label: a policy's text, no cover."""
_EVALUATED = re.compile(r"绩效|自评|评价")
_EVALUATION_FIELDS = ("评价类型", "评价方式", "评价机构")
OPENING = 3000  # characters in which a cover is looked for
SPREAD = 400  # characters over which a cover's fields lie


def shows_evaluation_cover(text: str) -> bool:
    """True where the opening of ``text`` (simplified, readings out) is a self-evaluation's
    cover (see above)."""
    fields: dict[str, re.Match] = {}
    for found in _FIELD.finditer(text[:OPENING]):
        if _NUMBERED.search(text, max(0, found.start() - 8), found.start()):
            continue
        fields.setdefault(re.sub(r"\s", "", found["label"]), found)
    evaluated = [
        fields[label]
        for label in _EVALUATION_FIELDS
        if label in fields and _EVALUATED.search(fields[label]["value"])
    ]
    if len(evaluated) >= 2:
        return _close(evaluated)
    if len(evaluated) == 1 and evaluated[0]["label"].replace(" ", "") == "评价方式":
        named = [fields[label] for label in ("项目名称", "项目单位") if label in fields]
        return len(named) == 2 and _close([*named, *evaluated])
    return False


def _close(fields: list[re.Match]) -> bool:
    """Whether the fields lie within ``SPREAD`` characters, as a cover's do."""
    return max(f.start() for f in fields) - min(f.start() for f in fields) <= SPREAD
