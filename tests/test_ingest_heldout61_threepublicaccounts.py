"""A news item naming a year's 三公 accounts and giving its items' money is a report of the
family, final accounts (trial 61's 1208, a 济宁 item with no headline: 近20个市直部门陆续公布2017年
“三公”经费决算 … 我市公务用车购置及运行维护费3371.9万元 / 其中,公务用车购置费 232万元 / 公务用车
运行维护费 3139.9万元, cut before its 公务接待 figures; refused before: one item only, the 三公's
total never stated). Pattern: the 三公 named as a year's 决算 or 预算, and an item's money at
least twice (``document.threepublicaccounts``). Not the 三公 named with no year, not one item's
amount alone, not a plan to cut it. Its unit stays unnamed (a roundup of many departments).
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.threepublicaccounts import names_three_public_accounts
from govkg.ingest.extract import extract

ROUNDUP = (
    "样例新闻网讯 (记者 某某)近日,我市近15个市直部门陆续公布2035年“三公”经费决算,多个部门的"
    "“三公”费用较2034年明显下降。\n公务用车\n2035年\n我市公务用车购置及运行维护费1200.5万元\n"
    "其中,公务用车购置费 100万元\n公务用车运行维护费 1100.5万元\n比2034年减少97.7万元,下降7.5%。\n"
)


def test_a_years_accounts_named_and_an_items_money_twice_is_a_report():
    assert names_three_public_accounts(ROUNDUP)
    read = extract(ROUNDUP, "fictional.txt")
    assert read.document.genre == "部门决算"
    assert read.document.year == 2035
    assert read.document.unit_named is False
    assert "1200.5万元" in [m.as_written for m in read.money]


@pytest.mark.parametrize(
    "text",
    [
        # the 三公 named with no year
        "各部门陆续公布“三公”经费决算。\n公务用车购置费 100万元\n公务用车运行维护费 1100.5万元\n",
        # one item's amount alone
        "我市近15个部门公布2035年“三公”经费决算。\n公务用车运行维护费 1100.5万元\n",
        # a plan to cut it, no accounts
        "2036年要压减三公经费。\n公务用车购置费 100万元\n公务用车运行维护费 1100.5万元\n",
    ],
)
def test_no_years_accounts_or_one_figure_is_no_sign(text):
    assert not names_three_public_accounts(text)
