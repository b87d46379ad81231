"""Trial 54's 929, by class, on fictional texts: a total written without its unit whose parts,
listed right after it in one unit word, add up to it exactly (决算数合计373.74,因公出国(境)费
200.00万元,公务用车购置及运行费92.74万元,公务接待费81.00万元。) is in that unit; a sum off by a
fen, parts in two units, one part only read nothing. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts

TITLE = "样例局2030年“三公”经费财政拨款决算情况说明\n"


def found(text: str) -> list[tuple[str, str, int]]:
    return [(a.figure, a.unit, a.yuan) for a in amounts(text)]


def test_a_unitless_total_takes_its_parts_unit_where_they_add_up():
    text = (
        "数据显示,2030年“三公经费”财政拨款决算数合计250.50,因公出国(境)费100.00万元,"
        "公务用车购置及运行费90.25万元,公务接待费60.25万元。"
    )
    assert found(text)[0] == ("250.50", "万元", 2505000)
    money = extract(TITLE + text, "fictional.txt").money
    assert (money[0].as_written, money[0].kind, money[0].amount) == ("250.50", "SPENDING", 2505000)


def test_a_unitless_total_whose_parts_do_not_add_up_stays_no_amount():
    text = "决算数合计250.51,因公出国(境)费100.00万元,公务用车购置及运行费90.25万元,公务接待费60.25万元。"
    assert [f for f, _, _ in found(text)] == ["100.00", "90.25", "60.25"]


def test_a_unitless_total_over_parts_in_two_units_or_one_part_stays_no_amount():
    two = "决算数合计150.25,因公出国(境)费100.00万元,公务接待费50.25元。"
    assert [f for f, _, _ in found(two)] == ["100.00", "50.25"]
    one = "决算数合计100.00,因公出国(境)费100.00万元。"
    assert [f for f, _, _ in found(one)] == ["100.00"]
