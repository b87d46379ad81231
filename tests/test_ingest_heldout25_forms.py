"""Tests, on fictional text, for the 决算 form flattened onto one line under its form code
财决公开01表 rather than its title (``sheetline``): each cell is label, 行次, amount, the two
sides taking turns, and a row's cell is read where the next token is the next label or the
next, empty row's 行次. Cases it must not fire on: no form code or title, two figures after
one row, a figure before the unit is stated.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds

FORM = (
    "样例市样例职业学校2023年决算批复公开资料\n"
    "详情见附件\n"
    "部门: 样例职业学校 金额单位:万元 单位名称 样例职业学校 邮政编码 * 电话 0871 "
    "财决公开01表 部门: 样例职业学校 金额单位:万元 收入 收入 支出 支出 项目 行次 金额 "
    "项目 行次 金额 栏次 1 栏次 2 一一般公共预算财政拨款收入 1 2,310.40 一一般公共服务支出 "
    "31 0.00 二事业收入 2 55.20 二教育支出 32 2,050.75 3 三卫生健康支出 33 61.08 4 \n"
)


def test_a_form_under_its_code_is_read_by_its_rows():
    read = kinds(FORM)
    assert ("2,310.40", "REVENUE") in read
    assert ("0.00", "SPENDING") in read
    assert ("55.20", "REVENUE") in read
    assert ("2,050.75", "SPENDING") in read
    amounts = {w: a for w, _, a, _ in found(FORM)}
    assert amounts["2,310.40"] == Decimal("23104000")


def test_a_cell_before_an_empty_rows_行次_at_the_lines_end_is_read():
    assert ("61.08", "SPENDING") in kinds(FORM)


def test_cover_codes_and_行次_are_not_money():
    written = [w for w, _, _, _ in found(FORM)]
    assert "0871" not in written
    assert "31" not in written
    assert "4" not in written


def test_without_the_form_code_or_a_title_nothing_is_read():
    bare = FORM.replace("财决公开01表", "附表")
    assert not [k for _, k in kinds(bare) if k]


def test_two_figures_after_one_row_stay_unread():
    two = FORM.replace("二事业收入 2 55.20", "二事业收入 2 55.20 12.00")
    read = found(two)
    assert all(k is None and r for w, k, _, r in read if w in ("55.20", "12.00"))


def test_another_form_code_is_not_taken_for_the_总表():
    other = FORM.replace("财决公开01表", "财决公开05表")
    assert not [k for _, k in kinds(other) if k]
