"""Trial 54: the parts a 此外 sentence goes on listing after a total's 其中 take the total's kind
(926: …决算数约5.03亿元,其中公务用车购置及运行费…数额约4.57亿元。此外,因公出国(境)费和公务接待费分别
为1100万元和3420万元。). A sentence before with no 其中, or with figures of two kinds, and a
sentence opened otherwise keep the parts unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例署公布“三公经费”情况\n\n样例署21日公布了“三公经费”财政拨款情况。"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


SPENT = (
    "2031年样例署“三公经费”财政拨款决算数约3.02亿元,其中公务用车购置及运行费所占比例最大,"
    "数额约2.5亿元。此外,因公出国(境)费和公务接待费分别为1200万元和3800万元。"
)


def test_the_parts_after_this_wai_are_the_total_s():
    got = written(SPENT)
    assert got[-2:] == [("1200万元", "SPENDING"), ("3800万元", "SPENDING")]


def test_the_budget_s_parts_are_budgeted():
    body = (
        "2032年样例署“三公经费”预算约为3.1亿元,其中公务用车购置及运行费所占比例最大,"
        "数额为2.6亿元。另外,因公出国(境)费为1500万元。"
    )
    assert written(body)[-1] == ("1500万元", "BUDGET")


def test_no_qizhong_or_two_kinds_before_keeps_them_unread():
    body = SPENT.replace("其中公务用车购置及运行费所占比例最大,数额约2.5亿元", "比上年有所减少")
    assert [k for _, k in written(body)[-2:]] == [None, None]
    body = SPENT.replace("数额约2.5亿元", "预算2.6亿元,实际支出2.5亿元")
    assert [k for _, k in written(body)[-2:]] == [None, None]


def test_a_sentence_opened_otherwise_keeps_them_unread():
    body = SPENT.replace("此外,", "同时,")
    assert [k for _, k in written(body)[-2:]] == [None, None]
