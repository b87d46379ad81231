"""三公 news items trial 53 misread, by class, on fictional texts: a part in brackets of a
budget figure, named by its line's 支出 (预算1492.78万元(含援外医疗队支出530万元)), is budgeted
(883); a mirror's readings (經(jīng)費) do not hide the 三公 item a difference from the budget is
of, a CHANGE (883); the words of a bracket glossing the amount before (…(更新公务用车8辆,车均17.39
万元),交通费328.43万元) are not the next amount's, which takes the kind its clause names (881).
Near cases keep their readings: the same bracket after 实际支出 stays spent, a bracket naming
an act (含已拨付…) keeps its reading, a difference from the budget of no 三公 item stays OTHER,
a rate said outside a bracket stays a rate. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [
        (found.figure + (found.unit or ""), found.kind)
        for found in extract(text, "fictional.txt").money
    ]


NEWS = "样例部“三公”经费情况说明\n"


def test_a_part_named_by_its_line_inside_a_budget_is_budgeted():
    text = NEWS + (
        "2030年,样例部因公出国(境)费财政拨款预算1400万元(含援外医疗队支出500万元),"
        "实际支出1300万元(含援外医疗队支出400万元)。\n"
    )
    assert kinds(text) == [
        ("1400万元", "BUDGET"),
        ("500万元", "BUDGET"),
        ("1300万元", "SPENDING"),
        ("400万元", "SPENDING"),
    ]


def test_a_part_said_done_keeps_its_reading():
    text = NEWS + "2030年,样例部因公出国(境)费财政拨款预算1400万元(含已拨付支出500万元)。\n"
    assert ("500万元", "BUDGET") not in kinds(text)


MIRROR = NEWS + (
    "7月15日,樣例部在其網(wǎng)站公布“三公經(jīng)費(fèi)”情況(kuàng)及說明。"
    "2030年,樣例部“三公經(jīng)費(fèi)”財政撥款預(yù)算4700萬元,實(shí)際支出4300萬元,"
    "比預(yù)算減少400萬元,減少8.5%。\n"
)


def test_a_mirrors_three_public_difference_from_its_budget_is_a_change():
    assert ("400万元", "CHANGE") in kinds(MIRROR)


def test_a_difference_from_the_budget_of_no_three_public_item_stays_other():
    text = (
        "样例县某某局2030年部门决算\n一、收入支出决算总体情况说明\n"
        "2030年财政拨款本年收入1200万元,比年初预算减少500万元。\n"
    )
    assert ("500万元", "OTHER") in kinds(text)


GLOSSED = NEWS + (
    "其中,公务用车购置及运行维护费:2030年决算数400万元。2030年决算数包括公务用车购置费"
    "100万元(更新公务用车5辆,车均20万元),交通费300万元。\n"
)


def test_the_words_of_a_bracket_glossing_the_amount_before_are_not_the_next_amounts():
    read = kinds(GLOSSED)
    assert ("20万元", "PRICE_OR_RATE") in read
    assert ("300万元", "SPENDING") in read


def test_a_rate_said_outside_a_bracket_stays_a_rate():
    text = NEWS + "2030年实有公务用车80辆,车均运行费3万元。\n"
    assert ("3万元", "PRICE_OR_RATE") in kinds(text)
