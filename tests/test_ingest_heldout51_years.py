"""Years of trial 51's texts, by class, on fictional texts: a page's breadcrumb 您的位置:…
above a title opening on a bare year (822: 2015晋中市…概况及决算情况说明) and a title dating its
report by a span of years written each with 年 (813: …2019年-2020年度绩效自评报告, the last).
Near cases keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.breadcrumb import without_breadcrumb
from govkg.ingest.document.titlespanyear import title_span_year
from govkg.ingest.extract import extract


def year(text: str) -> int | None:
    return extract(text, "fictional.txt").document.year


BARE = (
    "您的位置: 首页 >财政预决算公开专栏>部门预决算>其他部门>详细内容\n\n"
    "2031样例市某某中心概况 及决算情况说明\n\n来源: 发布时间:2032-11-01\n\n"
    "一、样例市某某中心概况\n(一)主要职能\n负责全市急救调度。\n二、决算情况\n"
    "2032全年收入预算726.1万元,较2031年增加576.43万元。2031全年支出148.87万元。\n"
)


def test_a_your_position_breadcrumb_is_furniture_and_the_titles_bare_year_is_read():
    assert year(BARE) == 2031


def test_the_breadcrumb_forms_before_still_blank():
    for line in ("当前位置:首页>>政务公开", "您现在的位置: 首页 > 财政", "您的位置：首页>通知"):
        assert without_breadcrumb(line).strip() == ""


def test_a_position_field_stays():
    assert without_breadcrumb("项目位置:东区/西区") == "项目位置:东区/西区"
    assert without_breadcrumb("您的位置:东区") == "您的位置:东区"  # no site separator


SPAN = (
    "中央集中彩票公益金转移支付(样例助学项目)2030年-2031年度绩效自评报告\n主管部门:儿童福利处\n"
    "一、绩效目标分解下达情况\n2030年下达我省专项补助资金2,387万元;2031年下达我省专项补助资金1,253万元。\n"
)


def test_a_title_span_each_year_with_its_nian_is_of_its_last_year():
    assert year(SPAN) == 2031


def test_the_span_written_once_with_nian_reads_the_last_too():
    assert title_span_year("样例资金2028-2031年度绩效评价报告\n")["year"] == "2031"


def test_a_span_followed_by_other_words_or_in_the_body_reads_nothing_here():
    assert title_span_year("样例县2031年—2035年发展规划\n") is None
    assert title_span_year("绩效评价报告摘要\n2029-2031年专项资金预算安排共为100万元。\n") is None
    assert title_span_year("样例资金2031年-2030年度绩效自评报告\n") is None  # backwards
