"""A form's cells glued into one figure too long for any record (trial 55's 984, a Hunan project
form on a traditional-character mirror: 年度資金總額3555035550355501082.12%8.5, its cells
35550 | 35550 | 35550 | 10 | 82.12% | 8.5 run together, read as one share of
3555035550355501082.12%): no draft holds such a figure, which made the draft fail its checks
and the report refused. The run is passed over as an indicator and left out as money, said in
a note; figures of a record's size keep their readings. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from govkg.ingest.entities.indicators import find_indicators
from govkg.ingest.extract import extract
from govkg.ingest.text.numbers import RECORD_DIGITS, RECORD_FRACTION, fits_record
from govkg.ingest.text.textview import clean_view
from govkg.ingest.write import ingest
from govkg.seed.fields import FRACTION_DIGITS, INTEGER_DIGITS

FORM = (
    "附件2031年度样例地区某某产业发展专项资金项目支出绩效自评表项目支出名称某某产业发展专项资金"
    "主管部门样例省某某委员会实施单位样例省某某中心项目资金\n"
    "(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额"
    "4321043210432101082.12%8.5其中:当年财政拨款4321043210——上年结转资金——\n"
)


def test_the_record_limits_are_the_seeds():
    assert (RECORD_DIGITS, RECORD_FRACTION) == (INTEGER_DIGITS, FRACTION_DIGITS)


@pytest.mark.parametrize(
    ("value", "fits"),
    [
        (Decimal("4321043210432101082.12"), False),  # a glued run
        (Decimal("999999999999999.99"), True),  # fifteen digits: held
        (Decimal("1.1234567"), False),  # seven decimals
        (Decimal("82.12"), True),
        (Decimal("0"), True),
    ],
)
def test_a_figure_fits_a_record_or_not(value, fits):
    assert fits_record(value) is fits


def test_a_glued_run_is_no_indicator():
    view = clean_view(FORM)
    measured = [m.as_written for m in find_indicators(view, [])]
    assert not any(written.startswith("4321043210") for written in measured)


def test_the_glued_forms_draft_validates(tmp_path: Path):
    text = tmp_path / "form.txt"
    text.write_text(FORM, encoding="utf-8")
    done = ingest(text, tmp_path / "seed")  # refused before: the draft did not validate
    assert done.document


MONEY_RUN = (
    "2031年度样例局项目支出绩效自评报告\n一、项目基本情况\n"
    "项目资金年度资金总额4321043210432101082.12万元,全年执行数120.5万元,执行率82.12%。\n"
)


def test_a_glued_run_with_a_unit_word_is_left_out_and_named(tmp_path: Path):
    report = extract(MONEY_RUN, "fictional.txt")
    written = [m.as_written for m in report.money]
    assert "120.5万元" in written
    assert not any(w.startswith("4321043210") for w in written)
    note = next(n for n in report.document.notes if "too long for any amount" in n)
    assert "4321043210432101082.12万元" in note
    text = tmp_path / "report.txt"
    text.write_text(MONEY_RUN, encoding="utf-8")
    assert ingest(text, tmp_path / "seed").document


def test_figures_of_a_records_size_keep_their_readings():
    report = extract(MONEY_RUN.replace("4321043210432101082.12万元", "43210万元"), "f.txt")
    assert "43210万元" in [m.as_written for m in report.money]
    assert not any("too long" in n for n in report.document.notes)
