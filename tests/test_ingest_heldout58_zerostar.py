"""Trial 58's 1091, a 决算 whose template left its asterisks in: 国有资本经营预算财政拨款收入0*万元,
占0*%; 经营收入0*万元 beside lines written 0万元. A leading zero is never followed by more digits
without a point, so the star hides none: the amount is 0 in its unit, read by its label as the
0万元 lines are (``text.amounts``), and no masked amount (``text.masked``). A star after other
digits or after a point (10*万元, 0.*万元, *万元) still masks digits: no figure, named in the
document's note."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.extract import extract
from govkg.ingest.text.masked import masked_amounts

TITLE = "样例局2035年部门决算说明\n"


def test_a_zero_with_a_templates_star_is_read_as_zero():
    text = TITLE + (
        "2035年本年收入合计280万元,其中:一般公共预算财政拨款收入280万元,占100%;"
        "国有资本经营预算财政拨款收入0*万元,占0*%;事业收入0万元,占0%;经营收入0*万元,占0%。\n"
    )
    stars = [(k, a, why) for w, k, a, why in found(text) if w == "0*万元"]
    assert stars == [("REVENUE", Decimal(0), None)] * 2
    assert masked_amounts(text) == []
    assert not any("masked" in note for note in extract(text, "f.txt").document.notes)


def test_a_star_after_other_digits_or_a_point_still_masks():
    text = TITLE + "项目全年预算数10*万元,执行数0.*万元,结余*万元。\n"
    assert masked_amounts(text) == ["10*万元", "0.*万元", "*万元"]
    written = [w for w, *_ in found(text)]
    assert not any("*" in w for w in written)


def test_a_zero_share_with_a_templates_star_is_stated():
    text = TITLE + (
        "2035年本年收入合计280万元,其中:一般公共预算财政拨款收入280万元,占100%;"
        "国有资本经营预算财政拨款收入0*万元,占0*%;事业收入0万元,占0%。\n"
    )
    shares = {m.as_written: m.share for m in extract(text, "f.txt").money}
    assert shares["0*万元"] is not None
    assert shares["0*万元"].percent == "0"
    assert shares["0*万元"].cite.quote.endswith("0*%")


def test_a_star_after_other_digits_is_no_share():
    text = TITLE + "2035年本年收入合计280万元,其中:事业收入28万元,占1*%;经营收入0万元,占10*%。\n"
    shares = {m.as_written: m.share for m in extract(text, "f.txt").money}
    assert shares["28万元"] is None
    assert shares["0万元"] is None
