"""Last year's figure set before what it is of takes the kind its subject names (与上年的2513.6
萬元相比,2011年“三公經費”預算減少了4萬元: trial 52's 855, ``kinds.comparedsubject``); a joint
收支 subject stays of both sides, and a subject naming no kind leaves it unread. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

SIGNED = "\n样例县样例局\n2032年12月15日\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(body + SIGNED, "fictional.txt").money]


def test_last_years_figure_takes_the_kind_its_subject_names():
    body = (
        "关于2031年“三公”经费预算的说明\n"
        "2031年“三公”经费预算数123.4万元。与上年的130.4万元相比,2031年“三公”经费预算减少了7万元。"
        "与上年的88万元相比,本年支出合计增加了2万元。\n"
    )
    found = kinds(body)
    assert ("130.4万元", "BUDGET") in found
    assert ("7万元", "CHANGE") in found
    assert ("88万元", "SPENDING") in found


def test_a_subject_naming_no_kind_leaves_the_figure_unread():
    body = (
        "关于2031年“三公”经费预算的说明\n"
        "2031年“三公”经费预算数123.4万元。与上年的130.4万元相比,样例数减少了7万元。\n"
    )
    assert ("130.4万元", None) in kinds(body)
