"""A table of bond-funded projects whose one money column is each bond's issued size, in the
unit its head or the table's unit line states (``tables.bondcolumn``, forty-fourth trial's
650, 651, 654, 655); and a short text whose only long line is a caption is not hard-wrapped
(``text.textview``). Held on fictional text, with the cases the rule must not fire on."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

OPENING = (
    "青川县水利局关于2025年度专项债券项目资金绩效评价情况的公示\n"
    "按照市财政局有关通知要求,我局对2025年度专项债券项目开展了绩效评价,现将评价情况公示如下:\n"
    "青川县水利局2025年度专项债券项目资金绩效评价情况表\n"
)


def _read(text: str) -> list[tuple[str, str | None, Decimal]]:
    return [(w, k, y) for w, k, y, _ in found(text)]


def test_a_piped_table_in_the_unit_of_its_bond_head_is_read_row_by_row():
    text = OPENING + (
        "序号 | 项目名称 | 实施单位 | 债券发行额(万元) | 自评得分 | 等级 |\n"
        "1 | 青川县灌区续建配套工程 | 青川县水利工程服务站 | 2650 | 93 | 优 |\n"
        "2 | 青川县山塘综合整治项目 | 青川县水利工程服务站 | 875.5 | 78 | 中 |\n"
        "3 | 青川县防洪堤加固工程 | 青川县河道管理所 |  | 88 | 良 |\n"
    )
    read = _read(text)
    assert ("2650", "REVENUE", Decimal("26500000")) in read
    assert ("875.5", "REVENUE", Decimal("8755000")) in read
    assert not any(w in {"93", "78", "88", "1", "2", "3"} for w, _, _ in read)


def test_cells_one_a_line_under_a_unit_line_with_a_total_row():
    text = OPENING + "\n\n".join(
        [
            "专项债券项目绩效自评情况表",
            "单位:亿元",
            "项目名称", "债券类型", "累计已发行债券规模", "自评得分", "自评等级",
            "青川县城北片区排涝工程", "一般专项债券", "0.75", "88.5", "良",
            "青川县人民医院扩建项目", "项目收益专项债券", "1.2", "95",
            "合计", "1.95",
        ]
    ) + "\n"
    read = _read(text)
    assert ("0.75", "REVENUE", Decimal("75000000")) in read
    assert ("1.2", "REVENUE", Decimal("120000000")) in read
    assert ("1.95", "REVENUE", Decimal("195000000")) in read
    assert not any(w in {"88.5", "95"} for w, _, _ in read)


def test_a_numbered_table_one_cell_a_line_keeps_its_lines_and_reads_the_last_row():
    """A paragraph and a caption are the text's only long lines: its cells are not joined
    as a hard wrap would be (the figure glued to the project's name)."""
    text = "\n".join(
        [
            "依据省财政厅专项债券项目资金绩效管理有关规定,现将本中心2025年度专项债券项目资金绩效"
            "评价情况公示如下:",
            "2025年度地方政府专项债券项目资金绩效评价情况表",
            "序号", "项目单位", "项目名称", "发行金额(亿元)", "评价结果", "备注",
            "1", "青川县职业技术学校", "青川县职业技术学校实训楼建设工程", "0.6", "优",
        ]
    ) + "\n"
    assert ("0.6", "REVENUE", Decimal("60000000")) in _read(text)


def test_a_planned_issue_no_unit_or_a_shifted_row_reads_no_bond():
    planned = OPENING + (
        "序号 | 项目名称 | 计划发行规模(万元) | 自评得分 |\n"
        "1 | 青川县灌区续建配套工程 | 2650 | 93 |\n"
    )
    no_unit = OPENING + (
        "序号 | 项目名称 | 债券发行额 | 自评得分 |\n"
        "1 | 青川县灌区续建配套工程 | 2650 | 93 |\n"
    )
    no_name_head = OPENING + "\n\n".join(
        ["单位:万元", "实施单位", "发行金额", "得分", "青川县水利工程服务站", "2650", "93"]
    ) + "\n"
    shifted = OPENING + "\n\n".join(
        [
            "单位:万元", "项目名称", "债券类型", "发行金额", "得分",
            "青川县灌区续建配套工程", "2650", "一般专项债券", "93",
        ]
    ) + "\n"
    for text in (planned, no_unit, no_name_head, shifted):
        assert not any(k == "REVENUE" and w == "2650" for w, k, _ in _read(text)), text
