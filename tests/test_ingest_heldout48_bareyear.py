"""A title line that opens on its year with no 年 (2016三公经费预算说明: trial 48's 758) states
the report's year, read last, like a year masked with -; and a unit's name ends before 委托 or
委派 (…绩效评价中心委托: trial 48's 745), never on their 委. Near misses keep today's reading.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.years import stated_year
from govkg.ingest.entities.unitnames import unit_pattern


def test_a_title_opening_on_a_bare_year_states_it():
    found = stated_year("2031部门三公经费预算情况\n公务接待费12万元,公务用车运行维护费5万元。\n")
    assert found is not None
    assert found["year"] == "2031"


def test_a_bare_year_not_opening_the_title_or_a_date_is_none():
    assert stated_year("三公经费预算说明\n2031 公务接待费12万元。\n") is None
    assert stated_year("三公经费预算说明 2031\n公务接待费12万元。\n") is None
    assert stated_year("2031-04-27三公经费预算说明\n公务接待费12万元。\n") is None


def test_a_stated_year_still_comes_first():
    found = stated_year("2031三公经费预算说明\n2030年度决算公务接待费12万元。\n")
    assert found is not None
    assert found["year"] == "2030"


def names(text: str) -> list[str]:
    return [m.group() for m in unit_pattern(("青岚省",)).finditer(text)]


def test_a_name_ends_before_weituo():
    assert names("某公司接受青岚省财政厅评价中心委托开展评价。") == ["青岚省财政厅评价中心"]
    assert names("由市财政局委派专人督导。") == ["市财政局"]


def test_a_committee_still_ends_on_its_wei():
    assert "县发展改革委" in names("县发展改革委安排资金。")
    assert "市委" in names("根据市委要求,")
