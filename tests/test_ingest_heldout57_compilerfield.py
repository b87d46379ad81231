"""A 决算 table's head names its unit in 编制单位:X (trial 57's 1067, a hospital's 收支决算总表 under
a headline that names no report: 编制单位:汨罗市中医院[单户表], read unnamed; the corpus's 140).
The bracket after the name is the table's scope, no part of it; a report's 报告编制单位 (its
evaluator) names no unit. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TABLE = (
    "样例县医改信息公开\n"
    "来源:卫计局\n"
    "2031年医疗卫生计生机构收支决算总表(按功能分类) |\n|\n"
    "国卫财01-1表 |\n|\n"
    "编制单位:{unit} |\n|\n"
    "金额单位:元 |\n|\n"
    "项目 |\n上年结转和结余 |\n本年收入 |\n本年支出 |\n年末结转和结余 |\n|\n"
    "其中:财政拨款收入 |\n其中:财政拨款支出 |\n|\n"
    "合计 |\n|\n1,000.00 |\n62,011,988.25 |\n70,496,088.25 |\n-8,484,100.00 |\n"
)


def test_a_tables_compiler_field_names_its_unit():
    document = extract(TABLE.format(unit="样例县人民医院[单户表]"), "fictional.txt").document
    assert document.unit == "样例县人民医院"


def test_a_reports_compiler_names_no_unit():
    text = (
        "样例项目绩效评价报告\n报告编制单位:样例会计师事务所\n"
        "一、项目基本情况\n项目预算100万元,实际支出90万元。\n"
    )
    assert extract(text, "fictional.txt").document.unit != "样例会计师事务所"
