"""Trial 56's 1037, by class, on fictional texts: an amount per head whose name follows the 人均
(去年人均“三公”支出为2962元) is a rate, as 人均 right before the figure is; a fund named per pupil
(生均公用经费共计安排…) and a total of spending keep their readings. And a share said to be near
(占比近50%, 约占…) is no stated share, neither a figure's nor a spending line's. Test material,
fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.kinds.kindwords import kind_of

TITLE = "样例局2031年“三公”经费决算说明\n"


@pytest.mark.parametrize("own", ["去年人均“三公”支出", "去年人均“三公”支出为", "人均接待费用", "今年预算人均"])
def test_an_amount_per_head_is_a_rate(own):
    assert kind_of(own) == "PRICE_OR_RATE"


@pytest.mark.parametrize(
    ("own", "kind"),
    [
        ("生均公用经费共计安排", "BUDGET"),  # a fund per pupil, arranged
        ("人均支出增加,全年“三公”支出", "SPENDING"),  # the per-head words are another clause's
        ("“三公”支出", "SPENDING"),
        ("车均运行维护费支出", "SPENDING"),  # the corpus's 258, as read
    ],
)
def test_other_names_keep_their_readings(own, kind):
    assert kind_of(own) == kind


def test_in_a_news_item():
    text = TITLE + (
        "样例局去年“三公经费”支出3000万元。按其公布的人数计算,去年人均“三公”支出为1500元,"
        "今年预算人均1400元。\n"
    )
    money = [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]
    assert money == [("3000万元", "SPENDING"), ("1500元", "PRICE_OR_RATE"), ("1400元", "PRICE_OR_RATE")]


def shares(text: str) -> list:
    draft = extract(text, "fictional.txt")
    figures = [(m.as_written, m.share.percent) for m in draft.money if m.share]
    lines = [(line.as_written, line.share) for line in draft.lines if line.share is not None]
    return figures + lines


def test_a_near_share_is_no_stated_share():
    text = TITLE + (
        "样例局去年“三公经费”决算数2000万元,其中占比最大的是公务用车购置及运行费,"
        "花费1000万元,占比近50%。\n"
    )
    assert shares(text) == []


def test_an_exact_share_is_still_stated():
    text = TITLE + "样例局去年“三公经费”决算数2000万元,其中公务用车购置及运行费1000万元,占比50%。\n"
    assert shares(text) != []
