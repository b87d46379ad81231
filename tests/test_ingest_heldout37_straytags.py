"""A text file that opens on a mirror's stray inline tags is read as text, lines kept
(thirty-seventh trial's 516: <dfn …><var …> and <pre …> above a glossed traditional
report made it an HTML page, its lines folded into one, and the report was refused).
Only a page's own tags, whole tag names (<html, <head, <body, <meta, <p, <div), make
the bytes HTML; <pre is no <p. All text fictional."""

from __future__ import annotations

import tempfile
from pathlib import Path

from govkg.ingest.text.reading import read_report_bytes
from govkg.ingest.write import ingest

_GLOSSED = (
    '<span id="q1"><i id="q1"></i></span>\n'
    '  <pre id="q1"></pre>\n'
    "樣例縣文廣局\n"
    "樣例縣公共文化服(fú)務(wù)補(bǔ)助資金2031年度績效自評(píng)報(bào)告\n"
    "發(fā)布機(jī)構(gòu): 樣例縣文廣局\n"
    "\n"
    "一、績效目標(biāo)情況\n"
    "2031年共收到補(bǔ)助資金36萬元，已全部用于鄉(xiāng)鎮(zhèn)文化站設(shè)備購置。\n"
    "二、存在的問題\n"
    "資金到位較晚。\n"
)


def test_stray_inline_tags_above_a_glossed_report_are_text_and_it_is_read():
    read = read_report_bytes(_GLOSSED.encode("utf-8"), "mirror.txt")
    assert read.source_format == "text"
    assert "績效自評(píng)報(bào)告\n" in read.text  # the title still ends its line
    with tempfile.TemporaryDirectory() as into:
        report = Path(into) / "mirror.txt"
        report.write_text(_GLOSSED, encoding="utf-8")
        done = ingest(report, Path(into) / "seed")
    assert done.document


def test_a_page_with_its_own_tags_is_still_html():
    for page in (
        "<!DOCTYPE html>\n<html><body><p>样例</p></body></html>",
        "<html lang='zh'>\n<p>样例</p></html>",
        '<div class="c">样例</div>',
        "<p>样例局2031年度部门决算</p>\n<p>一、部门概况</p>",
        '<meta charset="utf-8"><pre>样例</pre>',
    ):
        assert read_report_bytes(page.encode("utf-8"), "page.txt").source_format == "html"


def test_tag_names_that_only_begin_like_a_page_tag_do_not_make_html():
    for text in (
        "<pre>样例</pre>\n样例",
        "<param>\n样例",
        "<header-note>\n样例",
        "<divider>\n样例",
    ):
        assert read_report_bytes(text.encode("utf-8"), "notes.txt").source_format == "text"
