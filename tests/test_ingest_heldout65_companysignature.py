"""A company's own bond disclosure, speaking as 我公司 and signed at the end by the company over
the date (晋城市水利建筑公司 / 2020年5月29日), names the company as its unit (trial 65's 1347,
read unnamed once accepted). A firm commissioned to evaluate (受…委托) signing its report, a
text with no company's voice, and a company line with no date under it read nothing. Test
material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.companysignature import company_signature

YEARLY = (
    "一、2033年未使用当年发行的地方政府债券资金\n"
    "二、2034年地方政府债券资金公开情况\n"
    "2035年,下达我公司2034年新增地方政府一般债券资金300万元,用于青岚水库引水工程的前期建设,"
    "截止2035年12月共支出300万元,无结余。\n"
    "样例市水利建设公司\n2036年5月29日\n"
)


def test_the_company_speaking_and_signing_is_the_unit():
    assert company_signature(YEARLY)[0] == "样例市水利建设公司"
    assert document(YEARLY).unit == "样例市水利建设公司"


def test_near_misses_read_nothing():
    commissioned = YEARLY.replace("下达我公司", "我公司受样例市水利局委托,核查下达该局")
    assert company_signature(commissioned) is None  # an evaluator signs
    assert company_signature(YEARLY.replace("下达我公司", "下达样例市水利局")) is None
    assert company_signature(YEARLY.replace("\n2036年5月29日\n", "\n")) is None  # no date
