"""A self-evaluation of a project the unit names as its own: 我单位对X2021年度…项目…开展了自评.

A text with no title may name itself only where it says whose project it evaluated:
"我单位对环境监测站2021年度百岁宫大气监测专项项目使用管理情况认真开展了自评" (fiftieth trial's
786). A 自评 is by definition the evaluator's own, so the X whose year's project 我单位
self-evaluated is 我单位 itself: X is read as the unit. Read only where the pronoun is the
generic 我单位 / 本单位 or names X's own organisation word (我站 … 环境监测站, 我局 … 某局);
where X is another's (局属…, 下属…, 各…) or the act is an evaluation (评价, 进行了绩效评价:
perhaps of a subordinate by its supervisor), nothing is read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated

__all__ = ["own_project_unit"]

_OWN_PROJECT = re.compile(
    r"(?:我|本)(?P<pronoun>单位|[\u4e00-\u9fff])[ \t\u3000]*对[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*20\d\d[ \t\u3000]*年度?"
    r"[^。；;\n]{2,60}?项目[^。；;\n]{0,40}?(?:进行|开展)了?[ \t\u3000]*(?:绩效)?[ \t\u3000]*自评"
    r"(?!价)"
)
_OTHERS = re.compile(r"^(?:局属|所属|下属|直属|各|全|其|该|相关|有关)")


def own_project_unit(head: str) -> Stated | None:
    """X of the first 我单位对X20XX年度…项目…开展了自评 (see above), with its span; None where
    the sentence is not one."""
    for found in _OWN_PROJECT.finditer(head):
        name, pronoun = found["unit"], found["pronoun"]
        if _OTHERS.match(name):
            continue
        if pronoun == "单位" or name.endswith(pronoun):
            return name, found.span("unit")
    return None
