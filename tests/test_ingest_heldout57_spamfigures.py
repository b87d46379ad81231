"""Tests, on fictional text, for figures a spam mirror wrote into (trial 57's 1077, a 南都
item on Guangzhou's districts' 2012 三公 accounts in traditional characters): blanks inside
a figure closed up (``text.textview``: 170 .58萬元, 10 6 .51萬), and a figure split by inserted
advertising words listed as two pieces, unread (``kinds.insertedsplit``: 減少129房屋貸款3.96萬);
near cases read as before.
"""

from __future__ import annotations

from fictional_text import found, kinds
from govkg.ingest.text.textview import clean_view

NEWS = (
    "南都訊 記者李某 繼月初樣例市財政局發文,要求各區限期公佈2031年“三公”決算。\n"
    "  樣例區2031年“三公”經費公共預算財政撥款支出決算8233.87萬元,比上年減少10 .81%。"
    "其中,公務接待費是節省的大頭,比上年減少{split}萬,下降22.73%。\n"
    "  從公開數據來看,北鎮的三公經費最高為170 .58萬元。北鎮的決算報告解釋,去年決算比上年增加"
    "54 .06萬元,決算稱,公車費用132.08萬元,比上年增多了10 6 .51萬\n"
)


def _news(split="129房屋貸款3.96"):
    return NEWS.format(split=split)


def test_a_blank_before_the_point_is_closed_up():
    read = {w: (k, y) for w, k, y, _ in found(_news())}
    assert read["170 .58萬元"] == ("SPENDING", 1705800)
    assert read["54 .06萬元"] == ("CHANGE", 540600)


def test_blanks_between_runs_of_digits_in_prose_are_closed_up():
    read = {w: (k, y) for w, k, y, _ in found(_news())}
    assert read["10 6 .51萬"] == ("CHANGE", 1065100)


def test_a_figure_split_by_inserted_words_is_two_pieces_unread():
    read = {w: (k, r) for w, k, _, r in found(_news())}
    for piece in ("129", "3.96萬"):
        kind, reason = read[piece]
        assert kind is None, piece
        assert "房屋贷款" in reason, piece


def test_a_count_before_the_figure_is_no_split():
    read = dict(kinds(_news(split="3輛公車運行費3.96")))
    assert read["3.96萬"] is not None


def test_words_naming_money_are_no_split():
    read = dict(kinds(_news(split="129個村資金3.96")))
    assert read["3.96萬"] is not None


def test_table_cells_a_blank_apart_are_never_joined():
    row = "收支总表 单位:万元 八、其他收入 8 38 897.90 住房保障支出 1,641.40\n"
    assert clean_view(row).text == row
    prose = "比上年增加了10 6 .51万元"
    assert clean_view(prose).text == "比上年增加了106.51万元"
