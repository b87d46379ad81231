"""A budget note's spending budget and its own section are budgeted (trial 49's 780): the
spending lines listed under 其中 after a spending budget's total (支出预算:…年初预算数…,其中:
科学技术支出…) are BUDGET (``kinds.budgetedspending``), and so are the 收入 and 支出 stated
in a section headed as the budget's explanation (三、部门预算情况说明 / …财政拨款收入…,
…财政拨款支出…,其中:基本支出…;项目支出…: ``kinds.budgetsection``). A 决算's lists and
sections, a clause of money actually spent or of another year, and a section under another
heading keep today's reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def kind_of(text: str, written: str) -> str | None:
    return dict(kinds(text))[written]


HEAD = "一、单位基本情况\n(一)职能职责。\n承担样例市林业科学研究工作。\n二、部门收支总体情况\n"


def test_the_lines_of_a_spending_budget_are_budgeted():
    text = HEAD + (
        "(二)支出预算:2031年年初预算数812.30万元,其中:科学技术支出600.10万元,"
        "社会保障和就业支出90.20万元,住房保障支出122.00万元。\n"
    )
    got = dict(kinds(text))
    assert got["812.30万元"] == "BUDGET"
    assert {got[f] for f in ("600.10万元", "90.20万元", "122.00万元")} == {"BUDGET"}


def test_the_lines_of_spent_totals_stay_spent():
    text = HEAD + (
        "(二)支出决算:2031年度支出合计812.30万元,其中:科学技术支出600.10万元,"
        "住房保障支出212.20万元。\n"
        "2031年一般公共预算支出700.00万元,其中:基本支出500.00万元,项目支出200.00万元。\n"
    )
    got = dict(kinds(text))
    assert {got[f] for f in ("600.10万元", "212.20万元", "500.00万元", "200.00万元")} == {
        "SPENDING"
    }


def test_a_spent_item_under_a_spending_budget_stays_spent():
    text = HEAD + "(二)支出预算:2031年年初预算数80万元,其中:实际支出60万元。\n"
    assert kind_of(text, "60万元") == "SPENDING"


def test_a_budget_section_states_the_budget():
    text = HEAD + (
        "三、部门预算情况说明\n"
        "2031年一般公共预算财政拨款收入400.00万元,一般公共预算财政拨款支出400.00万元,"
        "比2030年增加20.00万元。其中:基本支出310.00万元,比2030年增加5.00万元;"
        "项目支出90.00万元,比2030年增加15.00万元。\n"
    )
    got = kinds(text)
    assert [k for w, k in got if w == "400.00万元"] == ["BUDGET", "BUDGET"]
    assert dict(got)["310.00万元"] == "BUDGET"
    assert dict(got)["90.00万元"] == "BUDGET"
    assert dict(got)["20.00万元"] == "CHANGE"


def test_a_budget_section_keeps_money_spent_and_another_year():
    text = HEAD + (
        "三、部门预算情况说明\n"
        "2031年一般公共预算财政拨款支出400.00万元。2030年决算支出380.00万元,"
        "上年实际支出370.00万元,2029年财政拨款收入360.00万元。"
        "“三公”经费支出决算数为8.60万元,较上年减少0.40万元。其中:公务接待费为3.00万元。\n"
        "四、收入预算说明\n"
        "2031年收入预算400.00万元。“三公”经费支出决算数为9.10万元。其中:公务接待费为3.20万元。\n"
    )
    got = dict(kinds(text))
    assert got["400.00万元"] == "BUDGET"
    assert got["380.00万元"] == "SPENDING"
    assert got["370.00万元"] == "SPENDING"
    assert got["360.00万元"] == "REVENUE"
    assert got["3.00万元"] == "SPENDING"  # its sentence's 决算 says it was spent
    assert got["3.20万元"] == "SPENDING"  # 收入预算说明: one side's section, no budget note's own


def test_accounts_and_other_sections_keep_their_reading():
    text = HEAD + (
        "三、一般公共预算财政拨款支出决算情况说明\n"
        "2031年一般公共预算财政拨款支出400.00万元,其中:基本支出310.00万元;项目支出90.00万元。\n"
        "四、财政拨款收支情况\n"
        "2031年财政拨款收入450.00万元,财政拨款支出440.00万元。\n"
        "五、“三公”经费预算情况说明\n"
        "2031年“三公”经费实际支出5.00万元。\n"
    )
    got = dict(kinds(text))
    assert {
        got[f] for f in ("400.00万元", "310.00万元", "90.00万元", "440.00万元", "5.00万元")
    } == {"SPENDING"}
    assert got["450.00万元"] == "REVENUE"
