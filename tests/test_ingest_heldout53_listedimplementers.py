"""Fifty-third trial: a form whose 项目实施单位 cell lists several operators is its 主管部门's
(``listedimplementers``, trial 53's 898). Held on fictional text, with the near cases that
keep their readings."""

from __future__ import annotations

from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

FORM = (
    "青岚市2031年某某处理费项目绩效评价报告\n"
    "项目名称 |\n青岚市2031年某某处理费项目 |\n"
    "项目金额 |\n2,567.55万元 |\n"
    "主管部门 |\n青岚市住房和城乡建设局 |\n"
    "项目实施单位 |\n青岚甲某处理有限公司 青岚市乙某处理有限责任公司 青岚丙某处理有限公司 |\n"
    "评价单位 |\n某某会计师事务所(普通合伙) |\n"
    "项目基本情况 |\n2031年青岚市财政安排某某处理费项目预算支出合计2,567.55万元。 |\n"
)


def test_a_list_of_implementers_gives_the_supervising_department():
    assert read_document(clean_view(FORM), "x.txt").unit == "青岚市住房和城乡建设局"


def test_one_implementer_keeps_its_reading():
    one = FORM.replace(" 青岚市乙某处理有限责任公司 青岚丙某处理有限公司", "")
    assert read_document(clean_view(one), "x.txt").unit == "青岚甲某处理有限公司"


def test_a_list_without_a_supervisor_names_no_company():
    bare = FORM.replace("主管部门 |\n青岚市住房和城乡建设局 |\n", "")
    assert "公司" not in read_document(clean_view(bare), "x.txt").unit
