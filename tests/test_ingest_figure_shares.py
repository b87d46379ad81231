"""A share a report states right after an amount that is no funding line (rule
``figure-share``): the percent is kept on the money figure with the figure it is a share of,
resolved only by checks that cannot invent (the arithmetic agrees, the base words agree with
the base's kind and label, nearest before first); a rate of growth, a schedule of payments,
an execution rate and a share no figure's arithmetic agrees with state no share. Each draft
is written by ``ingest``, which loads it with every seed check before it is kept.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from govkg.ingest.extract import extract
from govkg.ingest.write import ingest

ACCOUNTS = "2023年样例镇人民政府部门决算\n"
REAL = Path(__file__).with_name("fixtures") / "real-reports"


def draft(tmp_path: Path, text: str, name: str = "report.txt") -> tuple[dict, str]:
    """The draft ``ingest`` writes (validated on the way) and the text it stores."""
    report = tmp_path / name
    report.write_text(text, encoding="utf-8")
    done = ingest(report, tmp_path / "seed")
    records = yaml.safe_load((tmp_path / "seed" / f"{done.document}.yaml").read_text("utf-8"))
    stored = (tmp_path / "seed" / records["documents"][0]["file"]).read_text(encoding="utf-8")
    return records, stored


def shares(records: dict) -> dict[str, tuple[str, str]]:
    """as written -> (stated share, as written of the figure it is of), for figures with one."""
    figures = records.get("money_figures") or []
    written = {f["id"]: f["as_written"] for f in figures}
    return {
        f["as_written"]: (f["stated_share"], written[f["share_of"]])
        for f in figures
        if "stated_share" in f
    }


def test_a_revenue_share_is_of_the_revenue_total_and_its_quote_holds_the_percent(tmp_path):
    text = ACCOUNTS + (
        "二、收入决算情况说明\n本年收入合计500万元，其中：一般公共预算财政拨款收入400万元，"
        "占本年收入合计的80%；其他收入100万元，占20%。\n"
    )
    records, stored = draft(tmp_path, text)
    assert shares(records) == {"400万元": ("80", "500万元"), "100万元": ("20", "500万元")}
    for figure in records["money_figures"]:
        cite = figure["sources"][0]
        assert stored[cite["start"] : cite["end"]] == cite["quote"]  # verbatim
        if "stated_share" in figure:
            assert cite["quote"].endswith(f"{figure['stated_share']}%")
            assert figure["rule"] == "money-figure+figure-share"


def test_a_share_in_traditional_characters_is_read_as_in_simplified(tmp_path):
    text = (
        ACCOUNTS + "二、收入決算情況說明\n本年收入合計500萬元，其中：財政撥款收入400萬元，佔80%。\n"
    )
    records, _ = draft(tmp_path, text)
    assert shares(records) == {"400萬元": ("80", "500萬元")}


def test_a_share_with_no_base_words_is_resolved_by_arithmetic_past_a_nearer_figure(tmp_path):
    text = ACCOUNTS + (
        "二、收入决算情况说明\n本年收入合计250万元，上年收入合计200万元。"
        "其中：事业收入100万元，占比40%。\n"
    )
    records, _ = draft(tmp_path, text)
    assert shares(records) == {"100万元": ("40", "250万元")}  # 100 / 200 is 50%: not it


def test_a_zero_takes_the_base_of_the_other_shares_of_its_list(tmp_path):
    text = ACCOUNTS + (
        "二、收入决算情况说明\n本年收入合计500万元，其中：财政拨款收入500万元，占100%；"
        "其他收入0万元，占0%。\n"
    )
    records, _ = draft(tmp_path, text)
    assert shares(records) == {"500万元": ("100", "500万元"), "0万元": ("0", "500万元")}
    by_written = {f["as_written"]: f for f in records["money_figures"] if "stated_share" in f}
    assert by_written["500万元"]["share_of"] != by_written["500万元"]["id"]  # never itself


def test_growth_a_payment_schedule_and_an_execution_rate_are_no_shares(tmp_path):
    text = ACCOUNTS + (
        "二、收入决算情况说明\n本年收入合计500万元，比上年增长10%。\n"
        "三、项目情况\n合同金额200万元，已支付100万元，支付50%。"
        "年初预算100万元，项目实际支出95万元，占年初预算的95%。"
        "基本支出60万元、项目支出40万元，分别占总支出的60%和40%。\n"
    )
    records, _ = draft(tmp_path, text)
    assert shares(records) == {}
    assert [m.as_written for m in extract(text, "f.txt").money if m.share] == []  # none read


def test_a_share_no_figures_arithmetic_agrees_with_states_none(tmp_path):
    text = ACCOUNTS + (
        "二、收入决算情况说明\n本年收入合计500万元，其中：财政拨款收入300万元，占70%。\n"
    )
    records, _ = draft(tmp_path, text)
    assert shares(records) == {}  # 300 / 500 is 60%: never guessed
    read = {m.as_written: m.share.percent for m in extract(text, "f.txt").money if m.share}
    assert read == {"300万元": "70"}  # read, but of no figure


def test_a_real_text_states_its_revenue_shares_of_its_revenue_total(tmp_path):
    text = (REAL / "44_daying-culture-tourism-bureau-2022.txt").read_text(encoding="utf-8")
    found = shares(draft(tmp_path, text, "44.txt")[0])
    assert found["3859.16万元"] == ("93.54", "4125.49万元")
    assert found["266.33万元"] == ("6.46", "4125.49万元")
    assert found["1140.27万元"] == ("27.52", "4143.91万元")
