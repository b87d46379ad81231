"""Thirty-fourth trial (435): a title line ending in 绩效评价自评报告 (the evaluation that is
a self-evaluation: …农村电商提质增效工程绩效评价自评报告) is a sign of the genre as …绩效自评报告
and …绩效评价报告 are (``genresigns._REPORT_TITLE``). Held on fictional text, with the same
words where they are no title's end."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.genresigns import shows_genre
from govkg.ingest.text.simplified import simplified

BODY = (
    "按照省里的评分办法,我局进行自评,总分值为100分,自评分为95分。\n"
    "(二)资金落实\n(1)资金到位率:收到上级拨付的补助资金52万元,得2分。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "青岚县2031年乡村物流节点建设绩效评价自评报告",
        "青岚县2031年度乡村物流节点建设 绩效 评价 自评 报告  ",  # a PDF's blanks inside
        "青嵐縣2031年鄉村物流節點建設績效評價自評報告",  # traditional characters
    ],
)
def test_a_title_ending_in_the_evaluations_self_evaluation_reads_the_page(title):
    text = "您现在位置: 首页 > 专题专栏\n\n" + title + "\n\n" + BODY
    assert shows_genre(simplified(text))
    assert document(text).year == 2031


@pytest.mark.parametrize(
    "opening",
    [
        "青岚县商务局关于报送2031年度物流节点绩效评价自评报告的通知\n",  # a notice asking for one
        "青岚县召开物流节点绩效评价自评报告评审会,会上安排资金52万元\n",  # news: the line goes on
    ],
)
def test_the_words_that_end_no_title_line_are_no_sign(opening):
    text = opening + "会议要求各乡镇于月底前完成,共安排资金52万元。\n"
    assert not shows_genre(simplified(text))
    with pytest.raises(IngestError, match="does not look like a report of the genre family"):
        document(text)
