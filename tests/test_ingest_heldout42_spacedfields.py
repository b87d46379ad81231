"""A form's funds fields a blank apart, each label then its cell, in a unit a table line
declared, and the source rows under them (forty-second trial's 613: 单位:万元 … 计划投资额
2500.00 实际到位资金 2500.00 实际使用情况 1543.31 其中:中央财政 …): read
(``tables/spacedfields``)."""

from govkg.ingest.tables.spacedfields import find_spaced_fields
from govkg.ingest.text.textview import clean_view


def _read(text: str) -> dict[str, tuple[str, str]]:
    return {m.label: (m.figure, m.kind) for m in find_spaced_fields(clean_view(text), 2020)}


def test_fields_and_source_rows_their_sums_prove_are_read():
    text = (
        "资金情况 (单位:万元) 负责人 王某\n"
        "预算安排资金 86.40 已到位资金 80.00 已支出资金 75.25 其中:省级补助 省级补助 省级补助 "
        "县本级配套 县本级配套 县级 省级补助 60.00 省级补助 60.00 省级补助 55.25 "
        "县本级配套 26.40 县本级配套 20.00 县级 20.00 三、绩效目标\n"
    )
    read = _read(text)
    assert read["预算安排资金"] == ("86.40", "BUDGET")
    assert read["已到位资金"] == ("80.00", "REVENUE")
    assert read["已支出资金 县级"] == ("20.00", "SPENDING")
    assert read["预算安排资金 县本级配套"] == ("26.40", "BUDGET")
    assert len(read) == 9


def test_source_rows_their_sums_do_not_prove_are_left():
    text = "单位:万元\n预算安排资金 86.40 已支出资金 75.25 省级 60.00 省级 50.00 县级 20.00 县级 20.00\n"
    assert set(_read(text)) == {"预算安排资金", "已支出资金"}


def test_no_unit_declared_or_a_sentence_between_reads_nothing():
    assert _read("预算安排资金 86.40 已支出资金 75.25\n") == {}
    assert _read("单位:万元。本年度工作顺利。预算安排资金 86.40 已支出资金 75.25\n") == {}


def test_scores_counts_and_one_kind_are_no_fields():
    assert _read("单位:万元\n资金管理 10.00 资金使用 7.00 得分 8.50\n") == {}
    assert _read("单位:万元\n预算数 12.50 调整预算数 13.00\n") == {}
    assert _read("单位:万元\n预算数 12 支出数 11\n") == {}


def test_a_figure_no_label_owns_after_the_fields_leaves_the_line():
    assert _read("单位:万元\n预算数 8.00 到位数 8.00 执行数 6.00 100.00\n") == {}


def test_a_line_under_group_heads_is_left_to_the_grid_rule():
    text = "金额单位: 万元\n预算安排情况 资金到位情况 资金执行情况\n到位数 8.00 预算数 8.00 执行数 6.00\n"
    assert _read(text) == {}
