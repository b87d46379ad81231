"""The rules the nineteenth held-out trial asked for (figures missed, forms' targets,
traditional mirrors), each held on fictional text with cases it must not fire on: a unit word
with a blank inside it (万 元, ``amounts``); 万 without 元 before a fund's name (141.8万补助资金);
下达 under a heading of funds in place (``arrived``); words said after an amount read through a
mirror's readings (``money``); a part in a bracket right after an amount (``bracketparts``);
补助资金 naming a part's fund (``itemfees``, ``totalparts``); a province's glued funds row
(``gluedfunds``); an indicator row whose cells run together (``gluedtargets``); a figure a
sharing site's page marker splits (``pagesplit``).
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds
from govkg.ingest.extract import extract

# -- a unit word with one blank inside it (amounts.MONEY) -------------------------------------

ACCOUNTS = (
    "青岚市园林管理局2021年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "2021年度财政拨款收、支总计1,200.50万元。与2020年相比,财政拨款收、支总计各减少{change},"
    "下降2.4%。\n"
)


def test_a_blank_inside_the_unit_word_is_still_the_unit():
    got = found(ACCOUNTS.format(change="79.49万 元"))
    joint = [(w, k, y) for w, k, y, _ in got if w.startswith("79.49")]
    assert joint == [
        ("79.49万 元", "CHANGE", Decimal("794900")),
        ("79.49万 元", "CHANGE", Decimal("794900")),
    ]


def test_a_full_width_blank_or_a_tab_inside_the_unit_word_too():
    for blank in ("\u3000", "\t"):
        change = "79.49万" + blank + "元"
        assert (change, "CHANGE") in kinds(ACCOUNTS.format(change=change))


def test_two_blanks_inside_the_unit_word_are_no_unit():
    assert all(not w.startswith("79.49") for w, _ in kinds(ACCOUNTS.format(change="79.49万  元")))


def test_a_line_break_after_wan_keeps_the_bare_wan_reading():
    # 万 at a line's end is 万 alone before its clause's end (预算297万): the 元 is not joined
    assert ("79.49万", "CHANGE") in kinds(ACCOUNTS.format(change="79.49万\n元"))


def test_a_header_s_blank_unit_with_no_figure_before_it_is_no_amount():
    text = ACCOUNTS.format(change="79.49万元") + "单位:万 元\n项目 金额\n"
    assert [w for w, _ in kinds(text)].count("79.49万元") == 2
    assert not any("万 元" in w for w, _ in kinds(text))


# -- 万 without 元 right before a fund's name (amounts._FUND) ---------------------------------

PAID = (
    "青岚县2023年农村危房改造补助资金绩效自评报告\n"
    "2、项目资金执行情况分析。2023年全县共完成发放补助资金86.5万元。\n"
    "3、项目资金管理情况分析。根据国库集中支付制度,由县财政局分3批次将{paid}通过农户一卡通"
    "全部打卡发放到位。\n"
)


def test_wan_before_a_fund_s_name_is_money():
    got = [(w, y) for w, k, y, _ in found(PAID.format(paid="86.5万补助资金")) if k]
    assert got == [("86.5万元", Decimal("865000")), ("86.5万", Decimal("865000"))]


def test_wan_before_a_fund_s_name_is_read_through_a_mirror_s_readings():
    text = PAID.format(paid="86.5萬(wàn)補(bǔ)助資(zī)金")
    assert ("86.5萬(wàn)", Decimal("865000")) in [(w, y) for w, k, y, _ in found(text) if k]


def test_wan_before_a_count_or_a_word_that_is_no_fund_is_no_money():
    for words in ("2万户补助对象", "3万人次补助资金", "5万补助对象"):
        assert [w for w, _ in kinds(PAID.format(paid=words))] == ["86.5万元"]


# -- 下达 under a heading of funds in place (arrived) -----------------------------------------

ARRIVAL = (
    "青岚县2023年农村危房改造补助资金绩效自评报告\n"
    "一、绩效目标分解下达情况\n"
    "2023年共下达补助资金96.2万元(其中:下达中央补助资金76.7万元,下达省级补助资金19.5万元)。\n"
    "二、绩效目标完成情况分析\n"
    "{heading}{sentence}\n"
)


def _arrival(heading="1、项目资金到位情况分析。", sentence=None) -> list[tuple[str, str | None]]:
    sentence = sentence or "2023年共下达我县补助资金96.2万元(其中:下达中央补助资金76.7万元)。"
    return kinds(ARRIVAL.format(heading=heading, sentence=sentence))


def test_handed_down_under_a_heading_of_funds_in_place_is_revenue():
    got = _arrival()
    assert got[:3] == [("96.2万元", "BUDGET"), ("76.7万元", "BUDGET"), ("19.5万元", "BUDGET")]
    assert got[3:] == [("96.2万元", "REVENUE"), ("76.7万元", "REVENUE")]


def test_a_heading_line_or_a_mirror_s_readings_say_the_same():
    assert _arrival(heading="(一)项目资金到位情况\n")[3:] == [
        ("96.2万元", "REVENUE"),
        ("76.7万元", "REVENUE"),
    ]
    mirrored = "1、項(xiàng)目資金到位情況分析。"
    assert _arrival(heading=mirrored)[3] == ("96.2万元", "REVENUE")


def test_a_sentence_stating_its_own_arrival_keeps_its_words():
    sentence = "2023年共下达我县补助资金96.2万元,实际到位90万元。"
    assert _arrival(sentence=sentence)[3:] == [("96.2万元", "BUDGET"), ("90万元", "REVENUE")]


def test_another_heading_or_the_second_sentence_after_it_is_not_this_heading():
    assert _arrival(heading="2、项目资金执行情况分析。")[3] == ("96.2万元", "BUDGET")
    later = "1、项目资金到位情况分析。资金按文件要求分配。"
    assert _arrival(heading=later)[3] == ("96.2万元", "BUDGET")
    long_sentence = "根据省财政厅关于加强农村危房改造补助资金管理的有关要求,做好资金到位。"
    assert _arrival(heading=long_sentence)[3] == ("96.2万元", "BUDGET")


# -- words said after an amount, read through a mirror's readings (money) --------------------

MIRROR = (
    "青嵐縣2017年度農(nóng)村危房改造資金績效評價(jià)報(bào)告\n"
    "一、項(xiàng)目概況\n"
    "財(cái)政計(jì)劃投入資金176萬元,實(shí)際到賬(zhàng)164萬元。{after}\n"
)


def _mirror(after: str):
    return [(m.as_written, m.kind, m.year) for m in extract(MIRROR.format(after=after), "f.txt").money]


def test_a_budget_said_after_an_amount_is_read_through_readings_with_its_year():
    got = _mirror("省級補(bǔ)助資金12萬元納(nà)入2018年預(yù)算。")
    assert got[-1] == ("12萬元", "BUDGET", 2018)


def test_a_budget_said_after_with_no_year_keeps_the_report_s():
    got = _mirror("省級補(bǔ)助資金12萬元列(liè)入部門預(yù)算。")
    assert got[-1] == ("12萬元", "BUDGET", 2017)


def test_money_received_said_after_is_read_through_readings_too():
    got = _mirror("縣級配套資(zī)金12萬元已(yǐ)全部到(dào)位。")
    assert got[-1] == ("12萬元", "REVENUE", 2017)


def test_words_after_that_say_no_budget_keep_the_amount_s_own_reading():
    got = _mirror("省級補(bǔ)助資金12萬元納(nà)入2018年結(jié)算。")
    assert got[-1] == ("12萬元", "REVENUE", 2017)


# -- a bracket right after an amount holds a part of it (bracketparts.bracketed_kind) --------

PAID_OUT = "青岚县2017年度农村危房改造资金绩效评价报告\n一、项目概况\n2017年共发放补助资金{paid}。\n"


def test_a_part_in_a_bracket_right_after_an_amount_has_its_kind():
    got = kinds(PAID_OUT.format(paid="860.5万元,(县级整合、配套资金320.5万元)"))
    assert got == [("860.5万元", "SPENDING"), ("320.5万元", "SPENDING")]
    mirrored = "860.5萬元,(縣級整合、配套資(zī)金320.5萬元)"
    assert kinds(PAID_OUT.format(paid=mirrored))[1] == ("320.5萬元", "SPENDING")


def test_a_part_naming_its_own_kind_keeps_it():
    got = kinds(PAID_OUT.format(paid="860.5万元(其中结转资金20万元)"))
    assert got[1] == ("20万元", "CARRY_OVER")


def test_a_larger_sum_in_the_bracket_is_no_part():
    got = kinds(PAID_OUT.format(paid="860.5万元(累计配套资金1320.5万元)"))
    assert got[1] != ("1320.5万元", "SPENDING")


def test_a_bracket_not_right_after_an_amount_is_not_this_pattern():
    got = kinds("青岚县2017年度农村危房改造资金绩效评价报告\n收到补助资金(县级整合、配套资金320.5万元)。\n")
    assert got == [("320.5万元", "REVENUE")]


# -- 补助资金 closing a part's words names its fund (itemfees), a comma before the bracket ------

PLAN = "青岚县2017年度农村危房改造资金绩效评价报告\n一、项目概况\n{sentence}\n"


def test_a_subsidy_fund_listed_under_a_total_has_the_total_s_kind():
    sentence = (
        "中央、省级财政计划投入资金176万元,(其中中央补助资金100万元、省级补助资金76万元),"
        "实际到账164万元。"
    )
    assert kinds(PLAN.format(sentence=sentence)) == [
        ("176万元", "PLANNED"),
        ("100万元", "PLANNED"),
        ("76万元", "PLANNED"),
        ("164万元", "REVENUE"),
    ]
    budget = "年初预算安排资金200万元,其中:中央补助资金150万元,县级补助资金50万元。"
    assert [k for _, k in kinds(PLAN.format(sentence=budget))] == ["BUDGET"] * 3


def test_a_subsidy_fund_whose_part_says_it_arrived_or_listed_under_no_total_is_revenue():
    arrived = "计划投入资金176万元,(其中已到位补助资金100万元)。"
    assert kinds(PLAN.format(sentence=arrived))[1] == ("100万元", "REVENUE")
    alone = "本年度收到中央补助资金50万元。"
    assert kinds(PLAN.format(sentence=alone)) == [("50万元", "REVENUE")]


# -- a province's funds row: 得分 with its formula, 年度财政资金总额, an OCR'd ")" (gluedfunds) --

HUBEI = (
    "2021年度财政项目绩效自评表单位名称:青岚市第二人民医院填报日期:2022年3月8日"
    "项目名称青岚院区建设补助主管部门青岚市卫生健康委"
    "预算执行情况 (万元) (20 分)预算数(A)执行数(B){rate}得分(20分*执行率)"
    "年度财政 资金总额{row}度效标80> 年绩目\n"
)


def _hubei(rate="执行率(B/A1", row="80076095%19") -> list[tuple[str, str | None]]:
    return kinds(HUBEI.format(rate=rate, row=row))


def test_a_funds_row_under_a_score_head_with_its_formula_is_cut_by_its_rate():
    # 760 / 800 = 95%: the one cut of the run, 800 | 760 | 95 (760.5 | 95.07 would fit two)
    assert _hubei() == [("800", "BUDGET"), ("760", "SPENDING")]
    assert _hubei(rate="执行率(B/A)") == [("800", "BUDGET"), ("760", "SPENDING")]


def test_an_ocr_d_close_is_read_only_before_the_next_head():
    assert _hubei(rate="执行率(B/A1 ") == []  # a blank before 得分: not the rate head's close
    assert _hubei(rate="执行率(B/A") == []  # no close at all


def test_a_rate_that_proves_no_cut_reads_nothing():
    assert _hubei(row="80076090%19") == []


# -- an indicator row whose cells run together (gluedtargets) ---------------------------------

GRID = (
    "2021年度财政项目绩效自评表单位名称:青岚市第二人民医院\n"
    "项目名称青岚院区建设补助{header}得分产出 指标数量指标成本控制不超过预算不超过预算10"
    "成本每年财政补助{cost}时效1年1年1年10效益 指标经济效益完成青岚院区建设,医院青 岚医疗收入"
    "达到{income}可持续性院区建成后服务范围扩大\n"
)


def _grid(header="三级指标年初目标值 (A)实际完成值 (B)", cost="800万元800万元760万元10",
          income="3亿元3亿元3.2亿元10") -> list[tuple[str, str | None]]:
    return kinds(GRID.format(header=header, cost=cost, income=income))


def test_a_glued_indicator_row_reads_its_target_planned_and_a_cost_s_actual_spent():
    assert _grid() == [
        ("800万元", "PLANNED"),
        ("800万元", "PLANNED"),
        ("760万元", "SPENDING"),
        ("3亿元", "PLANNED"),
        ("3亿元", "PLANNED"),
        ("3.2亿元", "REVENUE"),  # no cost named: the income keeps its reading
    ]


def test_a_row_of_two_glued_amounts_is_its_target_and_actual():
    assert _grid(cost="800万元760万元10")[:2] == [("800万元", "PLANNED"), ("760万元", "SPENDING")]


def test_a_glued_row_with_no_header_or_no_score_or_unequal_first_cells_is_left():
    before = [("800万元", "REVENUE"), ("800万元", "REVENUE"), ("760万元", "REVENUE")]
    assert _grid(header="三级指标得分")[:3] == before
    assert _grid(cost="800万元800万元760万元时效")[:3] == before
    assert _grid(cost="800万元700万元760万元10")[:3] == [
        ("800万元", "REVENUE"),
        ("700万元", "REVENUE"),
        ("760万元", "REVENUE"),
    ]
    assert _grid(cost="800万元 800万元 760万元 10")[:3] == before  # cells set off: costcells'


# -- a figure a sharing site's page marker splits (pagesplit) ---------------------------------

SHARED = (
    "2022年度青岚市美术馆整体支出绩效自评报告.docx\n"
    "1、2022年度青岚市美术馆整体支出绩效自评报告一、部门(单位)基本情况青岚市美术馆是纯公益性"
    "一类事业单位,主要职能是:1.服务美术事业发展。2.举办艺术品展\n"
    "2、览。二 一般公共预算支出情况青岚市美术馆2022年度一般公共预算财政拨款年初结转和结余"
    "1.27万元,本年收入846.02万元,{cut}\n"
    "{page}、{tail},年末结转和结余0.18万元。三、政府性基金预算支出情况\n"
)


def _shared(cut="本年支出84", page="3", tail="7.11万元") -> list[tuple]:
    return [(w, k, r) for w, k, _, r in found(SHARED.format(cut=cut, page=page, tail=tail))]


def test_both_pieces_of_a_figure_a_page_marker_splits_are_listed_unread():
    got = _shared()
    pieces = [(w, k) for w, k, r in got if r and "page marker 3、" in r]
    assert pieces == [("84", None), ("7.11万元", None)]
    assert ("0.18万元", "CARRY_OVER", None) in got


def _split(**given) -> list[str]:
    return [w for w, _, r in _shared(**given) if r and "page marker" in r]


def test_a_numbered_item_or_no_page_before_it_is_no_split_figure():
    assert _split(cut="本年支出减少。") == []  # a line ending on 。: an item opens on its amount
    assert _split(cut="共举办展览84") == []  # no money word before the last figure
    assert _split(page="4") == []  # no line opening on 3、 before the marker 4、: no page
