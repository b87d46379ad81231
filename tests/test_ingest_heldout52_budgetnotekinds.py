"""Budget-note kinds trial 52 misread, by class, on fictional texts: a note titled
…2031年部门预算及“三公”经费预算 is the department's budget note, its revenue items BUDGET
(870); a fall said 同比降低 is a change (870); an average per car (车均运行维护费) is a rate
(877). Near cases keep their readings: a 三公 budget alone is no department's note, 降低
naming no comparison is no change, 车均…支出 stays spent. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year


def kinds(text: str) -> list[tuple[str, str]]:
    return [
        (found.figure + (found.unit or ""), found.kind)
        for found in extract(text, "fictional.txt").money
    ]


NOTE = (
    "样例市样例镇农业服务中心2031年部门预算及“三公”经费预算\n\n"
    "第二部分:2031年部门预算及三公经费预算说明\n"
    "一、2031年部门收支预算总体情况\n"
    "(一)2031年部门收入预算总体情况\n"
    "1.一般公共预算拨款收入300万元,2030年收入预算总计350万元,同比降低50万元,下降14.29%。\n"
    "2.政府性基金预算拨款收入0万元\n"
)


def test_a_department_budget_titled_with_its_three_public_budget_is_a_budget_note():
    assert budget_note_year(NOTE) == 2031
    assert (
        budget_note_year(NOTE.replace("部门预算及“三公”经费预算\n", "部门预算和三公经费预算\n", 1))
        == 2031
    )


def test_its_revenue_items_are_budgeted_and_its_fall_a_change():
    read = kinds(NOTE)
    assert ("300万元", "BUDGET") in read
    assert ("0万元", "BUDGET") in read
    assert ("50万元", "CHANGE") in read


def test_a_three_public_budget_alone_is_no_department_budget_note():
    text = "样例镇农业服务中心2031年“三公”经费预算\n2031年“三公”经费预算10万元。\n"
    assert budget_note_year(text) is None


def test_a_fall_said_lower_with_a_year_compared_is_a_change():
    text = (
        "样例县某某局2031年部门决算\n一、收入支出决算总体情况说明\n"
        "2031年度收入总计100万元,比2030年降低20万元。\n"
    )
    assert ("20万元", "CHANGE") in kinds(text)


def test_lowering_naming_no_comparison_is_no_change():
    text = (
        "样例县某某局2031年部门决算\n一、收入支出决算总体情况说明\n"
        "2031年度支出总计100万元,通过降低成本支出80万元。\n"
    )
    assert ("80万元", "CHANGE") not in kinds(text)


NEWS = (
    "样例局2031年“三公”经费决算情况\n"
    "公务用车运行维护费2031年决算数为30万元,实有在编车辆10辆,公务用车车均运行维护费3万元;"
    "2032年预算数为28万元。\n"
)


def test_an_average_per_car_is_a_rate():
    assert ("3万元", "PRICE_OR_RATE") in kinds(NEWS)


def test_an_average_per_car_said_spent_stays_spent():
    text = NEWS.replace("公务用车车均运行维护费3万元", "全年车均运行维护费支出3万元")
    assert ("3万元", "SPENDING") in kinds(text)
