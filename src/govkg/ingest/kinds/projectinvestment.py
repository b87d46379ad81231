"""A project's 总投资 said after the project is named as its sentence's subject is its budget
(trial 58's 1102, a special bond project's self-evaluation, in traditional characters):

    該項目位于江陰高新區青陽園區,總投資約13.34億元,用地面積約12.77萬平方米…

項目總投資 right before a figure is read as a budget (``kindwords``: the corpus's 130, 138, 653,
760), what the project is planned to cost; here the project is named as the subject at the
sentence's start (该项目 / 本项目 / 此项目) and its 总投资 stands alone after a comma, so 总投资
alone was read as an investment of no kind. Read so only where the amount's own words end on
总投资 (总投资额) after a comma or alone, at most 约 / 为 / 是 / 达 / 共 after it, and the clause
before it names no other investment (固定资产, 社会, 企业, 计划 / 预计: those keep their
readings); 总投资 with no project as the subject stays OTHER.
"""

from __future__ import annotations

import re

__all__ = ["project_investment_kind"]

_OWN = re.compile(r"(?:^|[，,])\s*总投资(?:额)?\s*(?:约|为|是|达|共计?|合计)*\s*$")
_SUBJECT = re.compile(
    r"(?:^|[。；;！？!?\n])\s*(?:该|本|此)项目"
    r"(?P<between>[^。；;！？!?\n\d]{0,40}?)[，,]\s*总投资(?:额)?\s*(?:约|为|是|达|共计?|合计)*\s*$"
)
_OTHER_INVESTMENT = re.compile(r"固定资产|社会|企业|民间|计划|预计|拟|累计|完成|实际|已")
REACH = 80  # characters before the amount in which its sentence's start is looked for


def project_investment_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a project's 总投资 named after the project as its sentence's subject (the
    rule above); else ``kind``."""
    if kind != "OTHER" or not _OWN.search(own):
        return kind
    said = _SUBJECT.search(text, max(0, start - REACH), start)
    if said is None or _OTHER_INVESTMENT.search(said["between"]):
        return kind
    return "BUDGET"
