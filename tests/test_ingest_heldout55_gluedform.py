"""A project form whose cells the page ran together (trial 55's 984, a Hunan 项目支出绩效
自评表: 年度資金總額3555035550355501082.12%8.5, the budget, adjusted budget and spending
glued to the execution rate) was refused as an ingest bug: the indicator rule read the run
as one percentage of 19 digits, which no seed can hold, so the draft failed its checks.
A figure longer than any indicator (more than 12 digits, or more than 6 decimals) is no
measurement; the form becomes a draft, and its amounts are read or listed unread as before."""

from __future__ import annotations

import yaml

from govkg.ingest.extract import extract
from govkg.ingest.write import ingest

FORM = (
    "2031年度样例县某某产业发展专项资金项目支出绩效自评表\n"
    "项目名称某某产业发展专项资金主管部门样例县发展和改革局\n"
    "项目资金(万元)年初预算数全年预算数全年执行数分值执行率得分"
    "年度资金总额3555035550355501082.12%8.5其中:当年财政拨款3555035550——\n"
    "产出指标完成项目数12个\n"
)


def test_a_glued_run_of_cells_is_no_indicator():
    measured = extract(FORM, "f.txt").measured
    assert all("3555035550" not in m.as_written for m in measured)
    assert any(m.as_written == "12个" for m in measured)  # a count beside it still read


def test_the_glued_form_becomes_a_draft_that_passes_the_seed_checks(tmp_path):
    report = tmp_path / "form.txt"
    report.write_text(FORM, encoding="utf-8")
    done = ingest(report, tmp_path / "seed")  # validated on the way: raises if not
    records = yaml.safe_load((tmp_path / "seed" / f"{done.document}.yaml").read_text("utf-8"))
    assert records["documents"][0]["fiscal_year"] == 2031


def test_long_figures_the_seed_holds_are_still_read():
    text = FORM.replace("产出指标完成项目数12个", "产出指标服务人次123456789012人次")
    assert any(m.as_written.startswith("123456789012") for m in extract(text, "f.txt").measured)
