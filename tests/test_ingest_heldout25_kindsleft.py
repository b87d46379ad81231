"""The amounts and kinds trials 25 and 26 still missed, each held on fictional text with
cases it must not fire on: funds said to have all come after a comma (,全额拨付到位); the
scorer placing a figure whose share follows a bracket holding the same figure again.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.corpus import score_text

HEAD = "2023年青岚县党校专项资金绩效自评报告\n一、项目概况\n"

# -- money received, said after a comma: 专项资金36.5万元,全额拨付到位 (saidafter.RECEIVED_AFTER) --


def test_funds_said_all_come_after_a_comma_are_received():
    assert kinds(HEAD + "2023干部轮训项目等专项资金36.5万元,全额拨付到位。") == [
        ("36.5万元", "REVENUE")
    ]
    assert kinds(HEAD + "专项资金36.5万元,足额到位。") == [("36.5万元", "REVENUE")]


def test_a_comma_and_all_of_something_else_is_no_arrival():
    # used in full, or handed on to the towns: not money that came in
    assert kinds(HEAD + "专项资金36.5万元,全部用于干部培训。") == [("36.5万元", None)]
    assert kinds(HEAD + "专项资金36.5万元,全额拨付给各乡镇。") == [("36.5万元", None)]
    # a kind its own words name stays
    assert kinds(HEAD + "项目支出36.5万元,全额拨付到位。") == [("36.5万元", "SPENDING")]


# -- the scorer: an amount, a bracket with the same figure, then the amount's share ---------


def test_the_scorer_places_a_shared_amount_before_its_bracket():
    text = "收入合计80.00万元;包括财政拨款收入64.00万元(其中,一般公共预算64.00万元),占收入合计80%。"
    first = text.index("包括")
    inner = text.index("一般公共预算64.00万元") + len("一般公共预算")
    quote = text[first : text.index("80%") + 3]

    def figure(label, start, end, **more):
        source = {"start": start, "end": end, "quote": text[start:end]}
        return {"as_written": "64.00万元", "amount": "640000", "amount_unit": "元",
                "kind": "revenue", "label": label, "sources": [source], **more}

    draft = {
        "documents": [{"fiscal_year": 2023}],
        "money_figures": [
            figure("财政拨款收入", first, first + len(quote), stated_share="80"),
            figure("一般公共预算", inner - len("一般公共预算"), inner + 7),
        ],
    }
    entry = {"as_written": "64.00万元", "yuan": "640000", "kind": "REVENUE"}
    expected = {
        "year": 2023,
        "money": [
            {**entry, "label": "财政拨款收入", "share": "80", "share_of": "收入合计"},
            {**entry, "label": "一般公共预算"},
        ],
    }
    score = score_text(text, expected, draft)
    assert (score.accounted, score.found, score.read_right) == (2, 2, 2)
    assert score.misses == []


# -- a procurement note's 政府采购总额 and its parts: contract sums (prosekinds.procurement) --

NOTE = "青岚县实验中学2022年度部门决算\n第三部分 情况说明\n"


def test_a_procurement_total_without_its_spending_word_is_a_contract_sum():
    text = NOTE + "五、政府采购支出情况。2022年度政府采购总额62.10万元,其中:货物20.40万元,服务41.70万元。"
    assert kinds(text) == [
        ("62.10万元", "CONTRACT"),
        ("20.40万元", "CONTRACT"),
        ("41.70万元", "CONTRACT"),
    ]


def test_a_purchase_not_of_government_procurement_or_its_budget_is_no_contract():
    assert kinds(NOTE + "五、其他。2022年度办公用品采购总额62.10万元。") == [("62.10万元", "OTHER")]
    assert kinds(NOTE + "五、其他。2022年度政府采购预算总额62.10万元。") == [("62.10万元", "BUDGET")]
    assert kinds(NOTE + "五、其他。政府采购专家评审经费6万元。") == [("6万元", "SPENDING")]


# -- an execution pair whose second figure is named 执行数 without 为 (executed) -------------

PAIR = "2023年青岚县残联转移支付资金绩效自评报告\n(一)资金投入\n"


def test_a_pair_named_by_its_execution_figure_and_checked_by_its_rate():
    text = PAIR + "投入省级直达资金18.4万,执行数18.4万,执行率100%。"
    assert kinds(text) == [("18.4万", "BUDGET"), ("18.4万", "SPENDING")]


def test_a_rate_that_does_not_agree_or_no_execution_word_reads_no_base():
    text = PAIR + "投入省级直达资金18.4万,执行数17万,执行率100%。"
    assert kinds(text)[0] == ("18.4万", None)
    text = PAIR + "投入省级直达资金18.4万,培训资金18.4万,执行率100%。"
    assert kinds(text)[0] == ("18.4万", None)
