"""Acceptance, units and years of the twenty-fifth and twenty-sixth held-out trials, each rule
held on fictional text with the cases it must not fire on: a unit's 项目支出绩效自评总报告
(``titlesummary``) on a sharing site's wrapper (``sharedfile``), its unit counted with its
projects (``projectcount``); a form's (略) placeholder (``notaunit``); a town publishing its
own page (``publisher``); a transfer's title opening on a short name (``titletransfer``); a
部门决算's 机构设置 stating the unit (``institutions``).
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError

UNNAMED = "（未署名的报告单位）"
PROJECT = "项目支出绩效自评报告"

# -- a summary self-evaluation on a sharing site (titlesummary, sharedfile, projectcount) -----

WRAPPED = (
    "《2021年度项目支出绩效自评总报告.docx》由会员分享,可在线阅读,更多相关《2021年度项目支出"
    "绩效自评总报告.docx(6页珍藏版)》请在样例文库网上搜索。\n"
    "1、2021年度项目支出绩效自评总报告为做好绩效评价工作,对我处2021年度项目支出绩效进行了"
    "自评。现将情况报告如下:一、本部门项目绩效目标情况{count}1、展馆维修项目:预算12. 4万元,"
    "全年实际支付12. 4万元。\n"
)


def test_a_summary_report_on_a_sharing_site_is_read_with_its_unit():
    doc = document(WRAPPED.format(count="(一)青岚市革命纪念馆管理处2021年度共有3个项目"))
    assert (doc.title, doc.genre, doc.year) == ("2021年度项目支出绩效自评总报告", PROJECT, 2021)
    assert doc.unit == "青岚市革命纪念馆管理处"


@pytest.mark.parametrize(
    "count",
    [
        "(一)全市2021年度共有3个项目",  # a whole area
        "(一)我处2021年度共有3个项目",  # a pronoun
        "(一)市财政局为纪念馆管理处下达3个项目",  # no count of its own
    ],
)
def test_a_count_that_names_no_placed_unit_reads_none(count):
    doc = document(WRAPPED.format(count=count))
    assert (doc.genre, doc.unit, doc.unit_named) == (PROJECT, UNNAMED, False)


@pytest.mark.parametrize(
    "news",
    [
        "青岚市召开会议\n\n会议听取了纪念馆管理处2021年度项目支出绩效自评总报告,要求抓好整改。\n",
        "关于报送2021年度项目支出绩效自评总报告的通知\n\n各单位:请于月底前报送。\n",
        "《2021年度工作总结.docx》由会员分享,可在线阅读,更多相关请在样例文库网上搜索。\n"
        "今年完成展馆维修一处。\n",
    ],
)
def test_a_summary_report_named_in_a_sentence_or_another_file_is_refused(news):
    with pytest.raises(IngestError):
        document(news)


# -- a form's placeholder for an omitted name (notaunit) --------------------------------------

FORM = (
    "青岚省旅游职业学校2022年决算批复公开资料\n\n详情见附件\n"
    "部门: {unit} 金额单位:万元 单位名称 {unit} 单位负责人 王某\n"
    "一、部门基本情况\n收入支出决算总表\n"
)


def test_a_placeholder_is_no_name():
    doc = document(FORM.format(unit="(略) 旅游职业学校"))
    assert doc.unit == "青岚省旅游职业学校"  # the title's, never (略)
    assert "略" not in document(FORM.format(unit="（略）")).unit


def test_a_name_in_the_field_stays_the_unit():
    assert document(FORM.format(unit="青岚省旅游职业学校")).unit == "青岚省旅游职业学校"


# -- a town publishing its own page (publisher) -----------------------------------------------

TOWN = (
    "索引号 | 1153/20250606-00001 | 发布机构 | {publisher} |\n公开目录 | 三公经费 |\n"
    "2024年“三公”经费预算财政拨款情况统计表 | ||||\n单位:万元 | ||||\n"
    "合计 | 10.5 | 12.5 | 2 | 19% |\n注:“三公”经费财政拨款预算12.5万元。\n"
)


def test_a_town_s_publisher_field_names_the_town():
    assert document(TOWN.format(publisher="青岚县石桥镇")).unit == "青岚县石桥镇"


@pytest.mark.parametrize("publisher", ["石桥镇", "青岚县石桥镇中心学校附属农场"])
def test_a_bare_town_or_a_name_going_on_is_not_read_as_a_town(publisher):
    assert document(TOWN.format(publisher=publisher)).unit != publisher


# -- a transfer's title opening on a short name (titletransfer) -------------------------------

TRANSFER = (
    "{title}\n一、绩效目标分解下达情况\n"
    "2023年下达中央转移支付资金(妇女发展补助资金)15.2万元,用于妇女技能培训。\n"
    "二、绩效情况分析\n投入中央直达资金15.2万,执行数15.2万,执行率100%。\n"
)


def test_a_transfer_title_names_its_holder():
    doc = document(TRANSFER.format(title="青岚区妇联中央转移支付2023年度绩效自评报告(妇女发展补助资金)"))
    assert (doc.unit, doc.year, doc.genre) == ("青岚区妇联", 2023, PROJECT)


def test_a_place_before_the_transfer_names_no_unit():
    doc = document(TRANSFER.format(title="青岚区中央转移支付2023年度绩效自评报告"))
    assert (doc.genre, doc.unit) == (PROJECT, UNNAMED)


def test_a_notice_asking_for_transfer_reports_is_no_title():
    notice = "关于报送中央转移支付2023年度绩效自评报告的通知\n\n各单位:请于月底前报送。\n"
    with pytest.raises(IngestError):
        document(notice)


# -- a 部门决算's 机构设置 stating the unit (institutions) ----------------------------------------

ACCOUNTS = (
    "目 录\n第一部分 2020年度部门决算报表\n一、收入支出决算总表\n"
    "第二部分 2020年度部门决算说明\n一、部门基本情况\n(一)部门机构设置、职责\n{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("1.机构设置情况\n青岚市白河区人民检察院机构个数1个。无下级单位。", "青岚市白河区人民检察院"),
        ("根据青岚市白河区编办【2015】2号设立青岚市白河区人民法院,内设9个部门。", "青岚市白河区人民法院"),
    ],
)
def test_the_institutions_section_names_the_unit(sentence, unit):
    assert document(ACCOUNTS.format(sentence=sentence)).unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "1.机构设置情况\n全区机构个数12个。",  # an area's count
        "1.机构设置情况\n本单位机构个数1个。",  # a pronoun
        "根据编办文件设立青岚市白河区档案中心,为本局下属事业单位。",  # no 内设: a subordinate
    ],
)
def test_a_count_or_act_of_no_placed_unit_of_its_own_reads_none(sentence):
    assert document(ACCOUNTS.format(sentence=sentence)).unit == UNNAMED


def test_a_placeholder_field_is_not_cited():
    doc = document(FORM.format(unit="(略) 旅游职业学校"))
    assert not any("略" in c.quote for c in doc.cites)
