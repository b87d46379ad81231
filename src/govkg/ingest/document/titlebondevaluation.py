"""Title words of a special bond project's evaluation notice (trial 58).

Zhejiang's units publish, each year, the result of the evaluation of the projects a
地方政府专项债券 funds: a short notice (现将X2023年度专项债券项目资金绩效评价情况公示如下:) and a
table of its projects (主管部门 | 项目单位 | 项目名称 | 发行金额(亿元) | 评价结果). Where the table
keeps its own title (…专项债券项目资金绩效评价情况表) the project genre's title words already
read it (the corpus's 654, 655); a town's page titled its notice only
"2023年巽宅专项债券项目资金绩效评价公开" (trial 58's 1103, 永嘉县巽宅镇人民政府; refused
before as no report of the family). It reports the bond-funded projects' money and their
evaluation as the corpus's 专项债券 evaluations do (650, 651, 654, 655): a project report.

Only a line ending on the bond project's evaluation published (专项债券项目(资金)绩效评价(情况|
结果)公开 or 公示) is such a title; a notice commissioning the evaluation (关于开展…专项债券
项目资金绩效评价工作的通知) and a sentence naming the notice (…绩效评价情况公示如下:) are none.
The title's words before 专项债券 (巽宅, a place's short name) are no unit: the unit is read
from the notice's sentence (``titleunit``'s 现将…) or left unnamed.
"""

from __future__ import annotations

__all__ = ["BOND_EVALUATION_TITLE"]

BOND_EVALUATION_TITLE = (
    r"|(?<=专项债券)\s*项\s*目\s*(?:资\s*金\s*)?绩\s*效\s*评\s*价\s*"
    r"(?:情\s*况\s*|结\s*果\s*)?(?:公\s*开|公\s*示)"
    r"(?=[ \t\u3000]*(?:\n|$|(?:根\s*据|按\s*照|依\s*据)[^。！？\n《]{0,20}《))"
)
"""(专项债券)项目资金绩效评价公开, …绩效评价结果公示: ending its line, right after 专项债券."""
