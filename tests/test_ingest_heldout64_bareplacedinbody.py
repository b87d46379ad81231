"""A unit that signs by its bare name and is written placed once in the body is named as the
body writes it: a notice titled and signed 财政金融部 whose body says 将按照临汾经济开发区财政金融部
关印发<…>的通知 (trial 64's 1336, read 财政金融部). The sentence's link words before the place are
no part of it; a name with a place of its own, two different places, or a place holding 的 read
nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.bareplacedinbody import placed_in_body

NOTICE = (
    "首页 > 新闻中心 > 通知公告\n\n财政审计部关于2035年全区绩效评价结果情况的通报\n\n2036-01-08\n\n"
    "各办事处,各部、局、办\n\n根据《青岚经济开发区全面实施预算绩效管理实施方案》要求,重点选择2035年度"
    "12个重点项目开展重点绩效评价,涉及财政资金1234.56万元;选取2个单位开展部门(单位)整体支出绩效"
    "评价,涉及财政资金2345.67万元。现将评价结果情况通报如下:\n\n一、重点项目评价情况\n\n"
    "重点绩效评价的12个项目,评价结果等级为“优”的4个。\n\n"
    "各预算单位应根据全面实施绩效管理的相关要求,落实整改。\n\n"
    "将按照青岚经济开发区财政审计部关于印发<绩效评价结果应用办法>的通知的要求,强化结果应用。\n\n"
    "2036年1月8日\n\n财政审计部\n"
)


def test_the_signature_is_named_as_the_body_places_it():
    assert document(NOTICE).unit == "青岚经济开发区财政审计部"


def test_near_misses_read_nothing():
    signed = ("财政审计部", (0, 5))
    two = "按照青岚经济开发区财政审计部…。根据白石高新区财政审计部…。"
    assert placed_in_body(two, signed) is None  # two places
    assert placed_in_body("按照样例公司的财政审计部要求…。", signed) is None  # no place word
    placed = ("青岚县财政局", (0, 6))
    assert placed_in_body("根据样例市青岚县财政局要求…。", placed) is None  # placed already
