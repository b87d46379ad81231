"""A department counting its own subordinate units names itself: 另外,梧州市民政局下属共有 6 个
事业单位,事业运行经费总预算安排… (trial 64's 1334, a bureau's budget note cut from a PDF's page
13, no title, read unnamed before). A subordinate's sentence (是X下属事业单位, no count), a
pronoun, an unplaced name, or two different names read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.subordinatecount import subordinate_count

FRAGMENT = (
    "13\n要原因是今年委托业务费不纳入行政运行经费进行核算。主\n要用于机关及参公事业单位为保证日常运转发生"
    "的支出。包\n括办公及印刷费、邮电费、差旅费、会议费、公务接待费。\n"
    "另外,青岚市某某局下属共有 3 个事业单位,事业运行\n经 费 总预 算 安 排 1234567.89 元 , 其中 :"
    " 基 本 支出 预 算\n234567.89 元 , 项 目 支 出 预 算 1000000 元 , 同 比 增 加\n"
    "12345.67 元,增长 1.0%。\n(二)政府采购预算安排情况说明。\n"
    "2035 年 政 府 采 购 预 算 123456.78 元 , 同 比 增 加\n2345.67 元,增长 1.9%。其中:政府集中采购"
    "预算\n100000 元,占政府采购预算的 81.00%。\n按政府采购资金类型划分,一般公共预算拨款\n"
    "23456.78 元,财政拨款 100000 元。\n"
)


def test_the_counting_department_names_itself():
    assert document(FRAGMENT).unit == "青岚市某某局"


def test_near_misses_name_none():
    assert subordinate_count("。本局下属共有3个事业单位。") is None  # a pronoun
    assert subordinate_count("。我中心是青岚市某某局下属事业单位。") is None  # no count
    assert subordinate_count("。某某局下属共有3个事业单位。") is None  # unplaced
    two = "。青岚市某某局下属共有3个事业单位。白石县某某局下属有2个事业单位。"
    assert subordinate_count(two) is None
