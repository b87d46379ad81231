"""What a listed part's figure is for, said right after it (区机关事务管理局310万元计划2019年购置一般
公务用车14辆:区食药工质局24万元计划购置…: trial 54's 953, a district's 三公 budget), is that part's
gloss: the next part under the same 其中 keeps its total's kind, not the 计划 of the purpose before
it (``purposeafter``). A part naming its own kind, or no total, keeps its reading. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TITLE = "样例区2031年财政拨款“三公”经费预算情况说明\n"


def read(text: str) -> list[tuple[str, str | None]]:
    found = extract(TITLE + text, "fictional.txt").money
    return [(m.as_written, m.kind) for m in found]


def test_each_bodys_part_after_the_purpose_of_the_one_before():
    text = (
        "经样例区财政局汇总,2031年样例区“三公”经费预算总额820万元。"
        "2031年“三公”经费预算增长的主要原因:2031年我区年初预算安排车辆购置费200万元,其中:"
        "区机关事务管理局120万元计划2031年购置一般公务用车5辆:区市场监管局30万元计划购置快检车1辆:"
        "区消防救援大队50万元计划购置消防车辆1辆。\n"
    )
    assert read(text)[-3:] == [("120万元", "BUDGET"), ("30万元", "BUDGET"), ("50万元", "BUDGET")]


def test_a_purpose_said_with_used_for_before_the_next_part():
    text = (
        "2031年我区年初预算安排公务用车购置费90万元,其中:区教育局60万元用于购置校车2辆、"
        "区卫健局30万元。\n"
    )
    assert read(text)[-2:] == [("60万元", "BUDGET"), ("30万元", "BUDGET")]


def test_a_part_naming_its_own_plan_stays_planned():
    text = (
        "2031年我区年初预算安排车辆购置费200万元,其中:区机关事务管理局120万元计划购置公务用车5辆:"
        "区市场监管局计划投资80万元。\n"
    )
    assert read(text)[-1] == ("80万元", "PLANNED")


def test_a_plan_with_no_total_above_it_stays_planned():
    text = "区机关事务管理局支出120万元,计划2032年购置公务用车5辆:区市场监管局30万元。\n"
    assert read(text)[-1] == ("30万元", "PLANNED")
