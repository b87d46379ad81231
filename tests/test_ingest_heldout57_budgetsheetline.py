"""Tests, on fictional text, for a budget's 部门收支总表 flattened onto one line with no 行次,
its sides' labels interleaved, a page's footer and repeated head inside it
(``tables.budgetsheetline``, trial 57's 1068, an education bureau's 2020 budget tables on a
document site): read BUDGET where its sums place every figure; near cases left unread.
"""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.extract import extract

SHEET = (
    "文库 - 海量文档,下载即用。\n"
    "卫生局预算公开表.xls\n"
    "卫生局 2031年部门预算 表1 部门收支总表 单位:万元 收 项 入 目 支 {head} 项 出 目 "
    "一、一般公共预算拨款收入 {income} 一、一般公共服务支出 二、政府性基金预算拨款收入 "
    "二、外交支出 三、事业收入 {fees} 三、国防支出 四、其他收入 四、教育支出 2031年预算数 "
    "2,400.00 五、科学技术支出 六、社会保障和就业支出 310.50 七、卫生健康支出 1,189.50 "
    "本 年 收 入 合 计 3,900.00 五、用事业基金弥补收支差额 本 年 支 出 合 计 3,900.00 "
    "八、事业单位结余分配 六、上年结转 {carried} 九、结转下年 收 入 总 计 3,900.00 "
    "支 第 2 页,共 9 页 出 总 计 3,900.00 表1-1 部门收入总表 单位:万元 项 目 事业收入\n"
)


def _sheet(head="2031年预算数", income="3,600.00", fees="300.00", carried=""):
    return SHEET.format(head=head, income=income, fees=fees, carried=carried)


def test_every_figure_the_sums_place_is_read_budget():
    read = [(w, k) for w, k, _, _ in found(_sheet())]
    assert read == [
        ("3,600.00", "BUDGET"),
        ("300.00", "BUDGET"),
        ("2,400.00", "BUDGET"),
        ("310.50", "BUDGET"),
        ("1,189.50", "BUDGET"),
        ("3,900.00", "BUDGET"),
        ("3,900.00", "BUDGET"),
        ("3,900.00", "BUDGET"),
        ("3,900.00", "BUDGET"),
    ]


def test_a_row_is_its_label_and_a_figure_after_the_head_only_its_side():
    labels = [m.label for m in extract(_sheet(), "f.txt").money]
    assert labels[0] == "一、一般公共预算拨款收入"
    assert labels[2].startswith("支出 (本年支出合计的一项")  # after the repeated head
    assert labels[3] == "六、社会保障和就业支出"
    assert labels[-1] == "支出总计"  # the page's footer taken out of the label


def _unread(text):
    figures = found(text)
    assert len(figures) >= 9  # each still listed, unread (loosecells)
    return all(k is None for _, k, _, _ in figures)


def test_sums_that_fail_read_nothing():
    assert _unread(_sheet(fees="200.00"))


def test_a_head_of_another_kind_reads_nothing():
    assert _unread(_sheet(head="2031年决算数"))


def test_a_carried_over_row_holding_a_figure_reads_nothing():
    assert _unread(_sheet(income="3,500.00", carried="100.00"))
