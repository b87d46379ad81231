"""Two cuts of one whole hung under one line (``lines/twocuts``, asked by ``linetree`` once
``unspent`` has left out money not spent), by class, on fictional text. A report states one
whole more than one way: by economic class (基本支出 / 项目支出) and by function (文化旅游体育与传媒
(类)…), the appropriation's side (财政拨款支出) beside the classes, a part again under another
name (基本支出为教育事业支出), or a fee given as a reason beside the classes that hold it. Hung
under one line, the parts added up to more than it (704, 948, 1065, 1293, 1297, 1298 of the
corpus, ``KNOWN_OVER`` in tests/test_ingest_tree.py). One cut stays: one adding up to the line
exactly, else the basic and project spending, else the first; another goes under the line
above where it fits there, else under nothing. A breakdown whose parts add up, a part under its
class and a remainder keep their places. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract


def tree(text: str) -> dict[str, tuple[str | None, Decimal | None, str, str | None]]:
    """name -> (parent's name, amount, category, name of the line its share is of)."""
    lines = extract(text, "fictional.txt").lines
    names = {line.key: line.name for line in lines}
    return {
        line.name: (names.get(line.parent), line.amount, line.category, names.get(line.share_of))
        for line in lines
    }


def parts_of(found: dict, name: str) -> list[str]:
    return sorted(part for part, (parent, *_) in found.items() if parent == name)


FEE_AS_REASON = """青岚区样例就业服务中心2035年度部门决算情况说明
二、部门决算情况说明
1.总体情况
2035年度收入总计310.00万元,支出总计310.00万元。
2.收入情况
2035年度收入合计300.00万元,其中:财政拨款收入300.00万元,占100%。此外,年初结转和结余10.00万元。
3.支出情况
2035年度支出合计300.00万元,较上年决算数增加40.00万元,增长15.4%,主要原因是本年度拨付创业工作奖补经费50万元。其中:基本支出 200.00万元,占66.7%;项目支出100.00万元,占33.3%。
"""


def test_a_fee_given_as_a_reason_is_no_part_beside_the_basic_and_project_spending():
    found = tree(FEE_AS_REASON)
    assert parts_of(found, "支出") == ["基本支出", "支出其他部分", "项目支出"]  # 10.00 carried
    assert found["主要原因是本年度拨付创业工作奖补经费"][:2] == (None, Decimal("500000"))


APPROPRIATION_SIDE = """《样例》杂志社2035年度部门决算
1.收入支出决算总体情况说明
2035年收入总计320.00万元,支出总计320.00万元。
2.收入决算情况说明
本年收入合计320.00万元。其中,一般公共预算财政拨款收入120.00万元,占37.5%;事业收入200.00万元,占62.5%。
3.支出决算情况说明
本年支出合计300.00万元。其中,基本支出240.00万元,占80.0%;项目支出60.00万元,占20.0%。
4.财政拨款收入支出决算总体情况说明
2035年度财政拨款收入总计120.00万元,财政拨款支出总计120.00万元。
"""


def test_the_appropriations_side_is_no_third_part_beside_the_basic_and_project_spending():
    found = tree(APPROPRIATION_SIDE)
    assert found["基本支出"][0] == found["项目支出"][0] == "支出"
    assert found["财政拨款支出"][:2] == (None, Decimal("1200000.00"))


CLASSES_OF_THE_APPROPRIATION = """青岚区广播中心2035年度部门决算
▍年度总支出:500.00万元
青岚区广播中心2035年度支出合计500.00万元,其中:基本支出100.00万元,占比20%;项目支出400.00万元,占比80%。
▍一般公共预算财政拨款支出决算情况说明
青岚区广播中心2035年度财政拨款支出430.00万元,占本年支出合计86%。青岚区广播中心2035年度财政拨款支出430.00万元,主要用于以下方面:文化旅游体育与传媒(类)支出380.00万元,占88.37%;住房保障(类)支出50.00万元,占11.63%。
"""


def test_function_classes_adding_up_to_more_than_the_project_spending_are_none_of_its_parts():
    found = tree(CLASSES_OF_THE_APPROPRIATION)
    for name in ("文化旅游体育与传媒(类)支出", "住房保障(类)支出"):
        parent, _, category, share_of = found[name]
        assert (parent, category) == (None, "other"), name  # no longer the project's
        assert share_of is None, name  # 88.37% is of the 430.00, no line of its own
    assert parts_of(found, "项目支出") == []
    assert parts_of(found, "▍年度总支出") == ["基本支出", "项目支出"]


A_THIRD_PART_AND_RESTATEMENTS = """青岚学院2035年度部门决算
2035年支出构成情况
2035年我院支出合计1,000.00万元,其中基本支出400.00万元,占总支出的40%,项目支出550.00万元,占总支出的55%,经营支出50.00万元,占总支出5%。
①基本支出:本年度我院基本支出400.00万元,占总支出的40%,本年度基本支出为教育事业支出400.00万元。
②项目支出:本年度我院项目支出550.00万元,占总支出的55%,在项目支出当中,教育事业支出500.00万元,科研支出50.00万元。
"""


def test_a_third_part_placed_under_the_project_spending_goes_up_to_the_whole_it_completes():
    found = tree(A_THIRD_PART_AND_RESTATEMENTS)
    assert parts_of(found, "项目支出") == ["教育事业支出", "科研支出"]  # they add up to it
    assert found["经营支出"][:3] == ("支出", Decimal("500000.00"), "other")
    assert found["经营支出"][3] is None  # 占总支出5%: of its parent now
    assert parts_of(found, "支出") == ["基本支出", "经营支出", "项目支出"]
    assert found["基本支出为教育事业支出"][0] is None  # the basic spending again, by function


SIDE_AND_CLASSES = """青岚区环卫所2035年度部门决算公开说明
一、收支决算总体情况说明
1、支出说明:2035年度支出总计200.00万元,其中公共财政拨款支出150.00万元,其使用情况为我单位人员经费、公用经费各项支出。
二、关于单位2035年度支出决算情况说明
2035年支出合计200.00万元,其中工资福利支出为{wages}万元,占总支出的{share}%;商品和服务支出为120.00万元,占总支出的60.00%。
三、关于单位2035年度财政拨款收入支出决算总体情况说明
2035年财政拨款为150.00万元,相对应的支出为150.00万元。
"""


def test_classes_adding_up_to_the_whole_stay_and_the_appropriations_side_goes():
    found = tree(SIDE_AND_CLASSES.format(wages="80.00", share="40.00"))
    assert parts_of(found, "支出") == ["商品和服务支出", "工资福利支出"]
    assert found["公共财政拨款支出"][0] is None
    assert found["相对应的支出"][0] is None


def test_a_later_cut_past_the_first_goes_its_shares_still_of_the_whole():
    found = tree(SIDE_AND_CLASSES.format(wages="80.01", share="40.01"))  # 200.01: rounded past
    assert parts_of(found, "支出") == ["公共财政拨款支出", "支出其他部分"]
    for name in ("工资福利支出", "商品和服务支出"):
        assert found[name][0] is None, name
        assert found[name][3] == "支出", name  # 占总支出的40.01%
    assert found["相对应的支出"][0] is None


def test_a_breakdown_whose_parts_add_up_keeps_its_tree():
    found = tree(
        "样例局2035年度部门整体支出绩效自评报告\n一、部门支出情况\n"
        "2035年度支出300万元,其中:基本支出200万元,项目支出100万元。\n"
        "1.基本支出200万元,其中:工资福利支出150万元,商品和服务支出50万元。\n"
        "2.项目支出100万元,其中:案件审判60万元;信息化建设40万元。\n"
    )
    assert parts_of(found, "支出") == ["基本支出", "项目支出"]
    assert parts_of(found, "基本支出") == ["商品和服务支出", "工资福利支出"]
    assert parts_of(found, "项目支出") == ["信息化建设", "案件审判"]
    assert found["案件审判"][2] == "project"  # an item under 项目支出 keeps the project's


def test_function_classes_under_the_basic_spending_they_add_up_to_stay():
    found = tree(
        "青岚区样例幼儿园2035年度部门决算公开\n二、支出决算情况说明\n"
        "本年支出合计120.5万元,其中:基本支出120.5万元。\n三、支出决算具体情况\n"
        "教育支出(类)普通教育(款)学前教育(项)支出115.95万元,完成预算的100%。\n"
        "住房保障支出(类)住房改革支出(款)住房公积金(项)支出4.55万元,完成预算的100%。\n"
    )
    assert found["基本支出"][0] == "支出"
    assert len(parts_of(found, "基本支出")) == 2


def test_a_kuan_under_its_lei_and_a_remainder_keep_their_places():
    found = tree(
        "青岚市文物馆2035年度部门决算情况说明\n一、支出决算情况说明\n"
        "2035年度支出合计600.00万元,其中:\n"
        "(1)文化旅游体育与传媒(类)450.00万元,占75%。包括文物(款)400.00万元,文化和旅游(款)50.00万元。\n"
        "(2)社会保障和就业(类)50.00万元。包括行政事业单位养老支出(款)50.00万元。\n"
    )
    assert parts_of(found, "文化旅游体育与传媒(类)") == ["文化和旅游(款)", "文物(款)"]
    assert parts_of(found, "支出") == [
        "支出其他部分",  # 100.00万元 the text does not itemise
        "文化旅游体育与传媒(类)",
        "社会保障和就业(类)",
    ]
