"""Trial 54: parts listed under a 其中 that adds up exactly to a total stated before it take its
kind, also where what the total was used for stands between the two and no total word (合计,
共计…) is in the paragraph (920: (3)公务接待费…万元,主要用于…支出。其中:A…万元,B…万元,C…万元).
Parts that do not add up, and a part read by an event said after it, keep their readings. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例部2031年“三公”经费情况说明\n\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_parts_after_a_note_of_use_adding_up_are_the_total_s():
    body = (
        "公务接待费支出120.50万元,主要用于公务活动开支的工作餐费等支出,包括外事接待支出。"
        "其中:样例部本级 20.25 万元,所属事业单位60.00万元,其他直属单位40.25万元。\n"
    )
    assert [k for _, k in written(body)] == ["SPENDING"] * 4


def test_parts_that_do_not_add_up_stay_unread():
    body = (
        "公务接待费支出120.50万元,主要用于公务活动开支的工作餐费等支出,包括外事接待支出。"
        "其中:样例部本级 20.25 万元,所属事业单位60.00万元,其他直属单位40.00万元。\n"
    )
    assert [k for _, k in written(body)[1:]] == [None] * 3


def test_a_part_read_by_an_event_after_it_keeps_that_reading():
    body = (
        "样例项目总投资39.2696万元,其中:中央财政衔接资金39万元,已下拨到位。"
        "自筹资金2696元,已完成自筹。\n"
    )
    got = written(body)
    assert got[1] == ("39万元", "REVENUE")


def test_a_qizhong_after_a_count_lists_the_count_s_parts():
    body = (
        "“三公”经费决算数300万元,共有车辆12辆。其中:因公出国(境)经费10万元,比上年下降1%;"
        "接待样例团组90万元,比上年下降2%;其他200万元。\n"
    )
    got = written(body)
    assert ("90万元", None) in got
