"""The units of the twentieth held-out trial, each rule held on fictional text with cases it
must not fire on: a project's name in a title is no unit (``titleunit.is_fund``); a
commissioned evaluation's cover names the 项目主管部门 (``commissioned``); a unit named by the
notice it says it issued (``ownnotice``); a 决算 table's 部门: field (``report``).
"""

from __future__ import annotations

from fictional_text import document

UNNAMED = "（未署名的报告单位）"

# -- a project's name before 项目支出… in a title is no unit (titleunit) ----------------------


def test_a_project_s_name_in_the_title_is_no_unit():
    text = (
        "2016年鄉村公路日常养护项目 支出绩效评价报告\n"
        "一、项目基本情况\n我县国道每公里养护定额标准10000元。\n"
    )
    assert document(text).unit == UNNAMED


def test_a_title_that_names_an_organisation_before_its_project_keeps_it():
    for unit in ("青岚县公路管理局", "青岚县某某镇"):
        text = f"2016年{unit}项目支出绩效评价报告\n一、项目基本情况\n项目资金10000元。\n"
        assert document(text).unit == unit


# -- a commissioned evaluation's cover: the 项目主管部门 (commissioned) -------------------------

COMMISSIONED = (
    "青岚市某区2022年度养老服务补助经费项目\n\n绩效评价报告\n\n"
    "{cover}\n\n"
    "一、项目基本情况\n(二)项目预算\n项目预算合计为120.5万元。\n"
)


def test_a_commissioned_cover_names_the_project_s_department():
    cover = (
        "委托单位:青岚市某区财政局\n\n项目主管部门:青岚市某区民政局\n\n"
        "评价机构:青岚明信会计师事务所(普通合伙)"
    )
    assert document(COMMISSIONED.format(cover=cover)).unit == "青岚市某区民政局"


def test_a_supervisor_on_no_commissioned_cover_is_not_the_unit():
    cover = "项目主管部门:青岚市某区民政局"
    assert document(COMMISSIONED.format(cover=cover)).unit != "青岚市某区民政局"


def test_a_cover_with_its_project_unit_names_that_unit():
    cover = (
        "项目单位:青岚市某区社会福利院\n\n项目主管部门:青岚市某区民政局\n\n"
        "评价机构:青岚明信会计师事务所"
    )
    assert document(COMMISSIONED.format(cover=cover)).unit == "青岚市某区社会福利院"


# -- the notice the unit says it issued names it (ownnotice) ---------------------------------

NOTICE = (
    "一、项目基本情况\n项目建成后,能为青岚市交通管理提供参考数据。\n"
    "二、项目绩效自评工作开展情况\n"
    "(1)前期准备:按照《青岚市财政局关于2020年项目支出绩效自评有关事项的通知》,"
    "对项目支出进行核实,{issued},明确评价范围。\n"
    "三、项目绩效实现情况\n市财政下达{us}智慧交通平台建设项目经费68.00万元。\n"
    "实际支出项目资金68.00万元。\n"
)


def _notice(issued: str, us: str = "我局") -> str:
    return document(NOTICE.format(issued=issued, us=us)).unit


def test_the_notice_the_unit_issued_names_it():
    issued = "并制发《青岚市交通运输局关于做好2020年绩效自评工作的通知》"
    assert _notice(issued) == "青岚市交通运输局"


def test_a_notice_forwarded_or_issued_by_another_names_no_unit():
    assert _notice("并转发《青岚市交通运输局关于做好2020年绩效自评工作的通知》") == UNNAMED
    assert _notice("市财政局印发《青岚市交通运输局关于做好绩效自评工作的通知》") == UNNAMED


def test_a_notice_of_an_organisation_the_text_does_not_speak_as_names_no_unit():
    issued = "并制发《青岚市交通运输局关于做好2020年绩效自评工作的通知》"
    assert _notice(issued, us="我中心") == UNNAMED


# -- a 决算 table's 部门: field (report) ------------------------------------------------------

TABLES = (
    "青岚县2021年部门决算公开表目录 | ||\n序号 | 表名 | 表号 |\n"
    "1 | 收入支出决算总表 | 公开01表 |\n收入支出决算总表 | |||||\n公开01表 | |||||\n"
    "{field} | 金额单位:元 | ||||\n"
)


def test_a_table_s_department_field_names_the_unit_a_title_left_at_its_place():
    assert document(TABLES.format(field="部门:青岚市青岚县红十字会")).unit == "青岚市青岚县红十字会"


def test_a_supervisor_s_field_is_no_department_field():
    assert document(TABLES.format(field="主管部门:青岚县卫生健康局")).unit == "青岚县"
