"""Stated shares trial 51 lost, by class, on fictional texts: a budget note's shares of its
总收入 / 当年总支出, both read BUDGET (834), a 上年结转 listed among budgeted parts with a
share naming no base (831), and a 三公 line's share after a bracket glossing its amount
(844). Near cases find no share: the arithmetic refuting the stated percent, a budget whose
label names the other side, siblings with no base. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.drafts.records import draft_records
from govkg.ingest.extract import extract


def figures(text: str) -> dict[str, dict]:
    draft = draft_records(extract(text, "fictional.txt"), None, "fictional.txt")
    by_id = {record["id"]: record for record in draft["money_figures"]}
    out = {}
    for record in draft["money_figures"]:
        base = by_id.get(record.get("share_of", ""), {})
        out.setdefault(record["as_written"], {}).update(
            kind=record["kind"],
            share=record.get("stated_share"),
            of=base.get("as_written"),
        )
    return figures_lines(draft, out)


def figures_lines(draft: dict, out: dict) -> dict:
    for line in draft.get("funding_lines") or []:
        if line.get("stated_share") and line.get("as_written"):
            out.setdefault(line["as_written"], {})["line_share"] = line["stated_share"]
    return out


NOTE = (
    "样例省某某办公厅2031年部门预算\n"
    "一、收入预算情况\n"
    "样例省某某办公厅2031年部门预算收入共计1000万元。\n"
    "1.财政拨款收入800万元,占总收入的80%。其中:事务经费600万元,占财政拨款收入75%;"
    "住房改革经费200万元,占财政拨款收入25%。\n"
    "2.事业收入190万元,占总收入的19%。\n"
    "3.上年结转收入10万元,占总收入的1.0%。\n"
    "二、支出预算情况\n"
    "样例省某某办公厅2031年当年支出为1000万元。\n"
    "1.基本支出:2031年年初预算700万元,占当年总支出的70%。\n"
)


def test_a_budget_notes_shares_of_its_total_revenue_and_spending_are_kept():
    read = figures(NOTE)
    assert read["800万元"]["kind"] == "budget"
    assert (read["800万元"]["share"], read["800万元"]["of"]) == ("80", "1000万元")
    assert (read["600万元"]["share"], read["600万元"]["of"]) == ("75", "800万元")
    assert (read["190万元"]["share"], read["190万元"]["of"]) == ("19", "1000万元")
    assert (read["10万元"]["share"], read["10万元"]["of"]) == ("1", "1000万元")  # 1.0
    assert (read["700万元"]["share"], read["700万元"]["of"]) == ("70", "1000万元")


def test_a_share_the_arithmetic_refutes_stays_unstated():
    text = NOTE.replace("事务经费600万元,占财政拨款收入75%", "事务经费600万元,占财政拨款收入95%")
    read = figures(text)
    assert read["600万元"]["share"] is None
    assert read["800万元"]["share"] == "80"


def test_a_budget_labelled_with_the_other_side_is_no_base():
    text = (
        "样例县某某中心2031年部门预算说明\n一、支出预算情况\n"
        "样例县某某中心2031年支出预算1000万元,其中基本支出800万元。\n"
        "2.事业收入190万元,占总收入的19%。\n"
    )
    read = figures(text)
    assert read["190万元"].get("share") is None


LISTED = (
    "样例团体2031年部门预算说明\n"
    "一、收入预算\n"
    "2031年收入预算5000万元,其中:当年财政拨款3000万元,占60%;其他收入500万元,占10%;"
    "上年结转1500万元,占30%。\n"
)


def test_a_carry_over_listed_among_budgeted_parts_shares_their_base():
    read = figures(LISTED)
    assert read["1500万元"]["kind"] == "carry-over"
    assert (read["1500万元"]["share"], read["1500万元"]["of"]) == ("30", "5000万元")
    assert read["3000万元"]["of"] == "5000万元"


def test_a_listed_part_whose_share_the_arithmetic_refutes_stays_unstated():
    read = figures(LISTED.replace("上年结转1500万元,占30%", "上年结转1500万元,占35%"))
    assert read["1500万元"]["share"] is None


def test_a_listed_part_alone_in_its_sentence_takes_no_base():
    text = "样例团体2031年部门预算说明\n一、收入预算\n2031年收入预算5000万元。上年结转1500万元,占30%。\n"
    assert figures(text)["1500万元"]["share"] is None


SANGONG = (
    "样例局2031年“三公”经费决算情况\n\n"
    "2031年样例局“三公”经费财政拨款决算数为100万元。具体情况如下:\n\n"
    "(一)因公出国(境)费2031年度财政拨款决算数为20万元,占“三公”经费财政拨款决算总数的20%。\n\n"
    "(二)公务用车购置及运行费2031年度财政拨款决算数为70万元(全部为公务用车运行费),"
    "占“三公”经费财政拨款决算总数的70%。\n\n"
    "(三)公务接待费2031年度财政拨款决算数为10万元,占“三公”经费财政拨款决算总数的10%。"
)


def test_a_lines_share_after_a_bracket_glossing_its_amount_is_its_own():
    read = figures(SANGONG)
    assert read["70万元"]["line_share"] == "70"
    assert read["20万元"]["line_share"] == "20"


def test_a_bracket_holding_a_figure_is_parts_not_a_gloss():
    text = SANGONG.replace("(全部为公务用车运行费)", "(其中运行费60万元)")
    assert "line_share" not in figures(text)["70万元"]
