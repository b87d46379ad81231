"""Thirty-second held-out trial: funds blocks one row a line (a total with its colon, its
parts one a line), read where a stated sum proves them (``tables/summedblocks``), held on
fictional text. A figure no holding sum proves is listed unread, never guessed."""

from __future__ import annotations

from govkg.ingest.extract import extract

TITLE = (
    "青岚县2023年度中央对地方转移支付疾病防控项目绩效自评表\n"
    "指标名称 指标解释 记录 未完成原因及改进措施 需提供的支撑材料 一级指标 二级指标 三级指标\n"
    "项目预算管理 资金投入 预算编制科学性 项目预算编制符合国家政策要求,依据充分,标准明确,"
    "与年度工作匹配,与项目内容匹配 已按要求完成预算\n"
    "预算资金安排 2023年度疾病防控转移支付资金预算安排情况。\n"
)
"""A form's wide rows, as a page gives them: the cleaner joins no short line of the blocks."""


def money(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def test_a_spending_block_in_yuan_whose_parts_add_up_is_read():
    text = TITLE + (
        "资金使用情况。\n"
        "疾病防控资金(单位:元)\n"
        "全年执行资金合计: 56000.50\n"
        "省级补助 40000.00\n"
        "县级配套 16000.50\n"
        "二、绩效目标\n"
    )
    assert money(text) == [
        ("56000.50", "SPENDING"),
        ("40000.00", "SPENDING"),
        ("16000.50", "SPENDING"),
    ]


def test_blocks_after_the_first_are_its_parts_where_their_totals_add_up():
    text = TITLE + (
        "防控资金合计(万元)\n"
        "年度预算资金总额: 90.00\n"
        "其中:中央补助 60.00\n"
        "县级资金 31.00\n"  # 60.00 + 31.00 = 91.00: this block's own sum fails
        "其中:\n"
        "免疫规划补助资金(万元)\n"
        "年度预算资金总额: 50.00\n"
        "其中:中央补助 35.00\n"
        "县级资金 15.00\n"
        "其中:\n"
        "慢病防治补助资金(万元)\n"
        "年度预算资金总额: 40.00\n"
        "其中:中央补助 25.00\n"
        "县级资金 15.00\n"
    )
    found = money(text)
    assert ("90.00", "BUDGET") in found  # 50 + 40 = 90
    assert ("40.00", "BUDGET") in found
    assert ("60.00", "BUDGET") in found  # 35 + 25 = 60
    assert ("31.00", None) in found  # 15 + 15 = 30, and its block's sum fails: unread
    assert len(found) == 9


def test_a_block_whose_sums_do_not_hold_is_listed_unread():
    text = TITLE + (
        "疾病防控资金(万元)\n年度预算资金总额: 30.00\n其中:中央补助 20.00\n县级资金 9.00\n"
    )
    found = extract(text, "fictional.txt").money
    assert [(m.as_written, m.kind) for m in found] == [
        ("30.00", None),
        ("20.00", None),
        ("9.00", None),
    ]
    assert "do not hold" in found[0].reason


def test_a_total_that_names_no_kind_or_has_no_unit_is_not_read_by_the_blocks():
    no_kind = TITLE + "防控资金(万元)\n资金合计: 30.00\n中央补助 20.00\n县级资金 10.00\n"
    assert all(kind is None for _, kind in money(no_kind))
    no_unit = TITLE + "防控资金\n年度预算资金总额: 30.00\n中央补助 20.00\n县级资金 10.00\n"
    assert all(kind is None for _, kind in money(no_unit))
