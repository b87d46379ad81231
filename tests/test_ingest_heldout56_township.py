"""Trial 56's 1016: a fund's self-evaluation titled by the township that holds it
(2021年度新晃县步头降苗族乡省级民族散居发展专项资金自评报告, a title with no 绩效 now read as one),
written in the township's voice (我乡), is the township government's as the body names it in
full (新晃侗族自治县步头降苗族乡人民政府), read unnamed before (``townshipholder``). A township
that is only where a bureau's project is built (the corpus's 383), 城乡 and a text with no
township's voice name no township. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.townshipholder import township_holder

UNNAMED = "（未署名的报告单位）"


def _report(title: str, overview: str, voice: str = "我乡") -> str:
    return (
        f"{title}\n\n发布时间:2032-06-01 11:20 信息来源:样例县某某苗族乡\n\n{title}\n\n一、基本情况\n\n"
        f"项目基本情况:{overview}地处样例县东部,距县城49公里,全乡辖7个村。\n\n"
        "二、项目决策及资金使用管理情况\n\n"
        f"(一)项目预算执行情况:2031年{voice}总共收到市级民族散居专项资金15万元,全年执行数0万元,"
        "项目预算结余15万元。\n\n(二)项目资金管理情况:资金专款专用。\n"
    )


TITLE = "2031年度样例县某某苗族乡省级民族散居发展专项资金自评报告"


def test_a_township_fund_in_the_townships_voice_is_its_government_in_full():
    text = _report(TITLE, "样例土家族自治县某某苗族乡人民政府")
    assert document(text).unit == "样例土家族自治县某某苗族乡人民政府"


def test_with_no_government_named_the_township_as_the_title_writes_it():
    text = _report(TITLE, "某某苗族乡")
    assert document(text).unit == "样例县某某苗族乡"


def test_a_town_speaking_as_我镇_reads_the_same():
    title = "2031年度样例县某某镇乡村振兴衔接资金自评报告"
    text = _report(title, "样例县某某镇人民政府", voice="我镇")
    assert document(text).unit == "样例县某某镇人民政府"


def test_a_township_where_a_bureaus_project_is_built_is_no_holder():
    words = "样例市某某区某某乡滨河家园垃圾转运站提升改造项目"
    head = f"2031年{words}绩效评价报告\n我局于2031年实施该项目。\n"
    assert township_holder(head, words, 0) is None  # no 我乡: the bureau's voice


def test_urban_and_rural_words_are_no_township():
    head = "样例县城乡建设资金自评报告\n我乡收到资金。\n"
    assert township_holder(head, "样例县城乡建设资金", 0) is None
    assert township_holder(head, "样例县乡村振兴资金", 0) is None
