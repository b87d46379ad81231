"""Fiftieth trial: a form's unit read through its fields. A title naming its unit short
(样例中心绩效项目支出自评表) is written in full by the form's own unit field (``fieldinfull``);
a name never runs across a field's label (``fieldlabels``). Held on fictional text, with the
near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.fieldinfull import field_in_full
from govkg.ingest.document.fieldlabels import past_labels
from govkg.ingest.document.report import read_document
from govkg.ingest.document.titleunit import clean_title_unit
from govkg.ingest.text.textview import clean_view

FORM = (
    "2031年某彩中心绩效项目支出自评表\n\n"
    "专项(项目)名称某某系统升级\n"
    "中央主管部门某某管理中心\n"
    "省主管部门青岚省民政厅资金使用单位青岚某某彩票发行中心\n"
    "项目资金 (万元)全年预算数全年执行数执行率\n"
    "年度资金总额50万元47.6895.00%\n"
)


def test_the_title_s_short_name_is_written_in_full_by_the_user_s_field():
    assert read_document(clean_view(FORM), "x.txt").unit == "青岚某某彩票发行中心"


def test_the_genre_s_jixiao_is_no_part_of_the_title_s_name():
    assert clean_title_unit("某彩中心绩效") == "某彩中心"
    assert clean_title_unit("某某绩效") == "某某绩效"  # no organisation word before it


def test_only_the_own_unit_s_field_writes_the_name_in_full():
    head = "实施单位 青岚县某某服务中心 |\n"
    assert field_in_full(head, "某某中心") == ("青岚县某某服务中心", (5, 14))
    # the supervisor's cell is never read
    assert field_in_full("主管部门 青岚县某某服务中心 |\n", "某某中心") is None
    # another name: not the title's in full
    assert field_in_full("实施单位 青岚县水利局 |\n", "某某中心") is None


def test_a_name_never_runs_across_a_field_s_label():
    name = "省主管部门青岚省民政厅资金使用单位青岚某某彩票发行中心"
    assert past_labels((name, (10, 10 + len(name)))) == ("青岚某某彩票发行中心", (27, 37))
    # after a supervisor's label the name is the supervisor's: nothing read
    assert past_labels(("实施单位青岚县某中心主管部门青岚县某局", (0, 19))) is None
    # a name with no label stays as it is
    assert past_labels(("青岚县某某中心", (3, 10))) == ("青岚县某某中心", (3, 10))


def test_a_glued_form_with_no_title_name_reads_past_the_labels():
    text = FORM.replace("2031年某彩中心绩效项目支出自评表", "2031年绩效项目支出自评表")
    unit = read_document(clean_view(text), "x.txt").unit
    assert "主管部门" not in unit
    assert "使用单位" not in unit
