"""Trial 53: a budget or 决算 note's unit named by its body's sentences: its overview's first
sentence with what it has under it (区政务服务中心下属事业单位1个), a line opening on its own
duties (X主要职能是:), its duties' X主要负责… or its profile's X创建于… writing the title's short
name in full, and a unit's 预算执行情况绩效自评报告 as a title. Held on fictional text, with the
near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.dutiessubject import duties_subject
from govkg.ingest.document.overviewsubject import overview_subject
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

UNNAMED = "（未署名的报告单位）"

CENTRE = (
    "一、基本职能及主要工作\n"
    "(一)主要职能\n"
    "政务服务中心负责组织、协调政务服务工作。\n"
    "二、部门概况\n"
    "区政务服务中心下属事业单位1个(区政务大厅服务中心)。现有行政人员5人。\n"
    "三、收支决算总体情况\n"
    "2031年区政务服务中心本年收入合计147.13万元,其中:财政拨款收入147.13万元。\n"
    "2031年区政务服务中心本年支出合计147.13万元,其中:基本支出88万元。\n"
)


def test_an_overview_opening_on_the_unit_and_its_subordinates_names_it():
    assert read_document(clean_view(CENTRE), "x.txt").unit == "区政务服务中心"


def test_a_relative_name_met_once_is_not_read():
    head = "二、部门概况\n区政务服务中心下属事业单位1个。\n三、收支\n本年收入合计147.13万元。"
    assert overview_subject(head) is None


def test_a_placed_name_under_the_overview_is_read_and_a_bare_one_is_not():
    head = "二、单位概况\n样例县某某服务中心下设办公室、财务室。\n"
    assert overview_subject(head) == ("样例县某某服务中心", (7, 16))
    assert overview_subject("二、部门概况\n政务服务中心下设办公室。\n政务服务中心") is None
    assert overview_subject("二、部门概况\n本中心下设办公室。\n") is None


def test_a_subordinate_after_the_heading_s_first_sentence_is_not_read():
    head = "二、部门概况\n现有人员9人。区政务大厅服务中心下设窗口。\n区政务大厅服务中心"
    assert overview_subject(head) is None


OFFICE = (
    "时间:2031-04-19 来自:样例政府在线\n"
    "青岚市人民政府办公厅主要职能是:协助市政府领导同志处理市政府日常工作。\n"
    "市政府办公厅部门预算系统共设1办10处。\n"
    "二、预算收支\n"
    "(一)预算收入情况\n"
    "2031年总收入6,198万元,其中:财政预算内拨款(补助)收入6,198万元。\n"
    "(二)预算支出情况\n"
    "2031年总支出6,198万元,基本支出4,453万元。\n"
)


def test_a_line_opening_on_the_unit_s_own_duties_names_it():
    assert read_document(clean_view(OFFICE), "x.txt").unit == "青岚市人民政府办公厅"


def test_duties_said_of_a_body_in_general_or_mid_line_are_not_read():
    assert duties_subject("人民政协的主要职能是政治协商、民主监督。") is None
    assert duties_subject("根据要求,青岚市财政局主要职责是管理财政。") is None
    assert duties_subject("青岚县就业服务中心的主要职能是促进就业。") == (
        "青岚县就业服务中心",
        (0, 9),
    )


HEALTH = (
    "公告公示\n\n"
    "2031年度城关镇社区卫生服务中心预算执行情况绩效自评报告\n\n"
    "发布时间:2032-09-19\n\n"
    "一、基本情况\n\n"
    "(一)部门主要职能\n\n"
    "样例县城关镇社区卫生服务中心主要负责辖区内居民的基本医疗及公共卫生工作。\n\n"
    "二、绩效自评工作组织开展情况\n\n"
    "三、部门预算执行情况\n\n"
    "2031年度,全年预算数500万元,执行数480万元。\n"
)


def test_a_unit_s_budget_execution_self_evaluation_is_titled_and_written_in_full():
    document = read_document(clean_view(HEALTH), "x.txt")
    assert document.unit == "样例县城关镇社区卫生服务中心"
    assert document.title == "2031年度城关镇社区卫生服务中心预算执行情况绩效自评报告"
    assert document.genre == "部门整体支出绩效自评报告"


def test_a_fund_s_budget_execution_self_evaluation_is_no_unit_s_title():
    text = HEALTH.replace("城关镇社区卫生服务中心预算执行", "普惠金融发展专项资金预算执行")
    assert read_document(clean_view(text), "x.txt").genre != "部门整体支出绩效自评报告"


ACCOUNTS = (
    "首页>政务公开>预算/决算>决算\n\n"
    "样例区通惠街道社区卫生服务中心2031年决算公开说明\n\n"
    "一、单位基本情况\n\n"
    "(一)职能职责\n\n"
    "青岚市样例区通惠街道社区卫生服务中心创建于1959年,是一所综合性医疗机构。\n\n"
    "二、部门决算情况说明\n\n"
    "1.总体情况。2031年度收入总计2477.55万元,支出总计2477.55万元。\n"
)


def test_the_profile_s_founding_sentence_writes_the_title_s_name_in_full():
    assert (
        read_document(clean_view(ACCOUNTS), "x.txt").unit == "青岚市样例区通惠街道社区卫生服务中心"
    )


def test_another_unit_founded_is_not_the_title_s_in_full():
    text = ACCOUNTS.replace(
        "青岚市样例区通惠街道社区卫生服务中心创建于", "青岚市样例区人民医院创建于"
    )
    assert read_document(clean_view(text), "x.txt").unit == "样例区通惠街道社区卫生服务中心"
