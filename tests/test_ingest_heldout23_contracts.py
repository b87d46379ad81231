"""A numbered table, one cell a line, with a 合同金额 column in its stated unit
(``tables.contractcolumn``, twenty-third trial's 290); held on fictional text, with the cases
it must not fire on."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

REPORT = (
    "临川市财政局2024年度政府采购项目绩效评价工作报告\n"
    "我局对市本级2024年度政府采购项目开展了绩效评价工作。共评价项目5个,涉及预算金额812.5万元。\n"
    "2024年度政府采购项目绩效评价情况表\n\n"
)


def _table(heads: list[str], rows: list[str]) -> str:
    return "\n\n".join([*heads, *rows]) + "\n"


HEADS = ["序号", "项目名称", "采购单位", "合同总金额(元)", "绩效评价得分"]


def test_a_contract_column_is_read_row_by_row_and_a_second_part_of_one_serial():
    text = REPORT + _table(
        HEADS,
        [
            "1", "档案数字化服务项目", "临川市档案馆", "318500", "86",
            "2", "监测设备采购项目(1包)", "临川市环境监测站", "742210", "90",
            "监测设备采购项目(2包)", "临川市环境监测站", "95300",
            "3", "校服采购项目", "临川市教育局", "2604718.25", "83",
            "4", "中央",
        ],
    )
    read = [(w, k, y) for w, k, y, _ in found(text)]
    assert ("318500", "CONTRACT", Decimal("318500")) in read
    assert ("742210", "CONTRACT", Decimal("742210")) in read
    assert ("95300", "CONTRACT", Decimal("95300")) in read
    assert ("2604718.25", "CONTRACT", Decimal("2604718.25")) in read
    assert not any(w in {"86", "90", "83", "1", "2", "3", "4"} for w, _, _ in read)


def test_no_unit_another_head_or_a_misplaced_cell_reads_no_contract():
    no_unit = REPORT + _table(
        ["序号", "项目名称", "采购单位", "合同总金额", "绩效评价得分"],
        ["1", "档案数字化服务项目", "临川市档案馆", "318500", "86"],
    )
    budget_head = REPORT + _table(
        ["序号", "项目名称", "采购单位", "预算金额(元)", "绩效评价得分"],
        ["1", "档案数字化服务项目", "临川市档案馆", "318500", "86"],
    )
    shifted = REPORT + _table(
        HEADS, ["1", "档案数字化服务项目", "318500", "临川市档案馆", "86"]
    )
    for text in (no_unit, budget_head, shifted):
        assert not any(k == "CONTRACT" for _, k, _, _ in found(text))


def test_a_second_part_that_does_not_fit_is_listed_unread():
    text = REPORT + _table(
        HEADS,
        [
            "1", "监测设备采购项目(1包)", "临川市环境监测站", "742210", "90",
            "监测设备采购项目(2包)", "95300.50", "临川市环境监测站",
            "2", "校服采购项目", "临川市教育局", "2604718", "83",
        ],
    )
    rows = {w: (k, r) for w, k, _, r in found(text)}
    assert rows["742210"][0] == "CONTRACT"
    assert rows["95300.50"][0] is None
    assert "do not fit" in rows["95300.50"][1]
    assert "2604718" not in rows or rows["2604718"][0] != "CONTRACT"
