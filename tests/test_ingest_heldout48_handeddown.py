"""Funds handed down, read as the budget they are (trial 48): a fund named in a bracket after
its 资金 under a 下达 (its 经费 no spending), a 下拨 with no subject after the year alone (the
writer's own act), the parts under 其中 of a budget whose fund is named after its figure, and
the later parts of a list under 其中 written figure first. Near misses keep today's reading.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市2031年度应急救助资金绩效自评报告\n一、项目基本情况\n"


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_a_fund_named_in_a_bracket_after_its_fund_under_a_handing_down_is_a_budget():
    body = "省财政厅下达2031年防汛专项资金(山洪预警设备运维经费)215万元,用于设备维护。\n"
    assert written(body)["215万元"] == "BUDGET"


def test_a_bracket_of_an_act_after_the_fund_is_no_name():
    body = "市财政局下达抗旱资金(已支出)36万元。\n"
    assert written(body)["36万元"] == "SPENDING"


def test_a_bare_passing_down_after_the_year_is_the_writers_own_budget():
    body = "2031年累计下拨市级受灾群众救助资金1.25亿元,保障了群众生活。\n"
    assert written(body)["1.25亿元"] == "BUDGET"


def test_a_passing_down_whose_giver_is_named_keeps_its_reading():
    body = "2031年上级下拨救助资金620万元,已全部用于受灾群众。\n"
    assert written(body)["620万元"] == "REVENUE"
    body = "2031年下拨到位救助资金620万元。\n"
    assert written(body)["620万元"] == "REVENUE"


def test_the_parts_of_a_budget_whose_fund_is_named_after_its_figure_are_budgeted():
    body = "市级财政预算安排5600万元受灾群众生活补助资金,其中4100万元下拨各区县,1500万元用于储备物资。\n"
    found = written(body)
    assert found["5600万元"] == "BUDGET"
    assert found["4100万元"] == "BUDGET"
    assert found["1500万元"] == "BUDGET"


def test_a_list_under_its_total_written_name_first_keeps_its_words():
    body = "市级财政预算安排5600万元受灾群众生活补助资金,其中:下拨区县4100万元,支出1500万元。\n"
    found = written(body)
    assert found["4100万元"] == "REVENUE"  # its own 下拨, read as before
    assert found["1500万元"] == "SPENDING"


def test_a_figure_after_another_statement_is_not_a_part():
    body = "全年收到补助资金900万元,其中300万元下拨各乡镇。另支出工作经费45万元。\n"
    assert written(body)["45万元"] == "SPENDING"
