"""Trial 52's 860, by class, on fictional texts: a table of evaluation results with one
column of the funds each evaluation covered, its unit in the head (资金量 (万元)), reads
each row's cell as OTHER; the notice's count of evaluations and the funds they 涉及 is OTHER
too, not the spending its 项目支出评价 named. Near cases keep their readings. Fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.kinds.evaluatedcount import evaluated_count_kind

NOTICE = (
    "为落实市委、市政府《关于全面推进预算绩效管理的实施意见》精神,进一步深化预算绩效管理改革,"
    "提高财政资源配置效率和使用效益,根据年度工作计划,我局组织开展了2031年重点项目绩效评价工作,"
    "现将评价情况通报如下:\n"
    "2031年共对3个重点项目进行了评价,其中项目支出评价2个、政策评价1个,涉及部门单位3个,"
    "资金5300.5万元。从评价结果来看,评价结论为“良”的2个,“中”的1个,无等级为“优”的项目。具体评价结果情况如下:\n"
    "序号 | 主管部门(单位) | 项目名称 | 资金量 (万元) | 评价等级 |\n"
    "1 | 样例市体育局 | 甲专项 | 1200 | 良 |\n"
    "2 | 样例市应急管理局 | 乙补助资金 | 800.5 | 中 |\n"
    "3 | 样例市科学技术局 | 丙整体支出 | 3300 | 良 |\n"
)


def _money(text: str):
    return {m.as_written: m for m in extract(text, "fictional.txt").money}


def test_each_evaluated_rows_funds_cell_is_read_other_in_the_heads_unit():
    money = _money(NOTICE)
    for written, yuan in (("1200", 12_000_000), ("800.5", 8_005_000), ("3300", 33_000_000)):
        assert money[written].kind == "OTHER"
        assert money[written].amount == yuan
    assert "甲专项" in money["1200"].label


def test_the_rows_run_together_by_a_cleaning_read_alike():
    joined = NOTICE.replace("良 |\n2 |", "良 |2 |")
    money = _money(joined)
    assert money["800.5"].kind == "OTHER"


def test_the_funds_the_counted_evaluations_cover_are_other():
    assert _money(NOTICE)["5300.5万元"].kind == "OTHER"


def test_a_row_cut_short_is_not_read_and_ends_the_table():
    cut = NOTICE.replace("3 | 样例市科学技术局 | 丙整体支出 | 3300 | 良 |\n", "3 | 样例市科学技术局 | 丙")
    assert "3300" not in _money(cut)


def test_a_funds_column_with_no_outcome_column_is_not_this_table():
    plain = NOTICE.replace(" | 评价等级 |", " | 备注 |").replace("| 良 |", "| 无 |")
    plain = plain.replace("| 中 |", "| 无 |")
    money = _money(plain)
    assert money.get("1200") is None or money["1200"].kind != "OTHER"


def test_an_act_named_after_the_count_keeps_its_kind():
    text = "共对3个项目进行了评价,涉及预算资金120万元。"
    assert evaluated_count_kind(text, text.index("120"), "BUDGET") == "BUDGET"
    spent = "共对3个项目进行了评价,涉及实际支出资金120万元。"
    assert evaluated_count_kind(spent, spent.index("120"), "SPENDING") == "SPENDING"


def test_funds_with_no_count_of_evaluations_keep_their_kind():
    text = "项目支出涉及资金120万元。"
    assert evaluated_count_kind(text, text.index("120"), "SPENDING") == "SPENDING"
    counted = "共对3个项目进行了评价,涉及资金120万元。"
    assert evaluated_count_kind(counted, counted.index("120"), "SPENDING") == "OTHER"
