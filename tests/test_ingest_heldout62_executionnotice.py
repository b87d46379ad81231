"""Trial 62's 1235: a research institute's untitled notice to its project leaders on its own
budget execution (各有关课题负责人: / 现将2016年1-7月预算执行情况通报如下: / 全所累计支出16873万元,
完成预算(含结余)的56.47%): a budget-execution note of the unit's own money, accepted and filed
with the accounts (``document.executionnotice``). A government's budget execution, said of an
area (全市一般公共预算支出…,完成年初预算36.7%), or a notice with no spending and share of the
budget done, is refused as before.
"""

from __future__ import annotations

import pytest

from fictional_text import document, kinds
from govkg.core.errors import IngestError
from govkg.ingest.document.executionnotice import notifies_own_execution

NOTICE = (
    "各有关课题组:\n"
    "为做好2035年预算执行工作,现将2035年1-5月预算执行情况通报如下:\n"
    "一、2035年1-5月预算执行总体情况\n"
    "截至5月底,全院累计支出1250.5万元,完成预算的41.20%,低于序时进度0.5个百分点。\n"
    "二、各课题预算执行情况\n"
    "全院40个课题中,12个课题预算执行率在30%以下。\n"
)


def test_a_units_notice_on_its_own_execution_is_of_the_family():
    assert notifies_own_execution(NOTICE)
    read = document(NOTICE)
    assert read.genre == "部门决算"
    assert read.year == 2035
    assert not read.unit_named
    assert dict(kinds(NOTICE))["1250.5万元"] == "SPENDING"


def test_an_areas_execution_or_a_notice_without_its_spending_is_refused():
    area = NOTICE.replace("全院累计支出", "全市一般公共预算支出")
    assert not notifies_own_execution(area)
    with pytest.raises(IngestError):
        document(area)
    no_rate = NOTICE.replace(",完成预算的41.20%", "")
    assert not notifies_own_execution(no_rate)
    reported = NOTICE.replace("通报如下", "报告如下")
    assert not notifies_own_execution(reported)
