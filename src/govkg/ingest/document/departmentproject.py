"""A department project's budget description: a project text of the family with no title of
the genre.

A district's portal publishes each of its departments' project budgets under the column 部门
项目, titled by the year, the fund and 部门项目, its body the project's description under the
budget book's headings: 2025年科普經費支出部門項目 / 一、項目概述 … 建議2025年此項經費一般預算
補助安排 40萬元 / 二、立項依據 (trial 63's 1283, a district science bureau's page on a
traditional-character mirror, refused: no title such as …项目支出绩效自评报告, no heading of
the genre). It is a project's budget, a project text of the family.

Read only where a line (the title, or the page's 名称 field) is a year, a fund's words and
部门项目 and nothing after, and the body has the description's own heading 项目概述 (一、项目
概述) with 立项依据 after it. A page merely filed under the column (组配分类: 部门项目) with no
such title, or a title with no description's headings, is none.
"""

from __future__ import annotations

import re

__all__ = ["describes_department_project"]

_S = r"[ \t\u3000]*"
_TITLE = re.compile(
    rf"^{_S}(?:名{_S}称{_S}[：:]{_S})?20\d\d{_S}年度?[\u4e00-\u9fff“”\"（）()]{{2,40}}?"
    rf"部{_S}门{_S}项{_S}目{_S}(?:文{_S}号{_S}[：:]?{_S})?$",
    re.M,
)
_OVERVIEW = re.compile(rf"^{_S}[一1]{_S}[、.．]{_S}项{_S}目{_S}概{_S}述{_S}$", re.M)
_GROUNDS = re.compile(rf"^{_S}[二2]{_S}[、.．]{_S}立{_S}项{_S}依{_S}据{_S}$", re.M)


def describes_department_project(head: str) -> bool:
    """Whether ``head`` (simplified, read through) is a department project's budget
    description (see above)."""
    if not _TITLE.search(head):
        return False
    overview = _OVERVIEW.search(head)
    return bool(overview and _GROUNDS.search(head, overview.end()))
