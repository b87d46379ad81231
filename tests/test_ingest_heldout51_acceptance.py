"""Acceptance of trial 51's refused shapes, by class, on fictional texts: a 三公 note titled
关于…“三公”经费2031年预算情况的说明 (842), a unit's accounts titled …2031年决算公开报告 (825), a
unit's own year-end account of its 收入总计 and 支出总计 under numbered headings (824), and
figures written past the fen (825's 5359.668673元) kept out of a draft that now validates.
Near cases stay refused or read as before. Test material, fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.ownaccounts import keeps_own_accounts
from govkg.ingest.extract import extract
from govkg.ingest.write import ingest


def document(text: str):
    return extract(text, "fictional.txt").document


def test_a_three_public_note_titled_as_the_budget_situations_note_is_read():
    text = (
        "关于样例省某某厅财政拨款“三公”经费2031年预算情况的说明\n"
        "样例省某某厅财政拨款“三公”经费2031年预算情况如下:\n一、因公出国(境)经费\n"
        "2031年预算安排12万元,较2030年预算下降10%。\n二、公务接待费\n2031年预算安排8万元。\n"
    )
    read = document(text)
    assert (read.unit, read.year, read.genre) == ("样例省某某厅", 2031, "部门决算")


def test_the_accounts_situations_note_with_its_de_reads_too():
    text = "关于样例县某某局“三公”经费2031年决算情况的说明\n2031年决算支出因公出国(境)费3万元。\n"
    assert document(text).year == 2031


def test_a_news_item_naming_the_budget_with_no_notes_words_stays_refused():
    text = "本报讯 记者从样例市了解到,今年“三公”经费预算情况良好,安排会议费30万元。\n"
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_units_accounts_titled_as_a_disclosure_report_is_final_accounts():
    text = (
        "样例职业技术学院2031年决算公开报告\n第一部分 概况\n一、本单位职责\n以专科教育为主。\n"
        "第四部分 2031年度单位决算情况说明\n(一)收入决算情况说明\n"
        "样例职业技术学院2031年收入1200.5万元,较2030年度增加100万元。\n"
    )
    read = document(text)
    assert (read.unit, read.year, read.genre) == ("样例职业技术学院", 2031, "部门决算")
    assert read.title == "样例职业技术学院2031年决算公开报告"


def test_the_words_going_on_in_a_sentence_are_no_title():
    text = (
        "样例镇2031年决算报告已经镇人大审议通过,现将有关情况通报如下。\n"
        "一、预算收支决算情况\n全镇收入总计100万元。\n"
    )
    assert document(text).title != "样例镇2031年决算报告已经镇人大审议通过"


OWN = (
    "样例县中医院\n2031年度经济及财务运行情况通报\n"
    "现将我院2031年度经济及财务运行情况通报如下:\n一、2031年度经济运行情况\n(一)收入情况\n"
    "2031年度,医院收入总计12,000,000.00元,其中财政补助收入2,000,000元,医疗收入10,000,000.00元。\n"
    "(二)支出情况\n2031年度,医院支出总计11,500,000.00元,其中医疗业务成本支出9,000,000.00元。\n"
)


def test_a_units_own_year_end_account_of_its_totals_is_its_accounts():
    read = document(OWN)
    assert (read.unit, read.year, read.genre) == ("样例县中医院", 2031, "部门决算")


def test_an_area_speaking_of_its_totals_is_no_units_accounts():
    area = OWN.replace("我院", "我县").replace("医院", "全县")
    assert not keeps_own_accounts(area)


@pytest.mark.parametrize(
    "changed",
    [
        OWN.replace("(二)支出情况\n", ""),  # no heading of the spending
        OWN.replace("支出总计", "支出"),  # no stated spending total
        OWN.replace("(一)收入情况", "收入情况如下"),  # a heading not numbered
        OWN + "本公司董事会审议通过。\n",  # a company's words: another class
    ],
)
def test_without_every_sign_the_account_is_no_sign(changed):
    assert not keeps_own_accounts(changed)


def test_an_association_speaking_as_itself_is_no_sign():
    assert not keeps_own_accounts(OWN.replace("我院", "本会"))


PAST_FEN = (
    "样例学院2031年决算公开报告\n第四部分 2031年度单位决算情况说明\n(一)收入决算情况说明\n"
    "样例学院2031年收入6821.09751万元,较2030年度增加1276.128557万元。"
    "其中:财政拨款资金收入5359.668673元,占全部收入的78.58%;其他收入4.41元。\n"
    "(二)支出决算情况说明\n样例学院2031年支出6821.09751万元。其中:基本支出2754.869651元,"
    "占比40.39%;项目支出4066.227859元,占比59.61%。\n"
)


def test_figures_written_past_the_fen_are_left_out_and_named():
    report = extract(PAST_FEN, "fictional.txt")
    written = [m.as_written for m in report.money]
    assert {"6821.09751万元", "1276.128557万元", "4.41元"} <= set(written)
    assert not {"5359.668673元", "2754.869651元", "4066.227859元"} & set(written)
    amounts = {str(line.amount) for line in report.lines}
    assert not any(amount.startswith("2754") for amount in amounts)
    note = next(n for n in report.document.notes if "finer than one fen" in n)
    assert "5359.668673元" in note
    assert "4066.227859元" in note


def test_the_draft_of_figures_past_the_fen_validates(tmp_path: Path):
    text = tmp_path / "report.txt"
    text.write_text(PAST_FEN, encoding="utf-8")
    done = ingest(text, tmp_path / "seed")
    assert done.kinds["money_figures"] >= 3


def test_figures_to_the_fen_stay_listed():
    report = extract(PAST_FEN.replace("5359.668673元", "5359.67元"), "fictional.txt")
    assert "5359.67元" in [m.as_written for m in report.money]
    note = next(n for n in report.document.notes if "finer than one fen" in n)
    assert "5359.67元" not in note
    assert "2754.869651元" in note
