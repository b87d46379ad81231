"""Trial 65's 1349 (a county's note on the use of its bond funds, on a spam mirror), by class,
on fictional text: funds 拨付 as the works' progress says, said with 根据 and a comma before
the 拨付 (根据项目工程进度,拨付该项债券资金…), are paid out, SPENDING (``kinds.contractpaid``),
as 按…施工进度…拨付 is; they were read as received. Funds still to be paid (将拨付), a 拨付 of a
budget's funds and a 拨付 with no terms keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例局2035年政府债券资金使用情况说明\n一、项目概况\n"
PAID = "2035年1月,青岚水源项目取得专项债券资金800万元,截至2035年12月31日,根据项目工程进度,拨付{what}550万元。\n"


def test_funds_paid_by_the_works_progress_are_spent():
    assert dict(kinds(HEAD + PAID.format(what="该项债券资金")))["550万元"] == "SPENDING"
    assert dict(kinds(HEAD + PAID.format(what="资金")))["550万元"] == "SPENDING"


def test_funds_still_to_pay_or_of_a_budget_keep_their_readings():
    assert dict(kinds(HEAD + PAID.format(what="预算资金")))["550万元"] == "BUDGET"
    later = HEAD + PAID.format(what="资金").replace(",拨付", ",将拨付")
    assert dict(kinds(later))["550万元"] != "SPENDING"
    bare = HEAD + "截至2035年12月31日,拨付该项债券资金550万元。\n"
    assert dict(kinds(bare))["550万元"] != "SPENDING"
