"""Two 三公 items named and joined before 分别为, each a fee's name (因公出国(境)经费与公务用车
购置及运行维护费分别为0.34亿元和4.23亿元: trial 55's 998, a province's 三公 budget in a news item,
read as spent by the 经费 of the first name), are parts of the total under the 其中 before them:
the 经费 ending a name before the join is no word of spending (``itemfees``) and 分别为 after
names opens no list of its own (``partkinds``). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例省2031年省级部门三公经费预算") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_two_joined_items_after_a_part_under_a_budget_total():
    text = (
        "经省财政厅汇总,今年省本级部门使用财政拨款安排“三公”经费预算总额为3.2亿元,"
        "较2030年的3.5亿元减少0.3亿元,下降8.6%。\n"
        "其中,公务接待费0.6亿元,减少0.3亿元,下降33%;因公出国(境)经费与公务用车购置及运行维护费"
        "分别为0.4亿元和2.2亿元,均与去年持平。\n"
    )
    assert read(text)[-2:] == [("0.4亿元", "BUDGET"), ("2.2亿元", "BUDGET")]


def test_two_joined_items_under_a_spending_total():
    text = (
        "2030年“三公”经费财政拨款支出决算为85.6万元,其中:公务接待费10.2万元;"
        "因公出国(境)经费和公务用车运行维护费分别为5.4万元和70万元。\n"
    )
    assert read(text, "样例局2030年度部门决算")[-2:] == [
        ("5.4万元", "SPENDING"),
        ("70万元", "SPENDING"),
    ]


def test_a_list_opened_by_respectively_right_after_a_total_keeps_its_reading():
    text = "部门预算项目支出87.5万元,分别是科技活动交流经费5万元、评审及系统维护费18万元。\n"
    assert read(text, "样例局2031年部门预算说明")[1:] == [("5万元", "BUDGET"), ("18万元", "BUDGET")]


def test_a_joined_name_naming_an_act_keeps_its_reading():
    text = (
        "2030年“三公”经费预算为50万元,其中:公务接待费10万元;"
        "因公出国(境)经费与公务用车运行支出费分别为5万元和35万元。\n"
    )
    assert read(text, "样例局2030年度部门决算")[-2] == ("5万元", "SPENDING")
