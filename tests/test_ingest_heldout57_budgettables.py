"""A unit's budget or accounts tables named by their titles (表1 部门收支总表, 表1-1 部门收入总表)
are words of the accounts (trial 57's 1068, an education bureau's 2020 budget workbook on a
document site, no prose, its genre left out before). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.genresigns import ACCOUNTS, PROJECT, genre_shown

WORKBOOK = (
    "样例局 2031年部门预算 报送日期: 年 月 日 表1 部门收支总表 单位:万元 收 入 2031年预算数 "
    "一、一般公共预算拨款收入 1,234.56 一、一般公共服务支出 表1-1 部门收入总表 单位:万元\n"
)


def test_a_workbooks_table_titles_are_the_accounts_words():
    assert genre_shown(WORKBOOK) == ACCOUNTS


def test_a_projects_words_still_outnumber_one_table_title():
    text = (
        "项目名称:样例平台建设 项目资金 100万元 立项依据 项目资金使用情况 项目绩效目标\n"
        "附:部门收支总表\n"
    )
    assert genre_shown(text) == PROJECT
