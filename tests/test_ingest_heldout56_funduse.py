"""A body's 公告 of how it used a public fund, the money used stated under the use's heading, is
a project report of the family (trial 56's 1014, 湖南省体育局's notice on its 2024 体育彩票公益金:
…公益金使用情况的公告 / 二、2024年省本级体育彩票公益金使用情况 / …分配使用61265.13万元, refused
before). A fund's 公示 (the not-reports' 23, 泸西县's, which lists its projects with no amount),
a use section with no money used, a use said in a sentence with no heading, and a company's
募集资金 report stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.funduse import reports_fund_use
from govkg.ingest.extract import extract

NOTICE = (
    "样例省体育局关于2031年样例省体育彩票公益金筹集及省本级体育彩票公益金使用情况的公告\n"
    "  按照《彩票管理条例》的要求,现将2031年样例省体育彩票公益金筹集及省本级体育彩票公益金"
    "使用情况公告如下:\n"
    "  一、2031年体育彩票公益金筹集情况\n"
    "  2031年全省体育彩票公益金筹集总额31525.22万元,同比增长18.6%。\n"
    "  二、2031年省本级体育彩票公益金使用情况\n"
    "  2031年省本级体育彩票公益金分配使用6126.13万元。其中,支持群众体育606万元,"
    "占比25.89%;支持竞技体育1160万元。\n"
)
WELFARE = (
    "样例市民政局2031年度福利彩票公益金使用情况公告\n"
    "(一)公益金收入情况\n2031年,我局收到福利彩票公益金350万元。\n"
    "(二)公益金使用情况\n全年用于养老服务设施建设的资金共计210万元,用于困难儿童救助80万元。\n"
)


@pytest.mark.parametrize("text", [NOTICE, WELFARE])
def test_a_bodys_notice_of_its_use_of_a_public_fund_is_a_project_report(text):
    assert reports_fund_use(text)
    read = extract(text, "fictional.txt").document
    assert read.year == 2031
    assert read.genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "text",
    [
        # a fund's 公示 titled so (the fund's notices' class), even with money used
        NOTICE.replace("使用情况的公告\n", "使用情况公示\n").replace("公告如下", "公示如下"),
        # the use's section names projects and no amount (泸西县's 公示 stated only what it raised)
        NOTICE.split("  2031年省本级体育彩票公益金分配")[0]
        + "  重点支持了全民健身活动、青少年足球等101个公益项目。\n",
        # money in the use's section, said of no use
        NOTICE.replace("分配使用6126.13万元。其中,支持群众体育606万元,占比25.89%;支持竞技体育"
                       "1160万元", "比上年增长500万元"),
        # the use said in a sentence, no heading of it
        NOTICE.replace("  二、2031年省本级体育彩票公益金使用情况\n", ""),
        # a company's raised funds
        "样例股份有限公司关于2031年度募集资金专项资金存放与使用情况的报告\n"
        "一、募集资金使用情况\n本年度使用募集资金1200万元。\n",
    ],
)
def test_a_funds_公示_no_money_used_no_heading_or_a_company_stays_refused(text):
    assert not reports_fund_use(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
