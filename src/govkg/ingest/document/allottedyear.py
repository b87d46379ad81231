"""Rule ``allotted-year``: a report that states no year of its own is of the year whose
budget or funds plan its money was allotted under (twenty-ninth trial's 368).

``years`` keeps a cited document's years off the report (a document is dated by its own
year). A county's project report may open with no title and write its year nowhere but in
the approval it gives as the ground of its money: "根据《样例市人民政府关于样例市2022年度涉农
资金统筹整合使用实施计划安排的批复》,下达预算资金201.48万元用于…项目". The cited title is a
year's budget or funds plan (…年度…预算, …资金…计划/安排/方案), given as the ground (根据 /
按照 / 依据) of the allotment that follows in the same sentence (下达 / 安排 / 拨付 / 分配):
the money is that year's, and so is the report. Read only where the opening states no year
otherwise (``years.stated_year`` asks it last), and only where every such ground names the
same year; a rule or a plan over years (《…规划(2016-2020年)》), a notice that is no budget or
plan (《关于下达2019年…资金的通知》: money may be carried into a later year), or a document
cited for another purpose (印发了《…2022年度…计划》) dates nothing.
"""

from __future__ import annotations

import re

__all__ = ["allotted_year"]

_GROUND = re.compile(
    r"(?:根据|按照|依据)(?P<cited>[^。；;\n《]{0,30}《[^。；;\n]{0,200}?》)"
    r"[^。；;\n《》]{0,40}?(?:下达|安排|拨付|分配)"
)
"""The ground of an allotment: 根据 and the titles it cites, then the allotment's verb."""
_TITLE = re.compile(r"《[^《》\n]*》")
_YEAR = re.compile(r"(?<![\d\-—~至])(?P<year>20\d\d)[ \t\u3000]*年")
_BUDGET_OR_PLAN = re.compile(r"预\s*算|(?:资\s*金|经\s*费)[^《》]*?(?:计\s*划|安\s*排|方\s*案)")
_OVER_YEARS = re.compile(r"20\d\d\s*[-—~至到]\s*20\d\d")


def allotted_year(head: str) -> re.Match | None:
    """The year (group ``year``) of the ground of the report's allotment that is one year's
    budget or funds plan (see above); None where there is none, or the grounds' titles
    write years that disagree or a plan over years."""
    found, years = None, set()
    for ground in _GROUND.finditer(head):
        for title in _TITLE.finditer(head, ground.start("cited"), ground.end("cited")):
            if _OVER_YEARS.search(title.group()):
                return None
            dated = list(_YEAR.finditer(head, title.start(), title.end()))
            years |= {year["year"] for year in dated}
            if dated and found is None and _BUDGET_OR_PLAN.search(title.group()):
                found = dated[0]
    return found if len(years) == 1 else None
