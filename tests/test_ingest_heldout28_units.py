"""The twenty-eighth trial's acceptance, units and years (``document``), held on fictional
text: a one-paragraph project evaluation accepted (``projectexecution``) and its unit placed
from its publisher (``relativepublisher``); a form's unit glued to its next cell
(``fieldwords``); a cover's unit under its title (``coverunit``); a relative body name placed
by its title (``relativepublisher``); a table's amount-unit label glued to the name
(``fieldwords``); a title naming its project (``titleproject``); a project period's spaced
month (``years``). Each with the cases that must not fire."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


EVALUATION = (
    "您所在的位置: 首页\n>> ... >> 绩效评估\n\n2031年度绩效评价\n\n"
    "发布日期:2032-09-01 10:00 来源:县农业农村和水利局\n\n"
    "项目全年预算数为88万元,执行数为80万元,完成预算的91%。项目绩效目标完成情况:一是2031年,"
    "样例县农业农村和水利局及其下属各站组织开展了技术培训42期。\n"
)


def test_a_one_paragraph_project_evaluation_is_read_with_its_placed_unit_and_year():
    document = _read(EVALUATION)
    assert document.unit == "样例县农业农村和水利局"
    assert document.year == 2031


def test_a_budget_execution_report_or_a_news_item_is_no_project_evaluation():
    government = EVALUATION.replace("项目全年预算数", "全县收入预算数")
    with pytest.raises(IngestError):
        _read(government)
    news = EVALUATION.replace("项目绩效目标完成情况", "项目进展情况")
    with pytest.raises(IngestError):
        _read(news)


def test_a_clause_that_opens_on_a_verb_places_no_publisher():
    text = EVALUATION.replace("样例县农业农村和水利局及其下属各站", "联合县农业农村和水利局")
    assert _read(text).unit != "联合县农业农村和水利局"


def test_a_whole_department_form_ends_its_unit_before_the_next_cell():
    text = (
        "部门整体支出绩效自评表(2031年度)区级预算单位名称样例区动物疫病预防控制中心"
        "年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额12.3412.34\n"
    )
    assert _read(text).unit == "样例区动物疫病预防控制中心"


COVER = (
    "来源: 时间:2032-05-01 09:30\n2031年度部门决算公开\n样例市总工会\n主要负责人:某某\n"
    "二〇三二年八月\n目 录\n第一部分 部门概况\n一、收入支出决算总体情况说明\n"
    "2031年度收入总计12.5万元。\n"
)


def test_a_cover_names_its_unit_on_the_line_under_the_title():
    assert _read(COVER).unit == "样例市总工会"


def test_a_heading_or_a_link_under_the_title_is_no_unit():
    assert _read(COVER.replace("样例市总工会\n", "")).unit != "主要负责人"
    links = (
        "样例区2031年“三公”经费决算汇总情况\n经汇总,“三公”经费支出12.5万元,其中公务接待费2.5万元,"
        "公务用车运行维护费10万元。\n(联系方式:区财政局,若需了解请到部门决算公开专栏查询)\n国务院部门网站\n"
    )
    assert _read(links).unit != "国务院部门网站"


def test_a_relative_body_name_is_placed_by_its_title():
    text = (
        "样例自治区林业局机关2031年度\n部门决算\n目 录\n"
        "自治区林业局是样例自治区人民政府直属机构,主要履行下列职责:\n"
        "一、收入支出决算总体情况说明\n2031年度收入总计12.5万元。\n"
    )
    assert _read(text).unit == "样例自治区林业局"


def test_a_table_amount_unit_label_is_no_part_of_the_name():
    text = (
        "样例县科技局2031年部门预算“三公”经费情况说明\n"
        "2031年财政拨款“三公”经费支出合计5.5万元,其中:公务接待费2万元,公务用车运行维护费3.5万元。\n"
        "表8\n单位名称:样例县工业信息化和科技局单位:万元\n项目2031年预算\n"
    )
    assert _read(text).unit == "样例县工业信息化和科技局"


TRANSFER = (
    "2031年度中央转移支付区域(全民体育中心项目)绩效自评表\n"
    "中央转移支付样例县全民体育中心项目绩效自评表 | ||||\n(2031年度) | ||||\n"
    "转移支付(项目)名称 | 样例县全民体育中心项目 | |||\n中央主管部门 | 国家体育总局 | |||\n"
    "地方主管部门 | 样例县体育局 | 资金使用单位 | 样例县体育发展中心 | |\n"
    "年度资金总额: | 100 | 80 | 80% |\n"
)


def test_a_title_that_names_the_form_project_names_no_unit():
    # the project (样例县全民体育中心) is no unit; the user beside a supervisor of its own
    # area is (trial 62's 1245, the corpus's 352: formunit._same_area)
    assert _read(TRANSFER).unit == "样例县体育发展中心"


def test_a_title_whose_name_is_no_project_cell_keeps_it():
    text = TRANSFER.replace("样例县全民体育中心项目 | |||", "样例县全民体育中心新建工程 | |||")
    assert _read(text).unit != UNNAMED


def test_a_project_period_with_a_spaced_month_states_no_fiscal_year():
    text = (
        "样例市口岸办公室财政支出项目绩效评价自评报告\n评价类型:项目完成结果评价\n"
        "项目起止时间 |\n2027年 1 1月起至2031年1月止 |\n计划安排资金 (万元) |\n2,489.4 |\n"
    )
    assert _read(text).year is None
    assert _read(text.replace("2027年 1 1月起", "2027年度起")).year == 2027
