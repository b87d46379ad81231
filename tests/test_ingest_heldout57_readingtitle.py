"""A title's line whose unit heads it before a fund's words, on a mirror that printed
readings after some characters (永仁縣工業(yè)信息化商務科學技術局公開…專項債券資金項目績效評價
報告: trial 57's 1056): the title's rules read it through the readings, written as the text
writes it, readings and all. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

BODY = (
    "(一)項目概況\n"
    "1.項目設立背景\n"
    "2031年6月,經省財政廳審批,該項目獲批專項債券資金4,000萬元,用於園區(qū)基礎設施建設。\n"
)
TITLE = "樣例縣工業(yè)信息化商務局公開樣例縣某某產業(yè)園區(qū)基礎設施建設專項債券資金項目績效評價報告\n"


def test_a_titles_holder_is_read_through_the_readings():
    document = extract(TITLE + BODY, "fictional.txt").document
    assert document.unit == "樣例縣工業(yè)信息化商務局"
    assert document.unit_named


def test_the_same_title_without_readings_reads_the_same_name():
    text = (TITLE + BODY).replace("(yè)", "").replace("(qū)", "")
    assert extract(text, "fictional.txt").document.unit == "樣例縣工業信息化商務局"


def test_a_title_naming_no_holder_stays_unnamed_through_the_readings():
    title = "樣例縣某某產業(yè)園區(qū)基礎設施建設專項債券資金項目績效評價報告\n"
    document = extract(title + BODY, "fictional.txt").document
    assert not document.unit_named


def test_a_name_ending_on_no_organisation_word_is_not_read():
    title = "樣例縣工業(yè)信息化商務公開樣例縣某某產業(yè)園區(qū)基礎設施建設專項債券資金項目績效評價報告\n"
    document = extract(title + BODY, "fictional.txt").document
    assert not document.unit_named
