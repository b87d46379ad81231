"""A table under one money head whose caption and heads state no unit: its cells are listed
unread, no unit guessed from the form's other tables (``tables.unitlesscells``, forty-fifth
trial's 675). Held on fictional text, with the cases the rule must not fire on."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

FORM = "\n".join(
    [
        "青溪县财政支出项目绩效评价自评报告",
        "项目名称 农村道路养护",
        "项目单位 青溪县交通运输局",
        "项目起止时间 2025年1月起至2025年12月止",
        "计划安排资金(万元) | 86 | 实际到位资金(万元) | 86 | 实际支出(万元) | 80.5 |",
        "二、项目支出明细情况",
        "",
    ]
)
UNREAD = "state no unit"


def _cells(text: str) -> dict[str, tuple[str | None, Decimal, str | None]]:
    return {w: (k, y, r) for w, k, y, r in found(text)}


def test_a_table_one_cell_a_line_stating_no_unit_lists_each_row_unread():
    text = FORM + "\n\n".join(
        [
            "支出项目", "支出金额", "凭证号码", "备注",
            "路面修补材料", "31.25", "3月12号凭证",
            "养护工人劳务", "49.25", "6月8号、9号凭证", "已付清",
            "支出合计", "80.5",
        ]
    ) + "\n\n三、项目绩效自评情况\n"
    cells = _cells(text)
    for figure in ("31.25", "49.25"):
        kind, amount, reason = cells[figure]
        assert kind is None
        assert amount == 0
        assert UNREAD in reason
    assert "12" not in cells
    assert "8" not in cells


def test_a_piped_table_stating_no_unit_lists_whole_cells_too():
    text = FORM + (
        "支出内容 |\n实际支出数 |\n会计凭证号 |\n备注 |\n||||||\n"
        "第一季度养护费 |\n260000 |\n4月3日12号凭证 |\n||||||\n"
        "第二季度养护费 |\n545000 |\n7月2日5号凭证 |\n"
    )
    cells = _cells(text)
    assert cells["260000"][0] is None
    assert UNREAD in cells["260000"][2]
    assert cells["545000"][0] is None
    assert cells["545000"][1] == 0


def test_a_head_carrying_its_unit_is_read_as_before():
    """Must not fire: 实际支出数(万元) states the unit (``summeditems`` reads the table)."""
    text = FORM + "\n\n".join(
        [
            "支出内容", "实际支出数(万元)", "会计凭证号", "备注",
            "路面修补材料", "31.25", "3月12号凭证",
            "养护工人劳务", "49.25", "6月8号凭证",
            "支出合计", "80.5",
        ]
    ) + "\n"
    cells = _cells(text)
    assert cells["31.25"][:2] == ("SPENDING", Decimal("312500"))
    assert cells["49.25"][:2] == ("SPENDING", Decimal("492500"))


def test_a_caption_stating_the_unit_is_not_this_rule():
    """Must not fire: (单位金额:万元) on the caption line declares the table's unit."""
    text = FORM.replace("二、项目支出明细情况", "二、项目支出明细情况 (单位金额:万元)") + (
        "支出内容 |\n实际支出数 |\n具体内容 |\n备注 |\n"
        "路面修补材料 |\n31.25 |\n材料款:31.25 |\n"
    )
    assert all(UNREAD not in (r or "") for _, _, _, r in found(text))


def test_two_money_heads_or_no_money_head_are_not_this_rule():
    """Must not fire: two money columns (预算数, 实际支出数) or a head naming no money."""
    two = FORM + "\n\n".join(
        ["支出内容", "预算数", "实际支出数", "备注", "路面修补材料", "31.25", "30.00"]
    ) + "\n"
    none = FORM + "\n\n".join(
        ["项目名称", "养护里程", "完成时间", "乡村道路", "42.5", "11月"]
    ) + "\n"
    for text in (two, none):
        assert all(UNREAD not in (r or "") for _, _, _, r in found(text))
