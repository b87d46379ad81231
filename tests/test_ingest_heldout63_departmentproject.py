"""A department project's budget description is a project text of the family: a portal's page
titled 2035年某某经费支出部门项目 (its 名称 field too), its body under 一、项目概述 (…建议2035年此项
经费一般预算补助安排 40万元) and 二、立项依据 (trial 63's 1283, a district science bureau's 科普
经费 page on a traditional-character mirror, refused before). A page filed under the column
部门项目 with no such title, or such a title with no description's headings, is none.
Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.departmentproject import describes_department_project

PAGE = (
    "青岚区样例局\n您现在所在的位置: 网站首页> 政府信息公开首页 > 青岚区样例局> 财政资金> 部门项目\n"
    "索引号: 1134170300324923M/203501-00015 组配分类: 部门项目\n"
    "发布机构: 青岚区样例局 主题分类: 科技、教育\n"
    "{title}\n发布时间:2035-01-24 16:00 来源:青岚区样例局 浏览次数: 字体:[ ]\n\n"
    "{first}\n\n此项目是上级文件提出任务要求的事项,每年都将科普支出经费列入考核细则,"
    "建议2035年此项经费一般预算补助安排 40万元。\n\n{second}\n\n1.编制依据为各年目标考核文件。\n"
)


def test_the_department_project_page_is_read():
    text = PAGE.format(
        title="2035年科普经费支出部门项目", first="一、项目概述", second="二、立项依据"
    )
    read = document(text)
    assert read.unit == "青岚区样例局"
    assert read.year == 2035


def test_near_misses_are_none():
    no_title = PAGE.format(title="通知公告", first="一、项目概述", second="二、立项依据")
    assert not describes_department_project(no_title)
    no_headings = PAGE.format(
        title="2035年科普经费支出部门项目", first="一、概述", second="二、其他"
    )
    assert not describes_department_project(no_headings)
    with pytest.raises(IngestError):
        document(no_headings)
