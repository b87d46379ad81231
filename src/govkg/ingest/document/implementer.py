"""A project report that states who carries the project out: "该项目实施单位为区应急局"
(twenty-third trial's 294, a 项目支出绩效评价报告 whose title names no unit).

A project report is about one project, and the unit that carries it out (its 实施单位) is
the unit the report is of. Read only in a sentence whose subject is the project (该项目, 本项目,
项目, the project's name before 项目), with 实施单位 then 为/是 and one name ending on an
organisation word, written as the text writes it (区应急局: a relative name, never completed);
its 组织实施单位 too, the name followed by its short one (项目组织实施单位为津市市教育局(以下简称
“市教育局”): thirty-fourth trial's 442, a firm's evaluation of a city's fund). The project's
own 项目单位 or 项目预算单位 is its unit the same way, after 为 or a colon (…资金项目单位为 XX 县
林业局, a firm's evaluation of a masked county's fund: trial 62's 1241, the mask kept as
written; 项目预算单位:海南博鳌乐城…管理局, the project's own report: 1248).
A pronoun (我局), a list of units (…、…), a company (a contractor is no budget unit) or the
project's 主管单位 / 资金使用单位 reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["implementing_unit"]

_ORG = r"(?:委员会|办公室|办事处|中心|人民政府|政府|法院|检察院|局|委|办|厅|院|所|站|队|馆|校)"
_MASK = r"(?:[xX×Ｘｘ]{2,4}[ \t\u3000]*(?=[省市县区州]))?"
"""A place masked by a document site with letters (XX 县林业局: trial 62's 1241), kept as written
(``titleunit._MASK``; the corpus's 1065 keeps XX区第二幼儿园)."""
_SENTENCE = re.compile(
    r"(?:^|[。；;！!\n])[^。；;\n]{0,30}?项\s*目[ \t\u3000]*(?:的)?[ \t\u3000]*"
    r"(?:(?:组\s*织\s*)?实\s*施\s*|预\s*算\s*)?单\s*位"
    rf"[ \t\u3000]*(?:为|是|[：:])[ \t\u3000]*(?P<unit>{_MASK}[\u4e00-\u9fff（）()]{{2,30}}?{_ORG})"
    r"(?=[ \t\u3000]*(?:[。；;，,\n]|$|[（(]以下简称))",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START})")


def implementing_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a project report states carries its project out (see above), with its span
    in ``head``; None where no sentence states one."""
    for found in _SENTENCE.finditer(head):
        if not _NOT_A_NAME.match(found["unit"]):
            return found["unit"], found.span("unit")
    return None
