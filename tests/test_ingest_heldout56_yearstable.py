"""Tests, on fictional text, for a 三公 决算 table comparing two named years with their
change (``threepublicyears``, trial 56's 1035): spaced heads (项 目, 合 计), the group head
naming its year (2030年决算比上年增、减情况), 增、减额 for 增减金额, and a decrease written
with a minus sign, read as its magnitude, the sign left out of the quote. Near cases where
nothing is read.
"""

from __future__ import annotations

from govkg.ingest.extract import extract

ACCOUNTS = (
    "经样例县财政局汇总,县人民政府审定,样例县本级部门包括县本级行政单位、事业单位以及其他使用"
    "财政拨款安排“三公”经费单位2030年“三公”经费决算情况如下:\n"
    "2030年县本级“三公”经费决算支出数为90.3万元,较2029年决算数100.5万元减少10.2万元,"
    "下降10.1%,主要是严格控制公务接待,公务接待费比上年减少较多,公务用车购置也相应减少。\n"
    "样例县县本级2030年度“三公”经费决算财政拨款情况统计表\n"
    "单位:万元\n"
    "项 目 | 2029年决算数 | 2030年决算数 | 2030年决算比上年增、减情况 | |\n"
    "增、减额 | 增、减幅度 | |||\n"
    "合 计 | 100.5 | 90.3 | -10.2 | -10.1% |\n"
    "1、因公出国(境)费 | 10 | 12.5 | 2.5 | 25% |\n"
    "2、公务接待费 | 40.5 | 30 | -10.5 | -25.9% |\n"
    "3、公务用车费 | 50 | 47.8 | -2.2 | -4.4% |\n"
    "其中:(1)公务用车运行维护费 | 30 | 35.8 | 5.8 | 19.3% |\n"
    "(2)公务用车购置 | 20 | 12 | -8 | -40% |\n"
    "按照中央八项规定和有关文件精神,本级各部门将继续严格控制“三公”经费支出,厉行节约,"
    "从严从紧安排公务接待、公务用车等支出,确保“三公”经费只减不增。\n"
)


def _read(text: str) -> dict[str, tuple[str | None, int | None]]:
    return {
        m.as_written: (m.kind, m.year)
        for m in extract(text, "f.txt").money
        if m.rule == "three-public-grid"
    }


def test_the_two_years_and_their_change_are_read():
    read = _read(ACCOUNTS)
    assert read["100.5"] == ("SPENDING", 2029)
    assert read["90.3"] == ("SPENDING", 2030)
    assert read["12"] == ("SPENDING", 2030)
    assert read["2.5"] == ("CHANGE", 2030)


def test_a_decrease_is_read_as_its_magnitude_the_sign_unquoted():
    read = _read(ACCOUNTS)
    assert read["10.2"] == ("CHANGE", 2030)
    assert read["8"] == ("CHANGE", 2030)
    assert "-10.2" not in read
    money = {m.as_written: m for m in extract(ACCOUNTS, "f.txt").money}
    assert money["10.5"].label.endswith("(减少)")


def test_a_sign_the_years_contradict_is_said_in_the_label():
    wrong = ACCOUNTS.replace("合 计 | 100.5 | 90.3 | -10.2", "合 计 | 90.3 | 100.5 | -10.2")
    wrong = wrong.replace("| 10 | 12.5 | 2.5 |", "| 0 | 22.7 | 22.7 |")
    wrong = wrong.replace("| 40.5 | 30 | -10.5 |", "| 20.5 | 30 | 9.5 |")
    wrong = wrong.replace("| 50 | 47.8 | -2.2 |", "| 69.8 | 47.8 | -22 |")
    wrong = wrong.replace("| 30 | 35.8 | 5.8 |", "| 49.8 | 35.8 | -14 |")
    money = {m.as_written: m for m in extract(wrong, "f.txt").money}
    assert money["10.2"].kind == "CHANGE"
    assert "增加" in money["10.2"].label
    assert "otherwise" in money["10.2"].label


def test_sums_that_fail_read_nothing():
    wrong = ACCOUNTS.replace("合 计 | 100.5", "合 计 | 101.5")
    assert not _read(wrong)


def test_a_years_cell_with_a_minus_reads_nothing():
    wrong = ACCOUNTS.replace("(2)公务用车购置 | 20 | 12", "(2)公务用车购置 | 20 | -12")
    assert not _read(wrong)


def test_a_change_the_years_do_not_prove_is_not_read():
    wrong = ACCOUNTS.replace("| 40.5 | 30 | -10.5 |", "| 40.5 | 30 | -11.5 |")
    read = _read(wrong)
    assert "11.5" not in read
    assert "40.5" in read


def test_heads_of_two_kinds_read_nothing():
    mixed = ACCOUNTS.replace("2029年决算数", "2029年预算数")
    assert not _read(mixed)
