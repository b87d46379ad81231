"""Rule ``joint-self-evaluation``: a department that ran its fund's self-evaluation together
with the finance department of its place is the reporter (thirty-fifth trial's 454).

A transfer's self-evaluation is made by the department that holds the fund with the finance
department that passed it on: "根据…通知,样例省某某厅、财政厅认真组织开展了2031年度某某资金
绩效自评工作,自评情况如下". The finance department joins every such evaluation (the fund's
rules ask for it), and is written short after the first, its place shared; the department
named first, placed in full, is the one reporting (``selfevaluated`` leaves two evaluators
open where neither is the finance body). Read only where the sentence names exactly two, the
second the finance department or bureau alone (财政厅, 财政局, or placed as the first is), and
says they organised or carried out the 绩效自评 (组织开展, 开展, 组织; 组织对某某资金开展…,
the fund named before the verb: thirty-sixth trial's 479); a first that is the
finance body itself, a pronoun (我厅、财政厅), or two line departments names none.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["joint_self_evaluation"]

_SENTENCE = re.compile(
    r"(?:^|[。；;！!，,）)\n])[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*[、和与及][ \t\u3000]*"
    r"(?P<finance>(?:[\u4e00-\u9fff]{1,12}?(?:自治区|省|市|县|区|州|旗))?财政(?:厅|局))"
    r"[ \t\u3000]*(?:认真|共同|联合)?[ \t\u3000]*(?:组织)?[ \t\u3000]*"
    # 组织对2031年某某资金开展绩效自评: what they evaluated before the verb (thirty-sixth trial)
    r"(?:对[^。；;\n、]{1,40}?)?(?:开展|进行)了?"
    r"[^。；;\n]{0,80}?绩效自评",
    re.M,
)
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|全|下属|所属|直属|主管|上级|相关|有关)")


def joint_self_evaluation(head: str) -> Stated | None:
    """The department named first where a sentence of ``head`` says it and its place's
    finance department carried out the self-evaluation, with its span; else None."""
    for found in _SENTENCE.finditer(head):
        name = found["unit"]
        if _NOT_SELF.match(name) or "财政" in name or not placed(name):
            continue
        return name, found.span("unit")
    return None
