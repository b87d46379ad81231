"""The issuing unit of news items and reprints of the central organs' 三公 notes (trial 54:
920, 921, 922, 923, 924, 926, 928, 929, 932, 949, read wrong or unnamed before): the lead
naming the organ that published its 三公经费 or its 部门决算 / 部门预算, behind a dateline,
with 发布 / 公开 / 公布, the clause going on into its figures; a headline; a ministry with
国家 before it and 中国海关; the organ's own site cited in full (人社部 → 人力资源和社会保障部);
a short name no organ bears, written in full where the page names the one organ it stands
for (中样院 → 中国样例院); a lead's announcing clause read as a title's unit words; a site
named after its body in a publisher field; a 三公 sentence's 去年 after the organ; a clause
(财政部批复我委) never a name. A whole (中央和国家有关部门), a clause going on to something
else, a medium, a full name met only in the body, two full names for one short name are
never taken."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.issuerchain import _unit_elsewhere
from govkg.ingest.document.organinfull import abbreviates_organ, organ_in_full
from govkg.ingest.document.organlead import organ_lead

FIGURES = (
    "2030年“三公经费”财政拨款决算数3737.53万元,其中因公出国(境)费1141万元,"
    "公务用车购置及运行费1326.25万元,公务接待费1270.28万元。\n"
)


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        # a dateline glued to the organ, its 部门决算 published, the clause going on (923)
        (
            "中新网7月19日电农业部今日在其官方网站公布2030年度部门决算,农业部2030年“三公经费”"
            "财政拨款支出决算数3686.26万元。\n",
            "农业部",
        ),
        # a dateline and a blank, the clause going on into a year (921)
        ("中国网北京7月20日讯 国家样例局今日公布“三公经费”情况,", "国家样例局"),
        # a reporter's dateline in brackets, 发布, a ministry's short name with 国家 (922)
        ("【本报记者某某北京22日电】国家环保部昨日发布「三公经费」情况说明。", "国家环保部"),
        # 国家 before a ministry's official name: the official name
        ("【本报记者某某北京22日电】国家水利部昨日发布「三公经费」情况说明。", "水利部"),
        # 公开, the clause going on under 其中 (929)
        ("国家样例管理局日前公开“三公经费”,其中", "国家样例管理局"),
        # the customs by its system, a day of the month before the verb (926)
        ("中国海关21日公布了“三公经费”财政拨款情况。", "中国海关"),
        # a 部门结算 in 《》, behind a source (920)
        (
            "中新网7月19日电据国家样例局网站消息,今天国家样例局公布《2030年度国家样例局部门结算》,"
            "其中",
            "国家样例局",
        ),
    ],
)
def test_a_news_lead_names_the_central_organ_that_published(lead, unit):
    note = document(f"{lead}{FIGURES}")
    assert note.unit == unit


def test_a_mirror_s_readings_are_kept_in_the_organ_s_name():
    text = (
        "中國海關(guān)21日公布了“三公經(jīng)費”財政撥款情況。2030年海關(guān)“三公經(jīng)費”財政撥款決算數(shù)"
        "約5.03億元,此外,因公出國(境)費和公務(wù)接待費分別為1100萬元和3420萬元。\n"
    )
    assert document(text).unit == "中國海關(guān)"


def test_the_organ_s_own_site_cited_writes_its_short_name_in_full():
    """人社部 in the lead, 据国家人力资源和社会保障部网站消息 its source (949)."""
    text = (
        "人社部今年三公经费预算2891.57万元\n\n  中新网4月17日电 据国家人力资源和社会保障部网站消息,"
        "人社部今日发布2031年部门预算,预算显示,人社部2031年三公经费预算数为2891.57万元,其中:"
        "因公出国(境)费2126.32万元,公务用车购置及运行费645.71万元,公务接待费119.54万元。\n"
    )
    assert document(text).unit == "人力资源和社会保障部"


def test_a_full_name_met_only_in_the_body_leaves_the_lead_s_name():
    """科技部 in the headline and lead, 科学技术部 once in a sentence on its cars (923)."""
    text = (
        "中新网7月19日电科技部今日在其官方网站公布2030年度部门决算,科技部2030年“三公经费”"
        "财政拨款支出决算数3686.26万元。当年度未新购置公务用车;截至2030年底,科学技术部共有公务"
        "用车54辆。\n"
    )
    assert document(text).unit == "科技部"


def test_a_headline_s_short_name_is_the_organ_the_page_names_in_full():
    """自然科学基金会公布三公经费 over a note saying only 我委, the 关键词 line naming the
    foundation in full (924); 财政部批复我委 is a clause, no name."""
    text = (
        "样例基金会公布三公经费 公务用车占近一半\n\n"
        "关键词: 公务用车 三公经费 我委 因公出国 国家样例基金委员会\n\n"
        "关于2030年“三公经费”支出和2031年“三公经费”预算情况的说明\n"
        "2030年,我委本级“三公经费”支出总额为761.33万元。\n"
        "2031年,财政部批复我委“三公经费”支出预算总额575.48万元。\n"
    )
    assert document(text).unit == "国家样例基金委员会"


def test_a_short_name_the_body_states_gives_way_to_the_heading_s_full_one():
    """中科院是国务院直属事业单位 under 中国科学院公布“三公经费”情况说明 (928)."""
    text = (
        "来源:中国样例院 发布时间:2031-7-9\n中国样例院公布“三公经费”情况说明\n"
        "一、中国样例院基本情况\n中样院是国务院直属事业单位,现有132个二级预算单位。\n"
        "中样院财政拨款因公出国(境)费2030年实际执行数为11295.77万元,2031年预算数为9411.52万元。\n"
    )
    assert document(text).unit == "中国样例院"


def test_an_item_relaying_several_organs_is_its_first_organ_s():
    """中央和国家有关部门19日公布了… then five departments' figures (932)."""
    text = (
        "新华网北京7月19日电 中央和国家有关部门19日公布了“三公经费”情况。\n"
        "国家样例总局去年“三公经费”财政拨款预算213,834.9万元,全年支出决算203,842.15万元。\n"
        "2031年卫生部“三公经费”财政拨款预算比2030年预算增加48万元。\n"
        "商务部19日发布2030年度“三公经费”财政拨款支出决算情况。2030年,商务部“三公经费”"
        "财政拨款支出6,083.70万元。\n"
    )
    assert document(text).unit == "国家样例总局"


@pytest.mark.parametrize(
    "lead",
    [
        "中央和国家有关部门19日公布了“三公经费”情况。",  # a whole
        "国家样例局公布“三公经费”情况,涉及多个单位。",  # a clause going on to something else
        "中国新闻社今日公布“三公经费”情况。",  # a medium
        "昨日,记者从国家样例局获悉,日前公布了“三公经费”情况。",  # a reporter's source
    ],
)
def test_no_organ_from_a_lead_naming_none(lead):
    assert organ_lead(f"{lead}{FIGURES}") is None


def test_a_later_lead_is_read_where_a_sentence_only_says_more_are_to_come():
    text = (
        "按照要求,中央各部门将陆续公布“三公经费”。国家样例局今日公布“三公经费”情况。\n"
        f"{FIGURES}"
    )
    assert document(text).unit == "国家样例局"


@pytest.mark.parametrize(
    ("short", "full", "abbreviates"),
    [
        ("中科院", "中国科学院", True),
        ("人社部", "人力资源和社会保障部", True),
        ("自然科学基金会", "国家自然科学基金委员会", True),
        ("科技部", "科学技术部", True),
        ("中科院", "中国科学技术协会", False),  # another last character
        ("科学院", "中国科学院", False),  # held whole: the same name, not short
        ("社科院", "中国科学院", False),  # another first character
    ],
)
def test_which_full_names_a_short_one_stands_for(short, full, abbreviates):
    assert abbreviates_organ(short, full) is abbreviates


def test_two_full_names_for_one_short_name_read_neither():
    head = "中样院公布三公经费\n中国样例院 中国社会样例院\n"
    assert organ_in_full(head, "中样院") is None


@pytest.mark.parametrize(
    ("field", "unit"),
    [
        ("图片来源:国土资源部网站", "国土资源部"),  # a site named after its body
        ("来源:样例县某某局网站", "样例县某某局"),
        ("来源:样例县某某站", "样例县某某站"),  # a station, no site
    ],
)
def test_a_site_in_a_publisher_field_is_its_body(field, unit):
    assert _unit_elsewhere(f"{field}\n\n正文")[0] == unit


def test_the_approver_of_our_budget_is_no_unit():
    text = (
        "“三公经费”支出和预算情况的说明\n2031年,财政部批复我委“三公经费”支出预算总额575.48万元,"
        "比2030年实际支出761.33万元减少185.85万元。\n"
    )
    assert document(text).unit != "财政部批复我委"
