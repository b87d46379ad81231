"""A department's project section named as the page's source (来源:外贷项目部, trial 55's 983, over
a fund's self-evaluation that speaks as 我中心 and never names itself; read 外贷项目部 before) is
the desk that posted the page, no unit: a division by its function alone, as 规划财务处 is
(``functiondivision``). A name with a place or a field of its own stays a unit. Test
material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.functiondivision import is_function_division

PAGE = (
    "您现在的位置:某网>政务公开>财政信息\n\n2031年度样例省某某建设专项资金支出绩效自评报告\n\n"
    "2032-06-30 17:46:40   来源:外贷项目部   作者:\n\n省财政厅:\n"
    "根据《样例省财政厅关于开展2031年度部门绩效自评工作的通知》要求,我中心高度重视2031年度"
    "某某建设专项资金绩效评价工作,组织各市机构及项目单位开展了资金绩效自评工作。"
    "现将自评工作情况报告如下:\n一、预算支出基本情况\n2031年安排专项资金5000万元。\n"
)


@pytest.mark.parametrize("name", ["外贷项目部", "项目部", "外资项目部", "规划财务处", "财务部"])
def test_a_section_by_its_function_is_no_unit(name):
    assert is_function_division(name)


@pytest.mark.parametrize("name", ["样例县财政局", "教育部", "县委宣传部", "样例市外贷项目部", "某某水文站"])
def test_a_name_with_a_place_or_a_field_of_its_own_is_read_as_before(name):
    assert not is_function_division(name)


def test_a_page_posted_by_a_project_section_stays_unnamed():
    assert document(PAGE).unit == "（未署名的报告单位）"


def test_a_placed_publisher_is_still_the_unit():
    text = PAGE.replace("来源:外贷项目部", "来源:样例省某某中心").replace("我中心", "本中心")
    assert document(text).unit == "样例省某某中心"
