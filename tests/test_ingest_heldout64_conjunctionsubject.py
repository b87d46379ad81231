"""A name after a clause's conjunction is no introduction of the reporter (trial 64's 1320, a
news roundup of 90余家 central departments' 三公 budgets: 由于国税总局属于垂直管理单位,下辖各省市
国税局系统,所以三公经费数额巨大 was read as the unit 由于国税总局; the roundup names no single
reporter, so it stays unnamed). The conjunction (由于, 因为, 虽然…) opens a reason; the plain
introduction (X是…单位, X属于…单位) still names its unit. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.issuer import stated_name
from govkg.ingest.document.report import UNNAMED

ROUNDUP = (
    "2035年中央部门三公经费预算排名\n"
    "样例网北京4月19日电 据不完全统计,共有80余家中央部门陆续公开2035年部门预算和“三公”经费预算。"
    "样例总局2035年三公经费预算为12.34亿元,仍然位居榜首。由于样例总局属于垂直管理单位,"
    "下辖各省市系统,所以三公经费数额巨大。\n"
)


def test_a_reason_names_no_unit():
    assert document(ROUNDUP).unit == UNNAMED


def test_a_conjunction_before_the_name_is_no_introduction():
    assert stated_name("", "。由于青岚县某某局属于垂直管理单位,经费较多。") is None
    assert stated_name("", "。因为青岚县某某中心是差额拨款事业单位,收入较多。") is None


def test_the_plain_introduction_still_names_its_unit():
    assert stated_name("", "。青岚县某某局属于垂直管理单位,下辖各乡镇所。")[0] == "青岚县某某局"
    assert stated_name("", "\n青岚县某某中心是差额拨款事业单位。")[0] == "青岚县某某中心"
