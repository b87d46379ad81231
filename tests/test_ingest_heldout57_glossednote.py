"""Trial 57's 1048: a budget note mirrored with readings after its characters, its title
樣例區某某局2035年部門(mén)預算情況說(shuō)明, is a budget note as its title without them is: its
收入預算 section's 收入合計 and 本年收入 are budgeted, not received (``kinds.budgetnote``). Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds

BODY = (
    "一、部門(mén)基本情況\n(一)職能職責。\n負責本區有關(guān)工作。\n"
    "二、部門(mén)收支總體情況\n"
    "(一)收入預算:2035年收入合計320.5萬(wàn)元,其中:本年收入300.5萬(wàn)元,"
    "主要是一般公共預算撥款300.5萬(wàn)元。\n"
)


def test_a_glossed_budget_note_s_income_lines_are_budgeted():
    text = "樣例區某某局2035年部門(mén)預算情況說(shuō)明\n" + BODY
    read = kinds(text)
    assert [kind for _, kind in read] == ["BUDGET"] * 3


def test_a_glossed_accounts_title_is_no_budget_note():
    text = "樣例區某某局2035年部門(mén)決算情況說(shuō)明\n" + BODY.replace("收入預算", "收入決算")
    assert "BUDGET" not in [kind for _, kind in kinds(text)][:2]
