"""The twenty-ninth trial's units and years (``document``), held on fictional text: a page's
publisher whose name carries its second name in brackets (``publisher``); a page's metadata
written as a list, the label alone on its line and the name on the next (``publisher``); the
year of the budget or plan a report's money was allotted under (``allottedyear``); an area's
government accounts titled by the area (``areaaccounts``). Each with the cases that must not
fire."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


# -- a publisher's second name in brackets is part of its name (publisher) -------------------

BRACKETED = (
    "索引号 000111/2032-00001 发布机构 {publisher} 发文日期 2032-03-01\n\n"
    "样例市2031年度市级体育彩票公益金项目支出绩效自评报告\n\n"
    "一、项目基本情况\n2031年下达市级体育彩票公益金12.5万元,资金已全部到位。\n"
)


def test_a_publisher_s_second_name_in_brackets_is_kept():
    for publisher in ("样例市体育局(样例市体育总会办公室)", "样例市体育局（市体育中心）"):
        assert _read(BRACKETED.format(publisher=publisher)).unit == publisher


def test_a_bracket_that_is_no_second_name_is_left_out():
    # 本级 names no organisation: the publisher is the bureau alone, as before
    assert _read(BRACKETED.format(publisher="样例市体育局(本级)")).unit == "样例市体育局"
    # a bracket that closes the page's own (来源:…) is not the name's
    text = BRACKETED.replace("索引号 000111/2032-00001 发布机构 {publisher}", "(来源:样例市体育局)")
    assert _read(text).unit == "样例市体育局"


def test_a_bracket_inside_a_name_keeps_the_name_whole():
    publisher = "中共样例县委(县政府)办公室"
    assert _read(BRACKETED.format(publisher=publisher)).unit == publisher


# -- a metadata list: the label alone on its line, the name on the next (publisher) ----------

LISTED = (
    "  • 索引号\n  • 0152-1/2032-01\n  • {label}\n  • {value}\n  • 发布日期\n  • 2032-05-06\n\n"
    "样例县2031年度农村公路养护专项资金绩效自评报告\n\n"
    "一、绩效目标分解下达情况\n共下达样例县农村公路养护专项资金86万元。\n"
)


def test_a_listed_publisher_names_the_unit_a_title_leaves_unnamed():
    text = LISTED.format(label="发布机构", value="样例县交通运输局")
    assert _read(text).unit == "样例县交通运输局"
    plain = text.replace("  • ", "    ")  # a list without bullets, indented
    assert _read(plain).unit == "样例县交通运输局"


def test_a_listed_field_that_is_no_publisher_or_holds_no_name_names_nothing():
    assert _read(LISTED.format(label="公开目录", value="样例县交通运输局")).unit == UNNAMED
    assert _read(LISTED.format(label="发布机构", value="文号")).unit == UNNAMED


def test_a_title_s_unit_wins_over_a_listed_publisher():
    text = LISTED.format(label="发布机构", value="样例县民政局").replace(
        "样例县2031年度", "2031年度样例县社会福利院"
    )
    assert _read(text).unit == "样例县社会福利院"


# -- no year of its own: the year of the budget or plan its money was allotted under ---------

ALLOTTED = (
    "按照《样例省财政厅关于转发〈项目绩效管理操作指南〉的通知》要求,我单位对本项目开展自评,"
    "自评情况报告如下:\n一、绩效目标分解下达情况\n{ground},{allotment}86.5万元用于村道硬化项目。\n"
    "二、绩效自评工作开展情况\n项目已完工。\n"
)


def _year(ground: str, allotment: str = "安排项目资金") -> int | None:
    return _read(ALLOTTED.format(ground=ground, allotment=allotment)).year


def test_the_year_of_the_budget_or_plan_the_money_was_allotted_under():
    assert _year("依据《样例县财政局关于2033年部门预算的批复》") == 2033
    plan = "根据《样例县人民政府关于2033年度衔接资金项目实施方案的批复》"
    assert _year(plan, allotment="拨付资金") == 2033


def test_a_ground_that_is_no_year_s_budget_or_plan_dates_nothing():
    assert _year("根据《关于下达2032年农村道路资金的通知》") is None  # may be carried on
    assert _year("根据《样例县村道建设规划(2031-2035年)资金安排》") is None  # over years
    assert _year("印发了《样例县2033年度资金使用计划》") is None  # cited, no ground
    assert _year("根据《样例县2033年度资金使用计划》", allotment="项目建成") is None  # no allotment


def test_two_grounds_of_different_years_date_nothing():
    grounds = "根据《2032年度资金安排计划》和《样例县2033年度资金使用计划》"
    assert _year(grounds) is None


def test_a_year_the_report_states_wins_over_the_ground_s():
    text = ALLOTTED.format(
        ground="根据《样例县2033年度资金使用计划》", allotment="安排项目资金"
    ).replace("二、绩效自评", "2034年度项目完成情况。\n二、绩效自评")
    assert _read(text).year == 2034


# -- a title naming a place alone, then its government's accounts: the area (areaaccounts) ---

AREA = (
    "{title}\n一、样例开发区支出决算说明\n"
    "2031年度一般公共预算支出数为15820万元,比2030年度决算数增加1200万元,增长8.21%。\n"
    "(一)201-一般公共服务支出2650万元,较2030年决算数增加150万元,增长6%。\n"
)


def test_a_title_naming_an_area_s_government_accounts_names_the_area():
    for title, area in (
        ("样例开发区2031年政府预决算相关重要事项说明", "样例开发区"),
        ("样例省样例县2031年度财政决算情况", "样例省样例县"),
        ("樣例縣2031年政府決算說明", "樣例縣"),  # traditional characters, as written
        ("和平区2031年全区收支决算情况", "和平区"),  # 和 opens a place too
    ):
        assert _read(AREA.format(title=title)).unit == area


def test_a_department_a_budget_or_a_sentence_names_no_area():
    department = "样例县财政局2031年政府决算相关事项说明"  # a place before a department
    assert _read(AREA.format(title=department)).unit != "样例县"
    budget = "样例开发区2031年政府预算相关重要事项说明"  # a budget alone
    assert _read(AREA.format(title=budget)).unit == UNNAMED
    sentence = "现就样例开发区2031年政府决算相关事项说明如下"  # a sentence, not a title
    assert _read(AREA.format(title=sentence)).unit == UNNAMED
