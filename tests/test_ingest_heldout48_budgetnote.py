"""A note titled as a year's 三公 budget states budgeted items: its items and their parts,
worded by the fee's name alone or with 开支, are BUDGET, its title read through a mirror's
readings (經(jīng)費) too (trial 48's 758). A 决算 note's items, a budget note's clause on money
actually spent or on another year, and a budget note whose body first states spending keep
today's reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(text, "fictional.txt").money}


def test_items_and_parts_of_a_budget_note_are_budgeted():
    text = (
        "样例县中医院2031年“三公”经费预算说明\n"
        "“三公”经费:公务接待费9万元,其中医疗业务接待5万元,外宾接待4万元。公务用车运行维护费"
        "30000元,为本院救护车开支,其中燃料款12000元、年检费2000元。\n"
    )
    got = kinds(text)
    assert set(got.values()) == {"BUDGET"}
    assert {"9万元", "5万元", "4万元", "30000元", "12000元", "2000元"} <= set(got)


def test_a_title_with_readings_after_its_characters_is_read():
    text = (
        "2031三公經(jīng)費(fèi)預(yù)算說明\n"
        "公務(wù)接待費(fèi)18萬元,其中外事接待8萬元。\n"
    )
    got = kinds(text)
    assert got["18萬元"] == "BUDGET"
    assert got["8萬元"] == "BUDGET"


def test_an_accounts_note_keeps_its_spending():
    text = "样例镇卫生院2031年“三公”经费决算说明\n公务接待费2万元,其中来访接待1.2万元。\n"
    got = kinds(text)
    assert got["2万元"] == "SPENDING"


def test_a_budget_note_stating_spending_first_keeps_it():
    text = (
        "样例镇卫生院2032年“三公”经费预算说明\n"
        "2031年“三公”经费实际支出5万元。公务接待费支出2万元,其中来访接待1.2万元。\n"
    )
    got = kinds(text)
    assert got["5万元"] == "SPENDING"
    assert got["2万元"] == "SPENDING"


def test_a_clause_of_another_year_or_of_money_spent_stays_as_read():
    text = (
        "样例镇卫生院2032年“三公”经费预算说明\n"
        "公务接待费预算3万元。\n2030年燃油费开支2万元。\n维修费上年执行1.5万元,其中配件费0.5万元。\n"
    )
    got = kinds(text)
    assert got["3万元"] == "BUDGET"
    assert {got[f] for f in ("2万元", "1.5万元", "0.5万元")} == {"SPENDING"}
