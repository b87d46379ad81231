"""The issuing unit where the thirteenth round found it named but not read, each held on
fictional text with the text it must not fire on: a signature whose name a mirror strewed
with readings, a school heading its title's line, the unit a title's fund words open on, a
whole department's 部门名称 cell and a company's 实施单位 cell, and a bureau's page for a
report that speaks as a school (我校): then the publisher is not the reporter.
"""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

BODY = (
    "\n一、自评结论\n（一）自评得分\n项目自评得分95分。\n二、项目资金情况\n"
    "项目预算资金20万元，实际支出20万元。\n"
)


def unit(text: str) -> str:
    return read_document(clean_view(text), "fictional.txt").unit


def test_a_signature_strewn_with_readings_is_read_through():
    text = "2021年度项目支出绩效自评报告\n" + BODY + "青嵐職(zhí)業(yè)學(xué)院\n2022年4月14日\n"
    assert unit(text) == "青嵐職(zhí)業(yè)學(xué)院"  # as written, readings kept
    text = "2021年度项目支出绩效自评报告\n" + BODY + "特此說(shuō)明\n2022年4月14日\n"
    assert unit(text) == UNNAMED  # a closing phrase with readings signs nothing


def test_a_school_heading_its_titles_line_is_the_unit():
    opening = "2017年度专项资金绩效自评报告为做好绩效自评工作,现报告如下。"
    assert unit("青岚镇学校" + opening + BODY) == "青岚镇学校"
    assert unit("资金管理" + opening + BODY) == UNNAMED  # no organisation word


def test_the_unit_a_titles_fund_words_open_on_holds_the_fund():
    title = "2017年度青岚市电子工业学校财政专项资金绩效评价报告\n"
    assert unit(title + BODY) == "青岚市电子工业学校"
    title = "2017年度青岚市财政专项资金绩效评价报告\n"  # a place's fund: no unit
    assert unit(title + BODY) == UNNAMED


def test_a_whole_departments_name_cell_glued_to_its_next_cell():
    form = (
        "1、部门整体支出绩效自评表(2021年度)评价部门名称青岚县黄石乡卫生院下属单位个数0整体支出规模"
    )
    assert unit(form + BODY) == "青岚县黄石乡卫生院"


def test_a_company_implementing_the_project_is_its_unit_not_the_supervisor():
    form = (
        "项目名称 | 青岚县菌类加工车间建设项目 |\n"
        "主管部门 | 青岚县农业农村局 | 实施单位 | 青岚县国有资本管理有限公司 |\n"
    )
    assert unit(form + BODY) == "青岚县国有资本管理有限公司"


def test_a_bureaus_page_for_a_report_speaking_as_a_school_names_no_unit():
    page = "索引号 | 0001/2024 | 发布机构 | {0} |\n2023年度项目支出绩效自评报告(特殊教育经费)"
    speaks = "我校严格执行资金管理制度。\n"
    assert unit(page.format("青岚县教育体育局") + BODY + speaks) == UNNAMED
    assert unit(page.format("青岚县教育体育局") + BODY) == "青岚县教育体育局"
    assert unit(page.format("青岚县实验学校") + BODY + speaks) == "青岚县实验学校"


def test_a_pages_issuing_unit_field_as_cells_names_the_unit():
    page = (
        "索 引 号: | 0001/2022 | 发文字号: | 无 |\n发文单位: | {0} | 发布日期: | 2022年11月04日 |\n"
    )
    form = "项目支出绩效自评表 |\n( 2021 年度) |\n项目名称 |\n市民中心运行维护费 |\n"
    assert unit(page.format("青岚市行政审批局") + form + BODY) == "青岚市行政审批局"
    assert unit(page.format("无") + form + BODY) == UNNAMED  # an empty field names none
