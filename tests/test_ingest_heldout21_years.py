"""The years of the twenty-first held-out trial, each held on fictional text with cases it
must not fire on: a page's breadcrumb is furniture (``breadcrumb``); the year the notice a
report answers commissions to be self-evaluated is the report's (``commissionedyear``)."""

from __future__ import annotations

from fictional_text import document

# -- a breadcrumb's sections are the site's, not the report's (breadcrumb) --------------------

ACCOUNTS = (
    "{crumb}\n青岚市水利局{year}年部门决算编制说明\n时间:2019年08月20日 来源:市水利局\n"
    "一、基本职能及主要工作\n(一)主要职能。负责全市水资源的统一监督管理。\n"
)


def test_a_breadcrumb_s_folder_year_is_not_the_report_s():
    for crumb in (
        "当前位置:首页>>政务公开>>预算决算>>2019年预决算>>2018年部门决算",
        "您现在所在的位置 : 首页 > 财政信息 > 2019年预决算",
        "您当前所在位置: 首页 / 2019年预决算 / 部门决算",
    ):
        read = document(ACCOUNTS.format(crumb=crumb, year=2018))
        assert (read.year, read.title) == (2018, "青岚市水利局2018年部门决算编制说明")


def test_a_place_field_or_a_line_without_separators_is_no_breadcrumb():
    # 2019年 stands as written where the line is a field or a sentence, not a site's path
    for line in ("项目位置:青岚县东区/西区2019年新建", "位置:青岚县2019年新址>城关镇"):
        text = line + "\n一、基本职能及主要工作\n部门决算数为12.5万元。\n"
        assert document(text).year == 2019


# -- the year the commissioning notice asks to be self-evaluated (commissionedyear) ----------

FUND = (
    "青岚市文化和旅游局关于中央支持地方乡村书屋补助资金支出绩效的自评报告\n\n"
    "{ground}现将乡村书屋补助资金支出绩效自评如下:\n\n一、绩效目标分解下达情况\n"
    "1.根据青岚省财政厅关于2020年民生工程资金筹措事项的通知,分配青岚县12万元。\n"
)


def _year(ground: str) -> int | None:
    return document(FUND.format(ground=ground)).year


def test_the_year_a_commissioning_notice_asks_to_be_self_evaluated_is_the_report_s():
    ground = "根据《青岚市财政局转发财政部关于开展2021年度中央对地方转移支付预算执行情况绩效自评工作的通知》要求,"
    assert _year(ground) == 2021
    ground = "按照《青岚市财政局关于做好2021年项目支出绩效评价工作的通知》,"
    assert _year(ground) == 2021


def test_a_cited_notice_that_commissions_no_evaluation_or_is_not_the_ground_dates_nothing():
    # the body's own first year (2020年民生工程资金…) stands, as before
    for ground in (
        "根据《青岚市财政局关于下达2021年中央支持地方乡村书屋补助资金的通知》,",
        "根据《青岚市财政局关于开展2021年度预算编制工作的通知》,",
        "我局印发了《关于开展2021年度绩效自评工作的通知》。",
    ):
        assert _year(ground) == 2020, ground
