"""Patterns of money in real reports, each held on fictional text (not on the corpus texts
the rules were developed on): tables whose unit sits in the header, one written figure for
收 and 支, one unit word for several figures, parts under 其中, the kind words, a figure the
excerpt ends inside, a form's 实施单位 cell, and a report that states no fiscal year.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import yaml

from govkg.answers.review import review
from govkg.core.errors import SeedError
from govkg.graph.catalog import Catalog
from govkg.graph.rdf import build_graph
from govkg.graph.validity import checked_seed
from govkg.ingest.corpus import expected_places, score_text
from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.tables.indicatormoney import find_indicator_money
from govkg.ingest.tables.tables import find_table_money
from govkg.ingest.text.textview import clean_view
from govkg.ingest.write import ingest


def money(text: str) -> list[tuple[str, str | None, Decimal]]:
    """(as written, kind, yuan) of every amount the rules find, in text order."""
    found = extract(text, "fictional.txt").money
    return [(m.as_written, m.kind, m.amount) for m in found]


def cells(text: str) -> list:
    view = clean_view(text)
    return [*find_table_money(view, 2024), *find_indicator_money(view, 2024)]


PIPED = """2024年度示范县数据局项目支出绩效自评表
项目名称 | 政务外网运维 |
实施单位 | 示范县数据局 |
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 ||
总额 | 12.00 | 15.50 | 14.25 | 91.94% | 10 | 9 | |
其中:财政资金 | 12.00 | | 14.25 | 91.94% | / | / |
其他资金 | | | | | / | / |
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |
产出指标 | 成本指标 | 成本控制数 | ≤ | 16 | 万元 | 完成 | 10 | 10 |
"""


def test_a_grid_between_pipes_reads_each_cell_in_the_header_unit_by_its_column():
    found = [(c.as_written, c.kind, c.amount, c.label) for c in cells(PIPED)]
    assert found == [
        ("12.00", "BUDGET", Decimal("120000.00"), "总额 年初预算"),
        ("15.50", "BUDGET", Decimal("155000.00"), "总额 调整后预算数"),
        ("14.25", "SPENDING", Decimal("142500.00"), "总额 预算执行数"),
        ("12.00", "BUDGET", Decimal("120000.00"), "其中:财政资金 年初预算"),
        # the empty 调整后预算数 cell is kept: 14.25 stays in its own column
        ("14.25", "SPENDING", Decimal("142500.00"), "其中:财政资金 预算执行数"),
        ("16", "PLANNED", Decimal("160000"), "成本控制数 指标值"),  # a ceiling: ≤
    ]  # 执行率, 权重 and 得分 are not money


BLANKS = (
    "附件: 项目支出绩效自评表 (2023年度) 项目名称 档案数字化 实施单位 101-样例市档案馆 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额: 40 42.5 41.8 10 98.35% 9.8 其中:本年财政拨款 40 42.5 "
    "上年结转资金 其他资金 年度总体目标 完成档案数字化。"
)


def test_a_grid_between_blanks_reads_only_rows_with_a_figure_for_every_money_column():
    found = [(c.as_written, c.kind, c.amount, c.reason is None) for c in cells(BLANKS)]
    assert found[:3] == [
        ("40", "BUDGET", Decimal("400000"), True),
        ("42.5", "BUDGET", Decimal("425000.0"), True),
        ("41.8", "SPENDING", Decimal("418000.0"), True),
    ]
    # two figures for three money columns: an empty cell was lost, which is which is not shown
    assert [(w, k) for w, k, _, _ in found[3:]] == [("40", None), ("42.5", None)]


def test_a_grid_whose_unit_comes_after_its_figures_lists_them_unread_never_guessed():
    text = (
        "项目支出绩效自评表 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
        "5000.00 5000.00 7.5 其中:当年财政拨款 0 0 — 年度资金总额 项目资金 (元) "
        "实施单位 4,200 预期目标 完成"
    )
    found = cells(text)
    assert [c.as_written for c in found] == ["5000.00", "5000.00", "7.5", "0", "0", "4,200"]
    assert all(c.kind is None and "does not show" in c.reason for c in found)


def test_a_grid_that_states_no_unit_states_no_amount():
    text = PIPED.replace("年度预算数(万元)", "年度预算数").replace("| 万元 |", "| 个 |")
    assert cells(text) == []


def test_an_indicator_row_with_its_unit_in_a_cell_of_its_own_is_money_of_that_unit():
    text = (
        "三级指标 指标权重 计量单位 指标值 全年实际完成值\n"
        "社会消费品零售额 20 亿元 3.5 4.25\n"
        "培训成本 10 万元 8 7.6\n"
    )
    found = [(c.as_written, c.kind, c.amount) for c in cells(text)]
    assert found == [
        ("3.5", "OTHER", Decimal("350000000.0")),  # the economy's, not the unit's money
        ("4.25", "OTHER", Decimal("425000000.00")),
        ("8", "PLANNED", Decimal("80000")),
        ("7.6", "SPENDING", Decimal("76000.0")),
    ]


def test_one_figure_stated_for_both_income_and_spending_is_two_amounts():
    text = (
        "2023年度样例县网信办部门决算情况说明\n"
        "2023年度收、支总计均为120.50万元。收支较上年决算数增加10.25万元,增长9.3%。\n"
    )
    assert money(text) == [
        ("120.50万元", "REVENUE", Decimal("1205000.00")),
        ("120.50万元", "SPENDING", Decimal("1205000.00")),
        ("10.25万元", "CHANGE", Decimal("102500.00")),
        ("10.25万元", "CHANGE", Decimal("102500.00")),
    ]


def test_one_unit_word_for_two_figures_gives_each_its_unit_and_its_side():
    text = (
        "2023年度样例县文旅局单位决算情况说明\n"
        "2023年度收、支总计各是310.40,305.15万元。与2022年相比,收、支总计各减少12.60,20.05万元。\n"
    )
    assert money(text) == [
        ("310.40", "REVENUE", Decimal("3104000.00")),
        ("305.15万元", "SPENDING", Decimal("3051500.00")),
        ("12.60", "CHANGE", Decimal("126000.00")),
        ("20.05万元", "CHANGE", Decimal("200500.00")),
    ]


def test_a_thousands_comma_is_not_a_list():
    text = "2023年度样例县财政局部门决算\n本年支出合计1,234.50万元。\n"
    assert money(text) == [("1,234.50万元", "SPENDING", Decimal("12345000.00"))]


def test_parts_listed_under_a_total_have_its_kind_and_others_stay_unread():
    text = (
        "2023年度样例县法院部门整体支出绩效自评报告\n"
        "项目支出500万元,其中:审判业务300万元;“两庭”建设200万元。\n"
        "本项目共申请预算资金60万元。其中:20万元用于测绘;40万元用于设计。\n"
        "另有维修40万元。\n"
    )
    assert [(w, k) for w, k, _ in money(text)] == [
        ("500万元", "SPENDING"),
        ("300万元", "SPENDING"),
        ("200万元", "SPENDING"),
        ("60万元", "BUDGET"),
        ("20万元", "BUDGET"),
        ("40万元", "BUDGET"),
        ("40万元", None),  # no word and no total: unread, never guessed
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("单位年初预算收入80万元,决算数为85.5万元。", "REVENUE"),
        ("单位年初预算支出80万元,决算数为79.5万元。", "SPENDING"),
        ("结余分配0.00万元。", "OTHER"),
        ("决算数大于预算数5.5万元。", "OTHER"),
        ("已支付95%的项目款,共计95万元,未付5%的质保金,共计5万元。", "PLANNED"),
        ("全县网络零售额3.2亿元。", "OTHER"),
        ("一般公共预算支出80万元。", "SPENDING"),
        ("对个人和家庭的补助3.12万元。", "SPENDING"),
        ("其他资金来源2.31万元。", "REVENUE"),
        ("本项目共完成预算资金59.97万元。", "SPENDING"),
        ("二是上年下拨了抚恤金7.43万元。", "REVENUE"),
        ("共涉及资金59.37万元,占专项资金支出总额的100%。", "SPENDING"),
        ("共涉及资金59.37万元,占全部项目的50%。", None),  # a share of what is not money
    ],
    ids=[
        "accounts-of-revenue",
        "accounts-of-spending",
        "surplus-distribution",
        "over-budget",
        "unpaid",
        "the-economy",
        "general-budget-spending",
        "subsidies-paid",
        "source-of-funds",
        "budget-completed",
        "allocated-down",
        "share-of-spending",
        "share-of-something-else",
    ],
)
def test_the_kind_words_of_real_reports(sentence, kind):
    found = money("2023年度样例县某局部门整体支出绩效自评报告\n" + sentence + "\n")
    assert found[-1][1] == kind


def test_a_figure_the_excerpt_ends_inside_is_listed_unread_with_why():
    text = "2020年度样例县网信办部门决算情况说明\n收入总计85.80万元。收支较上年决算数减少13.0"
    found = extract(text, "fictional.txt").money
    cut = [m for m in found if m.as_written == "13.0"]
    assert len(cut) == 2  # 收 and 支
    assert all(m.kind is None and "ends inside this figure" in m.reason for m in cut)
    assert all(m.amount == Decimal("130000.0") for m in cut)


def test_a_forms_implementing_unit_cell_names_the_unit():
    assert extract(PIPED, "fictional.txt").document.unit == "示范县数据局"
    assert extract(BLANKS, "fictional.txt").document.unit == "样例市档案馆"


def test_lines_of_a_text_in_traditional_characters_keep_their_stated_shares():
    text = (
        "2017年度樣例市幼兒園部門決算公開說明\n"
        "2017年度,本單位支出為100.00萬元。其中:基本支出60.00萬元,占60%;項目支出40.00萬元,占40%。\n"
    )
    lines = {line.name: line for line in extract(text, "fictional.txt").lines}
    assert lines["项目支出"].share == Decimal("40")
    assert lines["项目支出"].amount == Decimal("400000.00")


NO_YEAR = (
    "样例省数字政府专项资金绩效评价报告摘要\n"
    "一、项目资金投入及支出情况\n"
    "2019-2021年专项资金预算安排共为300万元。其中:2019年100万元;2020年100万元;"
    "2021年100万元。实际到位资金300万元,实际使用资金290.5万元,资金执行率为96.83%。\n"
)


def test_a_report_stating_no_fiscal_year_becomes_a_draft_with_the_year_marked_unknown(tmp_path):
    report = tmp_path / "no-year.txt"
    report.write_text(NO_YEAR, encoding="utf-8")
    done = ingest(report, tmp_path / "seed")
    draft = yaml.safe_load((tmp_path / "seed" / f"{done.document}.yaml").read_text("utf-8"))
    document = draft["documents"][0]
    assert document["year_unknown"] is True
    assert "fiscal_year" not in document
    assert "funding_lines" not in draft
    assert "indicators" not in draft
    figures = {(f["as_written"], f["kind"], f.get("year")) for f in draft["money_figures"]}
    assert ("290.5万元", "spending", None) in figures
    assert ("100万元", "budget", 2019) in figures  # a year its own clause states
    assert any("no fiscal year" in note for note in done.notes)
    seed, _ = checked_seed(tmp_path / "seed")  # records and SHACL shapes
    catalog = Catalog(build_graph(seed))
    assert catalog.documents[f"document/{done.document}"].fiscal_year is None
    line = review(catalog, done.document).line()
    assert line.endswith("awaiting review; its fiscal year is unknown (give it)")


def test_a_year_given_by_flag_makes_it_a_report_of_that_year(tmp_path):
    found = extract(NO_YEAR, "no-year.txt", Given(year=2021))
    assert found.document.year == 2021
    assert found.lines  # a year: its funding lines are drawn


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"fiscal_year": 2021}, "a report of unknown year has no fiscal_year"),
        ({"year_unknown": False}, "fiscal_year"),
        ({"year_unknown": "yes"}, "expected true or false"),
    ],
    ids=["both", "neither", "not-a-boolean"],
)
def test_the_seed_says_a_documents_year_or_that_it_is_unknown_never_both(tmp_path, change, message):
    report = tmp_path / "no-year.txt"
    report.write_text(NO_YEAR, encoding="utf-8")
    done = ingest(report, tmp_path / "seed")
    path = tmp_path / "seed" / f"{done.document}.yaml"
    draft = yaml.safe_load(path.read_text("utf-8"))
    draft["documents"][0].update(change)
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    with pytest.raises(SeedError, match=message):
        checked_seed(tmp_path / "seed", shapes=False)


def test_the_corpus_scorer_places_a_bare_cell_apart_from_an_amount_with_its_unit():
    text = "预算90万元 表 90 89.5 文 4125.49,4143.91万元 本年4143.91万元"
    places = expected_places(
        text,
        [
            {"as_written": "90"},
            {"as_written": "4143.91万元"},
            {"as_written": "4143.91万元", "note": "same occurrence as the previous entry"},
            {"as_written": "4143.91万元"},
        ],
    )
    assert [text[a:b] for a, b in places] == ["90", "4143.91万元", "4143.91万元", "4143.91万元"]
    assert places[0][0] == text.index(" 90 ") + 1
    assert places[1] == places[2] != places[3]


def test_the_corpus_scorer_places_a_cell_in_wan_apart_from_the_same_figure_in_wan_yuan():
    text = "本年度拨款为150万元 | 年度资金总额 | 150万 | 125.25万 |"
    places = expected_places(text, [{"as_written": "150万元"}, {"as_written": "150万"}])
    assert places == [(6, 11), (text.index("| 150万 |") + 2, text.index("| 150万 |") + 6)]


def test_the_corpus_scorer_counts_a_unit_named_where_the_text_names_none_as_wrong():
    expected = {"year": 2023, "unit": None, "money": []}
    document = {"fiscal_year": 2023, "issuer": "unit-x"}
    guessed = {"documents": [document], "units": [{"id": "unit-x", "name": "中央水利发展"}]}
    unnamed = {"id": "unit-x", "name": "（未署名的报告单位）", "unnamed": True}
    assert not score_text("", expected, guessed).unit_right
    assert score_text("", expected, {**guessed, "units": [unnamed]}).unit_right
    named = {**expected, "unit": "中央水利发展"}
    assert score_text("", named, guessed).unit_right


def test_the_corpus_scorer_skips_furniture_and_credits_two_figures_at_one_place():
    text = "元数据 0 0 结束\n收、支总计均为5.00万元。"
    expected = {
        "year": 2023,
        "furniture": ["元数据 0 0 结束"],
        "money": [
            {"as_written": "5.00万元", "yuan": "50000", "kind": "REVENUE", "label": "收"},
            {
                "as_written": "5.00万元",
                "yuan": "50000",
                "kind": "SPENDING",
                "label": "支",
                "note": "same occurrence as the previous entry (joint)",
            },
        ],
    }
    at = text.index("5.00万元")
    figure = {
        "as_written": "5.00万元",
        "amount": "50000",
        "amount_unit": "元",
        "sources": [{"end": at + 6}],
    }
    draft = {
        "documents": [{"fiscal_year": 2023}],
        "money_figures": [{**figure, "kind": "revenue"}, {**figure, "kind": "spending"}],
    }
    score = score_text(text, expected, draft)
    assert (score.found, score.kind_right, score.read_right) == (2, 2, 2)
    assert expected_places(text, [{"as_written": "0"}], expected["furniture"]) == [(-1, -1)]


def test_the_actual_after_a_money_target_is_read_only_when_the_row_has_its_three_figures():
    header = "三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    read = cells(header + "成本指标 培训总成本 ≤12万元 11.5 8 8 满意度")
    assert [(c.as_written, c.kind, c.amount) for c in read] == [
        ("11.5", "SPENDING", Decimal("115000.0"))
    ]
    # the actual was words (达成预期指标): the two figures are 分值 and 得分, not money
    assert cells(header + "成本指标 培训总成本 ≤12万元 达成预期指标 8 8 满意度") == []


def test_a_title_with_a_blank_after_its_year_names_the_unit_before_the_year():
    text = "样例县财政局2021年度 机关整体支出绩效评价报告\n一、部门概况\n本年支出合计80万元。\n"
    document = extract(text, "fictional.txt").document
    assert (document.unit, document.year) == ("样例县财政局", 2021)


def test_a_mirror_that_prints_readings_inside_words_is_read_as_its_words():
    """Mirror sites print a character's reading after it, inside unit words and titles:
    1993.21萬(wàn)元, 決算情況說(shuō)明. The amount and the title are read; quotes and the unit's
    name stay as written."""
    text = (
        "樣例縣道路運(yùn)輸事務(wù)中心\n"
        "2023年度決算情況說(shuō)明\n"
        "1.總體情況。2023年度收入總計(jì)120.50萬(wàn)元,支出總計(jì)120.50萬(wàn)元。\n"
    )
    found = extract(text, "fictional.txt")
    assert found.document.unit == "樣例縣道路運(yùn)輸事務(wù)中心"
    assert found.document.genre == "部门决算"
    assert [(m.as_written, m.kind, m.amount, m.label) for m in found.money] == [
        ("120.50萬(wàn)元", "REVENUE", Decimal("1205000.00"), "2023年度收入总计"),
        ("120.50萬(wàn)元", "SPENDING", Decimal("1205000.00"), "支出总计"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "2、外贸进出口总额17.5亿元。",  # the economy's, not the unit's spending
        "成本指标 项目总成本 ≤90万元 90 8 8",  # a target
        "決算數(shù)大于預(yù)算數(shù)55.93萬元。",  # a difference
        "年初結(jié)轉(zhuǎn)和結(jié)余0.55萬元。",  # a carry-over, its words broken by readings
        "其中:本年财政拨款 90 89.974 89.974 上年结转资金 本项目共申请资金90万元。",
    ],
    ids=["the-economy", "a-target", "a-difference", "carry-over-with-readings", "cell-run"],
)
def test_what_is_not_a_line_of_spending_never_becomes_one(sentence):
    text = "2023年度样例县某局部门整体支出绩效自评报告\n一、部门概况\n" + sentence + "\n"
    stated = [line for line in extract(text, "fictional.txt").lines if line.amount is not None]
    assert stated == []


DISPLACED = (
    "财政项目支出绩效自评表 (2023 年度) 项目名称 场馆运维 主管部门 样例区体育局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "8000.00 8000.00 6,000 10 7.5 8000.00 8000.00 6000 — 上年结转资金 0 0 — "
    "年度资金总额 项目资金 (元) 实施单位 其中:当年财政拨款 预期目标 年度 总体 目标 "
    "{rate} 实际完成情况 已完成。"
)


def test_a_displaced_grid_is_read_only_where_its_stated_execution_rate_confirms_the_columns():
    read = [(c.as_written, c.kind) for c in cells(DISPLACED.format(rate="75.00%")) if c.kind]
    assert read == [
        ("8000.00", "BUDGET"),
        ("8000.00", "BUDGET"),
        ("6,000", "SPENDING"),  # 6000 / 8000 = 75.00%, as the form states
        ("8000.00", "BUDGET"),
        ("8000.00", "BUDGET"),
        ("6000", "SPENDING"),
    ]
    unread = [c.as_written for c in cells(DISPLACED.format(rate="75.00%")) if not c.kind]
    assert unread == ["10", "7.5", "0", "0"]  # 分值, 得分 and a row of two: not placed
    # a rate the figures do not give: nothing is placed, everything stays unread
    assert all(c.kind is None for c in cells(DISPLACED.format(rate="80.00%")))


def test_a_figure_the_excerpt_cuts_short_must_stay_unread_and_is_not_recalled():
    text = "收入总计1,685.80万元。收支较上年决算数减少1,913.0"
    expected = {
        "year": 2020,
        "money": [
            {"as_written": "1,685.80万元", "yuan": "16858000", "kind": "REVENUE", "label": "收"},
            {
                "as_written": "1,913.0",
                "whole": False,
                "yuan": None,
                "kind": "CHANGE",
                "label": "减",
            },
        ],
    }
    stated = {
        "as_written": "1,685.80万元",
        "amount": "16858000",
        "amount_unit": "元",
        "kind": "revenue",
        "sources": [{"end": text.index("万元") + 2}],
    }
    cut = {
        "as_written": "1,913.0",
        "amount": "19130000",
        "amount_unit": "元",
        "kind": "change",
        "sources": [{"end": len(text)}],
    }
    draft = {"documents": [{"fiscal_year": 2020}]}
    unread = score_text(
        text,
        expected,
        {
            **draft,
            "money_figures": [stated, {**cut, "read": False, "reason": "its unit is cut off"}],
        },
    )
    assert (unread.expected, unread.recallable, unread.accounted) == (2, 1, 2)
    assert (unread.found, unread.read, unread.read_right, unread.misses) == (1, 1, 1, [])
    guessed = score_text(text, expected, {**draft, "money_figures": [stated, cut]})
    assert (guessed.found, guessed.read, guessed.read_right) == (1, 2, 1)  # precision drops
    assert guessed.misses[0] == "read 1,913.0, cut short: a guess"
    missing = score_text(text, expected, {**draft, "money_figures": [stated]})
    assert missing.accounted == 1
