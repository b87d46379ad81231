"""Tests, on fictional text, for 三公 tables (``threepublicgrid``, ``threepublicorder``,
``threepublicyears``): a nested grid whose first head is “三公”经费合计; its sub-columns
labelled as parts of their 小计 where the note names them the other way round; and a piped
table comparing two years' 预算数 with their change, empty cells kept in place. Each with
cases where nothing is read.
"""

from __future__ import annotations

from fictional_text import found, kinds

NESTED = (
    "样例县样例局2023年“三公”经费预算情况\n"
    "一、2023年一般公共预算“三公”经费支出预算表\n"
    "单位:万元\n"
    "“三公”经费合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n||\n"
    "小计 |\n公务用车购置费 |\n公务用车运行费 |\n|||\n"
    "46 |\n0 |\n40 |\n30 |\n10 |\n6 |\n"
    "二、2023年一般公共预算“三公”经费支出预算情况说明\n"
    "样例县样例局2023年一般公共预算“三公”经费支出预算为46万元。其中:公务用车购置费30万元,"
    "公务用车运行费10万元。\n"
)


def _labels(text):
    from govkg.ingest.extract import extract

    money = extract(text, "f.txt").money
    return {m.as_written: m.label for m in money if m.rule == "three-public-grid"}


def test_a_nested_budget_grid_headed_三公经费合计_is_read():
    read = kinds(NESTED)
    for cell in ("46", "0", "40", "30", "10", "6"):
        assert (cell, "BUDGET") in read


def test_sub_columns_the_note_agrees_with_keep_their_heads():
    assert _labels(NESTED)["30"] == "公务用车购置费"


def test_sub_columns_the_note_names_the_other_way_are_parts_of_their_小计():
    swapped = NESTED.replace(
        "公务用车购置费30万元,公务用车运行费10万元", "公务用车运行费30万元,公务用车购置费10万元"
    )
    labels = _labels(swapped)
    assert labels["30"] == labels["10"] == "公务用车购置及运行费之一"


def test_a_grid_whose_sums_fail_or_whose_note_says_决算_too_is_not_read():
    wrong = NESTED.replace("46 |", "47 |")
    assert not [k for w, k in kinds(wrong) if w in ("47", "30") and k]
    both = NESTED.replace("支出预算为46万元", "支出预算为46万元,上年决算为40万元")
    assert not [k for w, k in kinds(both) if w == "30" and k]


def test_a_first_head_of_another_kind_is_not_a_total():
    other = NESTED.replace("“三公”经费合计 |", "“三公”经费决算 |")
    assert not [k for w, k in kinds(other) if w == "30" and k]


YEARS = (
    "2025年样例县样例乡“三公”经费预算财政拨款情况统计表 | ||||\n"
    "单位:万元 | ||||\n"
    "项目 | 2024年预算数 | 2025年预算数 | 比上年增、减情况 | |\n"
    "增、减金额 | 增、减幅度 | |||\n"
    "合计 | 12.40 | 14.40 | 2 | 16% |\n"
    "1.因公出国(境)费 | ||||\n"
    "2.公务接待费 | 2 | 4 | 2 | 100% |\n"
    "3.公务用车购置及运行费 | 10.40 | 10.40 | ||\n"
    "其中:(1)公务用车购置费 | ||||\n"
    "(2)公务用车运行费 | 10.40 | 10.40 | 0 | 0 |\n"
    "注: 一、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。\n"
)


def test_two_years_预算数_are_read_with_their_years_and_change():
    money = {(m[0], m[1]) for m in found(YEARS)}
    assert ("12.40", "BUDGET") in money
    assert ("14.40", "BUDGET") in money
    assert ("2", "CHANGE") in money
    assert ("10.40", "BUDGET") in money
    from govkg.ingest.extract import extract

    years = {m.as_written: m.year for m in extract(YEARS, "f.txt").money}
    assert years["12.40"] == 2024
    assert years["14.40"] == 2025


def test_the_rate_cells_are_no_money():
    written = [m[0] for m in found(YEARS)]
    assert "16%" not in written
    assert written.count("0") == 1  # the 增减金额 0, not the rate 0


def test_sums_that_fail_or_heads_of_two_kinds_read_nothing():
    wrong = YEARS.replace("合计 | 12.40", "合计 | 12.90")
    assert not [k for w, k in kinds(wrong) if w in ("12.90", "10.40") and k]
    mixed = YEARS.replace("2024年预算数", "2024年决算数")
    assert not [k for w, k in kinds(mixed) if w == "10.40" and k]
