"""Amounts written with 万 and no 元 that their own words make money (trial 48's 741): each
share of an allotment of money listed place by place (资金分配如下：甲镇8万、乙镇6万、…), however
far the list runs past its money word, and a figure put to a use (其中100万用于…) after an amount
of money in its paragraph. Counts (2万户, 3万人次, 3万株用于) and lists of no money stay
unread or no amount. Also a figure cut at the end of an excerpt after headings set apart by
blank lines (trial 48's 742) is listed unread in the unit of the amount before it. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.text.allottedshares import allotted_shares
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.usedfor import used_for_bare

HEAD = "样例县水利局2033年度防汛抢险补助资金绩效自评报告\n一、资金使用情况\n"


def _figures(body: str) -> list[tuple[str, str | None]]:
    """(as written, reason it is unread or None) of each money figure of a report with ``body``."""
    return [(m.as_written, m.reason) for m in extract(HEAD + body, "fictional.txt").money]


def test_every_share_of_a_long_allotment_list_is_money():
    body = (
        "县财政局拨付的防汛抢险资金共计120万元已于11月3日按受灾程度下达至各镇,具体为:"
        "东岭镇12万、西坡镇9万、南河乡11万、北山乡6万、中和镇20万、上庄村8万、下庄村14万、"
        "长林乡10万、石门镇30万。\n"
    )
    written = [w for w, _ in _figures(body)]
    for share in ("12万", "9万", "11万", "6万", "20万", "8万", "14万", "10万", "30万"):
        assert share in written, share


def test_the_module_finds_each_share_after_an_allotting_verb():
    text = "救灾资金50万元分配如下：甲镇8万、乙镇6万、丙村10万。"
    assert [text[a:b] for a, b in allotted_shares(text)] == ["8万", "6万", "10万"]


def test_counts_in_a_list_are_no_shares():
    text = "救灾资金分配如下：甲镇2万户、乙镇3万人次。"
    assert allotted_shares(text) == []
    assert [text[a.start : a.end] for a in amounts(text)] == []


def test_a_list_of_no_money_is_no_allotment():
    text = "转移安置群众分配如下：甲镇2万、乙镇3万、丙镇1万。"
    assert allotted_shares(text) == []
    written = [w for w, _ in _figures(text + "\n")]
    assert "3万" not in written
    assert "1万" not in written


def test_a_single_item_is_no_list():
    text = "粮食补助分配如下：甲镇2万斤。"
    assert allotted_shares(text) == []


def test_a_figure_put_to_a_use_after_money_is_money():
    body = "上级下达补助资金260万元,其中45万用于购置排涝设备,其余拨付各乡镇。\n"
    assert "45万" in [w for w, _ in _figures(body)]


def test_a_figure_put_to_a_use_without_money_or_with_a_measure_word_stays_no_amount():
    assert used_for_bare("全县有3万用于外出务工的劳动力。") == []
    assert used_for_bare("下达资金30万元,育苗3万株用于补植。") == []
    assert used_for_bare("下达资金30万元。\n全县3万用于务工。") == []


def test_a_figure_cut_at_the_end_after_blank_lined_headings_is_listed_unread():
    body = (
        "全年共下达补助资金6200万元,其中500万元用于采购物资。\n\n"
        "  二、绩效目标完成情况\n\n  (一)资金投入情况\n\n"
        "  1.资金到位情况。全年共下达补助资金6"
    )
    money = extract(HEAD + body, "fictional.txt").money
    cut = [m for m in money if m.as_written == "6"]
    assert cut
    assert "ends inside this figure" in cut[0].reason


def test_a_figure_cut_at_the_end_after_a_long_section_stays_unlisted():
    body = (
        "全年共下达补助资金6200万元。\n\n"
        "  二、绩效目标完成情况\n\n  (一)产出指标完成情况\n\n"
        "  1.数量指标。救助受灾群众12万人次,发放棉被3000床。\n\n"
        "  2.质量指标。全年共下达补助资金6"
    )
    money = extract(HEAD + body, "fictional.txt").money
    assert [m for m in money if m.as_written == "6"] == []
