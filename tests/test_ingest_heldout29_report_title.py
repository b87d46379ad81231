"""A self-evaluation titled by any subject (twenty-ninth trial): a title line that ends in
绩效自评报告 or 绩效评价报告, whatever comes before it (…涉农资金统筹整合区域绩效自评报告, a
mirror's readings read through), is a sign of the genre; the same words inside a sentence, a
notice's title or a meeting's news are none. On fictional text."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.genresigns import shows_genre
from govkg.ingest.text.simplified import simplified

BODY = (
    "一、资金统筹整合组织实施情况\n"
    "我局按照上级要求选取必需实施的项目开展实施,共安排资金318.5万元,已全部拨付使用。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "青岚市2031年涉农资金统筹整合区域绩效自评报告",
        "青岚市2031年涉農資金統籌整合區域績(jī)效自評(píng)報(bào)告",  # a mirror's readings
        "青岚市2031年度乡村振兴资金区域绩效评价报告",
        "青岚市2031年涉农资金绩效自评情况的报告  ",
    ],
)
def test_a_title_line_ending_in_the_genres_words_reads_the_page(title):
    text = title + "\n" + BODY
    assert shows_genre(simplified(text))
    doc = document(text)
    assert doc.year == 2031


@pytest.mark.parametrize(
    "opening",
    [
        "青岚市财政局关于报送2031年度涉农资金区域绩效自评报告的通知\n",  # a notice asking for one
        "青岚市召开2031年度绩效自评报告评审会,安排资金318.5万元\n",  # news: not the line's end
        "各单位应于3月底前报送绩效自评报告。青岚市财政局安排资金318.5万元\n",  # a sentence
    ],
)
def test_the_words_elsewhere_than_a_titles_end_are_no_sign(opening):
    text = opening + "本次会议安排资金318.5万元,用于农村道路建设。\n"
    assert not shows_genre(simplified(text))
    with pytest.raises(IngestError, match="does not look like a report of the genre family"):
        document(text)
