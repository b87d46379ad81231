"""A body's 公告 of a public fund's allocation and use whose section on the use is headed by the
fund's payment out (…资金拨付下达情况) and states money 已拨付 under it is a project report of the
family, as a notice headed …使用情况 is (trial 65's 1344, a county's notice of its 中央专项彩票
公益金: 三、…发展资金拨付下达情况 / 财政部门已拨付专项资金244.05万元, refused before; the corpus
holds such notices, 1014). Money only planned under the heading (计划总投资), a payment said in a
sentence with no heading, and a notice allocating the fund (关于下达…的通知) stay refused. Test
material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.funduse import reports_fund_use
from govkg.ingest.extract import extract

NOTICE = (
    "2035年中央专项彩票公益金支持青岚县社会公益事业发展资金分配下达和使用情况的公告\n"
    "根据《中央专项彩票公益金支持样例省革命老区县社会公益事业发展资金管理办法》的相关规定,"
    "现将我县2035年中央专项彩票公益金使用情况公告如下:\n"
    "一、公益金总体规模\n"
    "2035年我县共收到中央专项彩票公益金支持地方社会公益事业发展资金188万元。\n"
    "二、公益金资助项目情况\n"
    "我县按照使用计划,主要用于三所中小学校消防设施维修改造项目。\n"
    "三、公益金拨付下达情况\n"
    "按照项目计划,该项目计划总投资159.85万元,财政部门已拨付专项资金144.05万元。\n"
    "特此公告。\n青岚县财政局\n2036年6月12日\n"
)


def test_a_funds_payment_out_under_its_heading_is_its_use():
    assert reports_fund_use(NOTICE)
    read = extract(NOTICE, "fictional.txt").document
    assert read.year == 2035
    assert read.genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "text",
    [
        # money only planned under the payment's heading
        NOTICE.replace(",财政部门已拨付专项资金144.05万元", ""),
        # the payment said in a sentence, no heading of it
        NOTICE.replace("三、公益金拨付下达情况\n", ""),
        # a notice allocating the fund
        "样例省财政厅关于下达2035年中央专项彩票公益金的通知\n各市县财政局:\n"
        "现将2035年中央专项彩票公益金使用情况报告如下,请你们按规定使用。\n"
        "一、资金拨付情况\n已拨付资金300万元。\n",
    ],
)
def test_money_planned_a_payment_with_no_heading_or_an_allocation_stays_refused(text):
    assert not reports_fund_use(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
