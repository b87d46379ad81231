"""The years of the twenty-first held-out trial, each held on fictional text with cases it
must not fire on: a page's breadcrumb is furniture (``breadcrumb``)."""

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
