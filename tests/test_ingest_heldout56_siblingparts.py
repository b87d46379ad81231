"""Trial 56's 1036, by class, on fictional texts: parts listed under one 其中 after a 决算, the
first read as spent by their place, that add up to a budget stated earlier (a mirror lost text
between the 决算 and its breakdown) are one list: the last part takes its siblings' kind, not the
budget's by the sum. Parts with no sibling of another kind still take the total they add up to.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TITLE = "样例部2031年“三公经费”决算及2032年预算公开\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(TITLE + body, "fictional.txt").money]


def test_the_last_part_takes_its_siblings_kind():
    body = (
        "今年样例部“三公经费”财政拨款预算为600.00万元,较2031年财政拨款预算减少50.00万元。"
        "2031年,样例部“三公经费”财政拨款预算为650.00万元,财政拨款决算为580.0 其中,"
        "因公出国(境)费200.00万元,公务用车购置及运行费300.00万元,公务接待费100.00万元。\n"
    )
    assert kinds(body)[-3:] == [
        ("200.00万元", "SPENDING"),
        ("300.00万元", "SPENDING"),
        ("100.00万元", "SPENDING"),
    ]


def test_parts_of_no_other_kind_take_the_total_they_add_up_to():
    body = (
        "2032年样例部“三公经费”财政拨款预算为600.00万元。"
        "具体为:因公出国(境)200.00万元,车辆300.00万元,接待100.00万元。\n"
    )
    assert kinds(body)[-1] == ("100.00万元", "BUDGET")


def test_a_total_right_before_its_parts_is_theirs_whatever_a_sibling_was_read_as():
    body = (
        "2031年中央财政困难群众救助补助资金下达我区111万元(样财〔2031〕6号),其中低保、特困和"
        "临时救助资金100万元,孤儿基本生活保障金11万元,全年实际下达71万元。\n"
    )
    text = "样例区民政局2031年困难群众救助补助资金项目支出绩效自评报告\n一、项目基本情况\n" + body
    found = {m.as_written: m.kind for m in extract(text, "fictional.txt").money}
    assert found["11万元"] == found["111万元"]
