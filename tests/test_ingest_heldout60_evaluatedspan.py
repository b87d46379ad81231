"""Trial 60's 1171, a finance bureau's notice of its key evaluation of a street-cleaning project
over 2019-2021 (…对2019-2021年道路保洁项目开展重点绩效评价,涉及资金6.5亿元, no title): read with
no year before, as a text covering a range reads none. An evaluation made of a span of years is
of the span's last year (``evaluatedspanyear``), as the corpus dates 442 (2015—2018: 2018), 745
(2013-2019: 2019) and 493 (2022—2023: 2023), the last two read with no year before too. A span
of a plan or of money, with no evaluation made of it, still reads none. Test material,
fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.evaluatedspanyear import evaluated_span_year

BODY = (
    "最终得分85.82,等级为良,现将有关情况予以通报。\n一、项目概况\n"
    "2031至2033年期间项目预算总额 7,338.27万元,截止2033年12月31日,已经支出7,090.19万元。\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "样例区财政局对2031-2033年道路保洁项目开展重点绩效评价,涉及资金6.5亿元。",
        "样例区财政局对2031年—2033年度样例专项资金进行了绩效评价。",
    ],
)
def test_an_evaluation_of_a_span_is_of_its_last_year(opening):
    assert document(opening + BODY).year == 2033


@pytest.mark.parametrize(
    "opening",
    [
        "样例区财政局按照2031-2033年规划,安排资金6.5亿元。",
        "样例区对2031-2033年道路保洁项目安排资金6.5亿元。绩效评价另行开展。",
        "样例区对2033-2031年道路保洁项目开展绩效评价,涉及资金6.5亿元。",
    ],
)
def test_a_span_with_no_evaluation_made_of_it_reads_no_year(opening):
    assert evaluated_span_year(opening) is None
