"""Trial 58's 1119, a news item on the central 三公 budget: 今年63.1亿元中央本级“三公”经费预算中,
因公出国(境)费20.27亿元,… The figure's money is named after it, the breakdown opening on 中
and a comma: the figure is that money, the last money word of its name (预算: a budget;
支出: spent) (``kinds.namedafter``). Listed unread before. Words without 中 and its comma, or
naming no kind, read nothing; a figure's own word before it keeps its kind."""

from __future__ import annotations

from fictional_text import kinds as _kinds
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.namedafter import named_after_kind

TITLE = "青岚市2035年“三公”经费预算说明\n"


def kinds(text: str):
    return dict(_kinds(TITLE + text))


def test_a_figure_named_after_it_before_its_parts():
    text = "今年5.2亿元全市“三公”经费预算中,因公出国(境)费1.2亿元,公务接待费4亿元。\n"
    assert kinds(text)["5.2亿元"] == "BUDGET"
    text = "去年3.1亿元全市“三公”经费支出中,公务接待费1.1亿元,其余为车辆费用2亿元。\n"
    assert kinds(text)["3.1亿元"] == "SPENDING"


def test_no_中_or_no_kind_reads_nothing():
    assert named_after_kind("全市“三公”经费预算,因公出国", kind_of) is None
    assert named_after_kind("的统计数据中,因公出国", kind_of) is None
    text = "青岚市2035年“三公”经费决算说明\n今年5.2亿元的统计数据中,有一半未公开。\n"
    assert dict(_kinds(text))["5.2亿元"] is None  # listed unread, as before


def test_an_own_word_before_the_figure_keeps_its_kind():
    text = "今年比去年减少0.3亿元全市“三公”经费预算中,公务接待费减少0.1亿元。\n"
    assert kinds(text)["0.3亿元"] == "CHANGE"
