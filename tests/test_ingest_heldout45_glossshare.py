"""A share stated past a clause that says what the amount is (a 决算's template: 财政拨款收入
1505.75万元,系本单位当年从财政取得的资金,占收入总计的9.02%; trial 45's 685): the clause holds
words only, and the share is the amount's. A clause with a figure of its own keeps the share
from the amount. Test material, fictional; each draft is written (and checked) by ``ingest``."""

from __future__ import annotations

from test_ingest_figure_shares import ACCOUNTS, draft, shares

TEXT = ACCOUNTS + (
    "一、收入决算情况\n2023年度,本单位收入总计为2,000.00万元,较上年增加100.00万元。其中:\n"
    "1.财政拨款收入400.00万元,系本单位当年从财政取得的资金,占收入总计的20%。\n"
)


def test_a_share_past_a_clause_glossing_the_amount_is_the_amounts(tmp_path):
    records, _ = draft(tmp_path, TEXT)
    assert shares(records)["400.00万元"] == ("20", "2,000.00万元")


def test_a_clause_with_a_figure_of_its_own_keeps_the_share_from_the_amount(tmp_path):
    text = TEXT.replace("系本单位当年从财政取得的资金", "系本单位当年从财政取得的资金3笔")
    records, _ = draft(tmp_path, text)
    assert "400.00万元" not in shares(records)
