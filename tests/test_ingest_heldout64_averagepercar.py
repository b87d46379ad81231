"""Trial 64's 1337, a news item on a city's 三公 budget, gives the average a car costs with its
name's 支出 after 平均每辆: 平均每辆公车支出大约3.8万元, 平均每辆公车的年运行维护费支出约为3.8万元.
An average per car is a rate (PRICE_OR_RATE), as 平均每辆1.76万元 and 人均…支出 are; 车均运行维护费
支出 (the corpus's 258) and a car's own spending with no 平均每 stay spent.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区样例局部门决算\n一、部门概况\n"


def _kind(sentence: str) -> str | None:
    return kinds(HEAD + sentence)[-1][1]


def test_an_average_per_car_named_spending_is_a_rate():
    assert _kind("样例局共有公务用车12辆,平均每辆公车支出大约3.8万元。") == "PRICE_OR_RATE"
    assert _kind("平均每辆公车的年运行维护费支出约为3.8万元。") == "PRICE_OR_RATE"


def test_spending_of_cars_without_an_average_stays_spent():
    assert _kind("全年车均运行维护费支出5.97万元。") == "SPENDING"
    assert _kind("公务用车运行维护费支出3.8万元。") == "SPENDING"
