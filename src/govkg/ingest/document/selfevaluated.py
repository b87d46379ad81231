"""Rule ``self-evaluated``: the unit a body's sentence says evaluated its own spending
(corpus round 18).

A report that no title, field or introduction names may still say who wrote it in the
sentence that opens its body: "教育部在对各地报送的…绩效自评材料审核评价基础上,对2020年度
支持地方高校改革发展资金项目进行了绩效自评,现将绩效自评情况报告如下" (a transfer's
self-evaluation by the ministry that holds it). A 自评 is by definition the evaluating
unit's own, so the subject of "X(在…基础上)对…进行了绩效自评" is the reporting unit. Read
only where the name opens its clause and is a name: placed (样例县某某局, ``issuer``) or a
central ministry's bare name (教育部, 财政部); a pronoun or a whole set (我局, 本单位, 各部门,
主管部门) names none, and an evaluation by another (市财政局对我单位进行了绩效评价: 评价,
not 自评) is never read.

The work may be the verb's object: "…文件要求,阿拉善左旗乌力吉苏木人民政府开展并完成了本部门涉及
中央对地方转移支付预算执行情况绩效自评工作" (trial 52's 865): X开展(并完成)了…绩效自评(工作) names
its evaluator the same way."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["self_evaluated"]

_SENTENCE = re.compile(
    r"(?:^|[。；;！!，,）)\n])[ \t\u3000]*"
    rf"(?P<unit>{NAME}|[\u4e00-\u9fff]{{2,10}}?部)[ \t\u3000]*"
    r"(?:在[^。；;\n]{0,80}?基础上[ \t\u3000]*[，,]?[ \t\u3000]*)?"
    r"对[^。；;\n，,]{2,80}?(?:进行|开展)了?[ \t\u3000]*"
    r"(?:(?:绩效)?[ \t\u3000]*(?:自查)?[ \t\u3000]*自评"
    r"|绩效[ \t\u3000]*(?:目标)?[ \t\u3000]*运行[ \t\u3000]*监控)"
    r"(?=[，,。；;\s]|$)",
    re.M,
)
"""X(在…基础上,)对…进行了绩效自评: the clause's subject, its evaluator. 自查自评 too, and a
monitoring of its own targets (X对2022年度实施的…项目进行绩效目标运行监控: a 运行监控 report is the
unit's own, as its 自评 is; trial 61's 1215, 1212)."""
_WORK = re.compile(
    r"(?:^|[。；;！!，,）)\n])[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:开展并完成了|开展了|完成了)"
    r"[^。；;\n，,]{2,80}?绩效[ \t\u3000]*自评[ \t\u3000]*(?:工作)?(?=[，,。；;\s]|$)",
    re.M,
)
"""X开展并完成了…绩效自评工作: the work's subject, its evaluator."""
_RELATIVE = re.compile(
    r"^[省市县区][\u4e00-\u9fff]{2,16}(?:局|委员会|委|办公室|中心|院|所|站|队|厅|政府|联合会)$"
)
"""A name relative to its level's place (市交通运输局对2021年度…进行了绩效自查自评: trial 61's
1212, named so throughout, no city written): a name as written, as the corpus's 市环境保护局 and
区应急局 are; a bare level word with an organisation word (市局, 县委) is too short to be one."""
_MINISTRY = re.compile(r"^(?:国家)?[\u4e00-\u9fff]{2,8}部$")
"""A central ministry's bare name (教育部, 农业农村部): a name with no place."""
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|全|下属|所属|直属|其中|主管|上级|相关|有关)")
_LOCAL = re.compile(r"[省市县区州旗乡镇村]|支部$|党组|分部$")
"""A bare 部 name with a place word or a party cell's word (县委宣传部, 党支部): not central."""
_JOINT = re.compile(r"会同|联合|协同|与|、")
"""Two units evaluating together (教育部会同财政部对…): which one reports is left open."""


def self_evaluated(head: str) -> Stated | None:
    """The first unit that a sentence of ``head`` (simplified) says self-evaluated, with its
    span; None where no such sentence names one."""
    sentences = sorted([*_SENTENCE.finditer(head), *_WORK.finditer(head)], key=lambda m: m.start())
    for found in sentences:
        name = found["unit"]
        if _NOT_SELF.match(name) or _JOINT.search(name):
            continue
        if placed(name) or _RELATIVE.match(name):
            return name, found.span("unit")
        if _MINISTRY.match(name) and not _LOCAL.search(name):
            return name, found.span("unit")
    return None
