"""A fee's figure compared at once with an earlier year's 决算 (2015年公务接待费345950元,
较2014年决算数增加270380元: trial 51's 821, a 三公 决算 cut from its title) is the fee's own
决算, spent (``kinds.accountscompared``); the change keeps CHANGE. A comparison with a 预算 or
with 上年 alone, an amount naming no fee, and a comparison later in the sentence keep their
readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

SIGNED = "\n样例县样例局\n2032年12月15日\n"
OPENING = "(一)因公出国(境)经费\n2031年无因公出国(境)人员。\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(body + SIGNED, "fictional.txt").money]


def test_a_fee_compared_with_last_years_accounts_is_spent():
    body = (
        "(一)因公出国(境)经费\n2031年无因公出国(境)人员。\n(二)公务接待费\n"
        "2031年公务接待费12345元,较2030年决算数增加2345元,主要原因是机构整合。\n"
        "(三)公务用车购置及运行维护费\n"
        "2031年公务用车购置及运行维护费56789元,比上年决算减少1789元。\n"
    )
    assert kinds(body) == [
        ("12345元", "SPENDING"),
        ("2345元", "CHANGE"),
        ("56789元", "SPENDING"),
        ("1789元", "CHANGE"),
    ]


def test_a_comparison_with_a_budget_or_no_kind_keeps_the_reading():
    body = OPENING + (
        "(二)公务接待费\n2031年公务接待费12345元,较年初预算减少2345元。\n"
        "(三)公务用车购置及运行维护费\n2031年公务用车购置及运行维护费56789元,较上年增加1789元。\n"
    )
    assert [k for w, k in kinds(body) if w in ("12345元", "56789元")] == [None, None]


def test_an_amount_naming_no_fee_keeps_the_reading():
    body = OPENING + (
        "(二)公务接待费\n2031年公务接待费12345元,较2030年决算数增加2345元。\n"
        "(三)公务用车购置及运行维护费\n2031年公务用车购置及运行维护费56789元,比上年决算减少1789元。\n"
        "(四)其他事项\n2031年样例项目4567元,较2030年决算数增加567元。\n"
    )
    assert kinds(body)[4] == ("4567元", None)
