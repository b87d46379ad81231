"""Thirty-first trial: pages with no title that name their unit only in the body, each in
a sentence of its genre's template (``document/issuer``, ``document/shortnote``):

- an introduction with a comma before its 属于 (X,属于一级预算单位: 392);
- a 部门决算's composition sentence (从预算单位构成看,X部门决算包括: 391), placed or not;
- a project report's saying whose project it is (…项目是X的持续性项目: 388);
- a 三公 note opening on a short name that the body writes in full (区直工委 → 中共…区直属机关
  工作委员会: 393).

Held on fictional text, with the near misses that must keep today's reading (unnamed)."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

ACCOUNTS = (
    "第一部分 单位概况\n一、主要职能\n负责全区档案的收集和保管。\n二、机构设置\n{setup}\n"
    "第二部分 2031年度部门决算情况说明\n一、收入支出决算总体情况说明\n"
    "2031年度收入总计320.5万元,支出总计318.2万元。\n"
)
PROJECT = (
    "一、项目基本情况\n{about}\n二、项目资金情况\n项目预算12万元,全年实际支出11.5万元,执行率95.8%。\n"
    "三、项目绩效自评情况\n项目完成了全部目标。\n"
)
NOTE = (
    "一、2031年“三公”经费预算表\n单位:万元\n合计 | 2.5 |\n"
    "二、2031年“三公”经费预算情况说明\n{opening}2031年一般公共预算“三公”经费预算为2.5万元。"
    "其中公务接待费2.5万元。\n{body}\n"
)


def _unit(text: str) -> str:
    return read_document(clean_view(text), "x.txt").unit


def test_an_introduction_with_a_comma_before_its_belonging():
    setup = "样例市青岚区档案馆,属于区委直属事业单位,内设3个科室。"
    assert _unit(ACCOUNTS.format(setup=setup)) == "样例市青岚区档案馆"


def test_another_unit_belonging_somewhere_is_not_introduced():
    setup = "本单位内设3个科室,其中综合科,属于内设机构。"
    assert _unit(ACCOUNTS.format(setup=setup)) == UNNAMED


def test_the_accounts_composition_names_the_unit_unplaced_too():
    setup = "本馆内设3个科室。从预算单位构成看,青岚革命历史陈列馆部门决算包括:本级决算、所属青岚烈士陵园决算。"
    assert _unit(ACCOUNTS.format(setup=setup)) == "青岚革命历史陈列馆"


def test_a_composition_of_our_own_department_names_none():
    setup = "从预算单位构成看,纳入本部门2031年度决算编制的只有本级。"
    assert _unit(ACCOUNTS.format(setup=setup)) == UNNAMED


def test_a_project_said_to_be_a_unit_s_is_its_holder():
    about = "档案数字化加工项目为区档案管理局的年度重点项目,由信息科具体实施。"
    assert _unit(PROJECT.format(about=about)) == "区档案管理局"


def test_a_project_funded_by_another_names_no_holder():
    about = "档案数字化加工项目的资金由区财政局拨付,由信息科具体实施。"
    assert _unit(PROJECT.format(about=about)) == UNNAMED


def test_a_short_name_opening_a_note_is_the_unit_written_in_full():
    body = "本年无公务用车。样例省青岚市政协机关事务管理局负责具体接待事项。"
    opening = "市政协机管局"
    assert _unit(NOTE.format(opening=opening, body=body)) == "样例省青岚市政协机关事务管理局"


def test_a_full_name_that_does_not_write_the_short_one_is_not_taken():
    body = "接待标准按照样例省青岚市财政局的规定执行。样例省青岚市财政局负责审核。"
    assert _unit(NOTE.format(opening="区直工委", body=body)) == UNNAMED
