"""govkg ingest reads a report's text from real .txt, .docx, .pdf and .html files, verbatim,
and refuses what it cannot read with an IngestError naming the file and the reason."""

from __future__ import annotations

import codecs
import io
import random
import time
import zipfile
from pathlib import Path

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.text import reading, reading_docx, reading_html, reading_pdf
from govkg.ingest.text.reading import PAGE_BREAK, read_report, read_report_bytes

FORMATS = Path(__file__).parent / "fixtures" / "formats"
REAL = Path(__file__).parent / "fixtures" / "real-reports"

PAGE_ONE = [
    "2024年度示例县数据资源服务中心整体支出绩效自评报告（测试材料）",
    "一、部门（单位）基本情况",
    "本单位为公益一类事业单位，编制人数12人，实有人数11人，内设机构3个。",
]
PAGE_TWO = [
    "二、部门整体支出管理及使用情况",
    "2024年度基本支出共计187.35万元，其中人员经费支出152.6万元，占基本支出的81.45%；公用经费支出34.75万元。",
    "项目支出共计420万元，预算执行率１００％，主要用于“互联网+政务服务”平台运维和网络安全保障。",
]
PASSAGE = "\n".join(PAGE_ONE + PAGE_TWO) + "\n"


def refused(path_or_bytes: Path | bytes, name: str = "report.txt") -> IngestError:
    if isinstance(path_or_bytes, Path):
        with pytest.raises(IngestError) as caught:
            read_report(path_or_bytes)
    else:
        with pytest.raises(IngestError) as caught:
            read_report_bytes(path_or_bytes, name)
    return caught.value


# --- plain text -------------------------------------------------------------------------------


def test_utf8_text_is_read_verbatim():
    report = read_report(FORMATS / "report-utf8.txt")
    assert (report.source_format, report.encoding, report.pages) == ("text", "utf-8", None)
    assert report.text == PASSAGE
    assert "人员经费支出152.6万元" in report.text
    assert "预算执行率１００％" in report.text  # full-width digits stay as written


def test_gb18030_text_with_crlf_gives_the_same_text():
    report = read_report(FORMATS / "report-gb18030.txt")
    assert report.encoding == "gb18030"
    assert report.text == PASSAGE
    assert "\r" not in report.text


def test_the_bundled_report_in_gb18030_reads_back_exactly(report_text):
    """A real report, rare characters and all, passes the plausibility check."""
    report = read_report_bytes(report_text.encode("gb18030"), "yiyang.txt")
    assert report.encoding == "gb18030"
    assert report.text == report_text.replace("\r\n", "\n")


def test_a_utf8_bom_is_dropped_and_old_mac_newlines_become_lf():
    report = read_report_bytes(codecs.BOM_UTF8 + "第一行\r第二行\r\n第三行".encode(), "a.txt")
    assert (report.text, report.encoding) == ("第一行\n第二行\n第三行", "utf-8")


def test_utf16_with_a_bom_is_read():
    report = read_report_bytes("\ufeff占基本支出的82%。\r\n".encode("utf-16-le"), "notepad.txt")
    assert (report.text, report.encoding) == ("占基本支出的82%。\n", "utf-16")


def test_spaces_and_ideographic_spaces_in_text_are_kept():
    text = "　　一、基本情况  \n（一）收入 12.5 万元\t\n"
    assert read_report_bytes(text.encode(), "a.txt").text == text


# --- docx -------------------------------------------------------------------------------------


def test_docx_body_paragraphs_and_tables_in_order():
    report = read_report(FORMATS / "report.docx")
    assert (report.source_format, report.encoding, report.pages) == ("docx", None, None)
    assert report.text.split("\n") == [
        *PAGE_ONE,
        *PAGE_TWO,
        "表1 支出情况",  # a cell merged across the row: once, no tab
        "项目\t金额（万元）",
        "基本支出\t187.35",
        "项目支出\t420",
        "类别\t明细\t金额",
        "基本支出\t人员经费\t152.6",
        "\t公用经费\t34.75",  # merged down the column: not repeated, the column kept
        "报告全文见本单位门户网站（已更正）。",  # hyperlink and insertion in, deletion out
        "",
    ]


def test_docx_leaves_out_headers_footers_and_text_boxes_and_says_so():
    report = read_report(FORMATS / "report.docx")
    for hidden in ("页眉", "页脚", "删除的文字", "文本框文字"):
        assert hidden not in report.text
    assert report.notes == ("the document has text boxes; their text is not read",)


# --- html -------------------------------------------------------------------------------------


def test_html_visible_text_with_table_cells_and_entities():
    report = read_report(FORMATS / "report.html")
    assert (report.source_format, report.encoding, report.notes) == ("html", None, ())
    assert report.text.split("\n") == [
        *PAGE_ONE,
        *PAGE_TWO,  # “互联网+政务服务” was written &ldquo;...&rdquo;
        "项目\t金额（万元）",
        "基本支出\t187.35",
        "项目支出\t420",
        "联系人：张三 电话：0737-1234567",  # three &nbsp; collapse to one space
        "第二项",
        "换行之后",
        "",
    ]
    for hidden in ("页面标题", "脚本文字", "color"):
        assert hidden not in report.text


def test_html_declared_gb2312_is_decoded_and_noted():
    page = (FORMATS / "report.html").read_text(encoding="utf-8")
    page = page.replace(
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
    )
    report = read_report_bytes(page.encode("gb18030"), "page.htm")
    assert report.text == read_report(FORMATS / "report.html").text
    assert report.notes == ("read as gb18030",)


def test_html_declared_utf8_but_written_in_gbk_is_still_read_and_noted():
    page = (
        "<html><head><meta charset='utf-8'></head><body><p>公用经费支出34.75万元</p></body></html>"
    )
    report = read_report_bytes(page.encode("gbk"), "page.html")
    assert report.text == "公用经费支出34.75万元\n"
    assert report.notes == ("read as gb18030", "the declared charset utf-8 does not fit the bytes")


def test_html_blocks_inside_a_cell_keep_the_row_on_one_line():
    page = "<table><tr><td><p>基本支出</p></td><td><p>187.35</p><p>万元</p></td></tr><tr><td></td><td>420</td></tr></table>"
    assert read_report_bytes(page.encode(), "t.html").text == "基本支出\t187.35 万元\n\t420\n"


def test_html_by_extension_when_the_content_does_not_start_with_a_tag():
    report = read_report_bytes("说明：&lt;草稿&gt;<br>第二行".encode(), "fragment.htm")
    assert (report.source_format, report.text) == ("html", "说明：<草稿>\n第二行\n")


def test_html_keeps_ideographic_spaces_and_pre_lines():
    page = "<body><p>　　一、基本情况</p><pre>项目   金额\n合计   420</pre></body>"
    assert (
        read_report_bytes(page.encode(), "x.html").text == "　　一、基本情况\n项目 金额\n合计 420\n"
    )


def test_html_after_thousands_of_unclosed_tags_is_all_read():
    """libxml2 nests each unclosed <font> in the last; its tree stops at 2,048 levels."""
    page = "".join(f"<p><font size=2>第{n}段" for n in range(3000))
    text = read_report_bytes(page.encode(), "old.html").text
    assert text.split("\n")[-2:] == ["第2999段", ""]
    assert text.count("\n") == 3000


def test_html_text_libxml2_leaves_in_the_head_is_read():
    page = "<style>p { color: red }</style><o:p>正文第一段</o:p><p>第二段</p>"
    assert read_report_bytes(page.encode(), "word.htm").text == "正文第一段\n第二段\n"


MIB = 2**20
HOSTILE_HTML = {  # html.parser took 11 minutes on the first and 3 on the second
    "open-comments": "<!--" * (MIB // 4),
    "end-tag-starts": "</" * (MIB // 2),
    "declaration-starts": "<!" * (MIB // 2),
    "deep-nesting": "<div>" * (MIB // 5),
    "many-attributes": "<p " + " ".join(f"a{n}" for n in range(100_000)) + ">",
    "newlines-in-pre": "<pre>" + "\n" * MIB,
}


@pytest.mark.parametrize("markup", HOSTILE_HTML.values(), ids=HOSTILE_HTML.keys())
def test_hostile_html_is_read_in_linear_time(markup: str):
    """A megabyte each after a paragraph; the bound is CPU time and loose (each takes well
    under a second)."""
    start = time.process_time()
    assert read_report_bytes(f"<p>正文</p>{markup}".encode(), "x.html").text == "正文\n"
    assert time.process_time() - start < 10


def test_html_libxml2_gives_up_on_is_refused_not_cut_short(monkeypatch):
    """Without huge_tree libxml2 stops at a text of 10 MB and drops the rest of the page."""
    monkeypatch.setitem(reading_html.OPTIONS, "huge_tree", False)
    page = "<p>" + "x" * 10_000_001 + "</p><p>第二段</p>"
    assert "beyond libxml2's limits" in refused(page.encode(), "big.html").reason


# --- pdf --------------------------------------------------------------------------------------


def test_pdf_text_layer_with_the_page_break_marker():
    report = read_report(FORMATS / "report.pdf")
    assert (report.source_format, report.encoding, report.pages, report.notes) == (
        "pdf",
        None,
        2,
        (),
    )
    one, two = report.text.split(PAGE_BREAK)
    assert PAGE_BREAK == "\f\n"
    assert one.split("\n") == PAGE_ONE
    assert two.startswith(
        PAGE_TWO[0] + "\n2024年度基本支出共计187.35万元，其中人员经费支出152.6万元"
    )
    assert "预算执行率１００％" in two
    # The line broken mid-sentence by the layout stays broken: rejoining is the extractor's job.
    assert "占基本\n支出的81.45%；公用经费支出34.75万元。" in two


def test_pdf_ideographs_are_not_turned_into_kangxi_radicals():
    """The font maps 支 to U+2F40 ⽀ in its ToUnicode table; pypdf would hand that on."""
    text = read_report(FORMATS / "report.pdf").text
    assert not [ch for ch in text if "\u2e80" <= ch <= "\u2fdf"]
    assert text.replace(PAGE_BREAK, "").replace("\n", "") == PASSAGE.replace("\n", "")


def test_pdf_page_text_loses_trailing_spaces_and_crlf_but_nothing_else():
    """PDFium ends lines with CRLF and may leave spaces before them (the fixture has none)."""
    page = "\r\n　　一、基本情况  \r\n占基本 \t\r\n支出的82%\r\n"
    assert reading_pdf._tidy(page) == "　　一、基本情况\n占基本\n支出的82%"


def test_pdf_with_only_an_owner_password_is_read_with_a_note():
    report = read_report(FORMATS / "report-restricted.pdf")
    assert report.text == read_report(FORMATS / "report.pdf").text
    assert report.notes == (
        "the PDF is encrypted without a user password (usage restrictions only)",
    )


def test_the_content_decides_the_format_not_the_name():
    assert read_report_bytes((FORMATS / "report.pdf").read_bytes(), "report.txt").pages == 2
    assert (
        read_report_bytes((FORMATS / "report.docx").read_bytes(), "report").source_format == "docx"
    )
    page = (FORMATS / "report.html").read_bytes()
    assert read_report_bytes(page, "saved.doc").source_format == "html"


# --- refused ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "reason"),
    [
        ("bad-empty.txt", "empty file (0 bytes)"),
        ("bad-blank.txt", "no text in it (only whitespace)"),
        ("bad-binary.txt", "binary data (NUL bytes), not text"),
        ("bad-old-word.doc", "an old binary Office file (.doc"),
        ("bad-latin1.txt", "not UTF-8 or GB18030 text"),
        ("bad-scanned.pdf", "no text layer (scanned?); OCR it first"),
        ("bad-encrypted.pdf", "encrypted with a password"),
        ("no-such-report.pdf", "no such file"),
    ],
)
def test_bad_inputs_are_refused_naming_the_file_and_why(fixture, reason):
    error = refused(FORMATS / fixture)
    assert error.file == str(FORMATS / fixture)
    assert str(error).startswith(f"{FORMATS / fixture}: ")
    assert reason in error.reason


def test_the_old_word_message_says_what_to_do():
    assert "save it as .docx or .pdf" in refused(FORMATS / "bad-old-word.doc").reason


def test_latin1_that_gb18030_decodes_is_refused_as_implausible():
    data = (FORMATS / "bad-latin1.txt").read_bytes()
    assert data.decode("gb18030")  # decodes (to rare hanzi), so only plausibility refuses it
    assert "not UTF-8 or GB18030 text" in refused(data).reason


@pytest.mark.parametrize(
    "data",
    [
        "项目支出预算执行情况".encode("utf-16-le"),  # UTF-16 without BOM and without NULs
        "項目支出預算執行情況，經費".encode("big5"),  # traditional Chinese in Big5
        bytes(b or 1 for b in random.Random(0).randbytes(4000)),  # noise without NULs
    ],
    ids=["utf-16-no-bom", "big5", "noise"],
)
def test_other_encodings_and_noise_are_not_taken_for_gb18030(data):
    assert "not UTF-8 or GB18030 text" in refused(data).reason


@pytest.mark.parametrize(
    "line",
    ["一、自评结论\n", "2017年度项目绩效自评报告\n", "归档时间:2023-06-15\n", " 2023年5月28日\n"],
)
def test_short_gb18030_that_charset_normalizer_takes_for_korean_or_big5_is_read(line):
    """First lines of real reports; the plausibility check reads them when charset-normalizer
    guesses CP949 or Big5 (benchmarks/encodings.py)."""
    assert read_report_bytes(line.encode("gb18030"), "a.txt").text == line


@pytest.mark.parametrize(
    "fixture", ["24_hengxian-bianban-2017.txt", "41_urumqi-zwfw-center-2023.txt"]
)
def test_real_reports_in_gb18030_are_read_back_exactly(fixture):
    """charset-normalizer takes the first for EUC-JIS-2004 (the check reads it); the second is
    in traditional characters, which the check alone refused and charset-normalizer reads."""
    text = (REAL / fixture).read_text(encoding="utf-8")
    report = read_report_bytes(text.encode("gb18030"), fixture)
    assert (report.text, report.encoding) == (text, "gb18030")


def test_a_tiny_utf8_file_is_read_as_utf8_bom_or_not():
    """charset-normalizer alone takes these eight bytes for UTF-16, with a BOM for Mac Cyrillic."""
    for data in ("—5—\n".encode(), "—5—\n".encode("utf-8-sig")):
        assert read_report_bytes(data, "page.txt").text == "—5—\n"


def test_a_directory_is_refused(tmp_path):
    assert refused(tmp_path).reason == "a directory, not a report file"


def test_a_bom_with_invalid_utf8_behind_it_is_refused():
    assert "UTF-8 BOM" in refused(codecs.BOM_UTF8 + b"\xff\xfe\xfd abc").reason.upper()


def test_a_truncated_pdf_is_refused(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((FORMATS / "report.pdf").read_bytes()[:3000])
    assert "not a readable PDF" in refused(path).reason


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def test_a_docx_with_broken_xml_is_refused():
    data = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document"})
    assert "not a readable .docx" in refused(data, "broken.docx").reason


def test_a_broken_zip_and_a_zip_that_is_not_a_docx_are_refused():
    assert "broken ZIP archive" in refused(b"PK\x03\x04" + b"\x00" * 50, "a.docx").reason
    assert "not a Word .docx" in refused(_zip({"notes.txt": "x"}), "a.docx").reason
    assert "OFD document" in refused(_zip({"OFD.xml": "<ofd/>"}), "report.ofd").reason


def test_a_docx_that_unpacks_too_far_is_refused(monkeypatch):
    monkeypatch.setattr(reading_docx, "UNZIPPED_CAP", 1000)
    assert "unpacks to" in refused((FORMATS / "report.docx").read_bytes(), "big.docx").reason


def test_a_web_page_saved_as_pdf_is_refused():
    page = (FORMATS / "report.html").read_bytes()
    assert "named .pdf but holds an HTML page" in refused(page, "report.pdf").reason


def test_an_image_is_refused_with_advice():
    assert "OCR" in refused(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "scan.png").reason


def test_the_size_cap_is_checked_before_reading_everything(monkeypatch, tmp_path):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    assert "larger than" in refused(path).reason
    assert "larger than" in refused(b"a" * 1001).reason
    assert read_report_bytes(b"a" * 1000, "ok.txt").text == "a" * 1000
