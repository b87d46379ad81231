"""Words read where a unit's name stands that name no unit (ninth trial): the issuer is then
unnamed, never guessed.

- a fund's words: a title's words right before the 资金 / 经费 its genre opens with
  (云南省2022年度中央自然灾害资金绩效自评报告: 中央自然灾害 is the fund's name, not a unit;
  the 资金 went to the genre's words, so ``titleunit.is_fund`` cannot see it);
- a whole place's word (2020年全区收支决算: 全区 is the district's total, no organisation),
  or a level's (2016年度省级部门决算公开, a site's banner over a county court's 决算: 省级 says
  which level's reports the page lists, thirty-second round);
- a project's name (``projectname``: 2017年文化精品项目扶持绩效评价报告, forty-fifth
  trial's 672);
- a title's fragment (``titlefragment``: 年部门决算公开中…情况说明, sixteenth trial);
- a masked name (2024年度****部门整体支出…: the site masked it; a mask is no name), and a
  form's placeholder for an omitted name (部门: (略) 样例商业学校, twenty-sixth trial's 328: a
  published 决算批复 form with the names struck out as (略)): 略 is no name, nor is what stands
  beside it a whole one;
- a row's office (``row_office``): a name standing in a table under a column of offices
  (责任部门, 负责部门, 实施部门, 承办部门, 科室) is the office of one row of a list, not the
  report's issuer, even where the page ends on it alone on its line like a signature
  (图书信息中心 ending a college's list of projects, eleventh trial's 161).

A field's name is cut where the next field's label begins (``fieldwords.SPACED_LABEL``).
"""

from __future__ import annotations

import re

from govkg.ingest.document.projectname import names_a_project
from govkg.ingest.document.titlefragment import is_title_fragment
from govkg.ingest.text.simplified import simplified

__all__ = ["certain_unit", "row_office"]

_FUND_AFTER = r"\s*(?:资\s*金|经\s*费)\s*(?:绩\s*效|\n)"
_WHOLE_PLACE = re.compile(r"全[区县市省州旗盟]|[省市县区州旗乡镇]级")
_MASK = re.compile(r"[*＊]|[（(][ \t\u3000]*略[ \t\u3000]*[）)]")


def certain_unit(head: str, unit: str) -> str:
    """``unit`` where it names a unit, else "" (see above); ``head`` is the text's head."""
    if not unit or _MASK.search(unit) or _WHOLE_PLACE.fullmatch(unit):
        return ""
    if is_title_fragment(unit):  # 年部门决算公开中…情况说明: a title's words (titlefragment)
        return ""
    spaced = r"\s*".join(map(re.escape, unit))
    if re.search(spaced + _FUND_AFTER, head):
        return ""  # 中央自然灾害资金绩效自评报告: a fund's name
    if names_a_project(head, unit):  # 2017年文化精品项目扶持绩效评价报告 (projectname)
        return ""
    return unit


_OFFICE_COLUMN = re.compile(
    r"(?:^|[|\t])[ \t\u3000]*(?:(?:责任|负责|实施|承办|主办|牵头)[ \t\u3000]*部[ \t\u3000]*门"
    r"|(?:责任|负责|承办)?[ \t\u3000]*[科处][ \t\u3000]*室)[ \t\u3000]*(?=[|\t]|$)",
    re.M,
)
"""A column's head, a cell of its own: 责任部门 |, | 科室 |."""
_ROWS = 3
"""Rows of cells (lines with a cell's bar or tab) between the head and the name, at least."""


def row_office(text: str, at: int) -> bool:
    """Whether the name at ``at`` stands in a table under a column of offices: a column head
    before it, and between them only cells (no sentence's end), in at least ``_ROWS`` lines
    of cells. ``text`` may be written in traditional characters (責任部門)."""
    text = simplified(text[:at])
    for column in _OFFICE_COLUMN.finditer(text):
        between = text[column.end() : at]
        cells = [line for line in between.split("\n") if re.search(r"[|\t]", line)]
        if "。" not in between and len(cells) >= _ROWS:
            return True
    return False
