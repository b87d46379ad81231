"""A 三公 budget note naming its unit only in the sentence of the cars it keeps (trial 54's
952 and 955, 桂林市司法局's notes on a mirror, no title: 2017年,桂林市司法局及所属单位开支
财政拨款的公务用车保有量为7辆,全年运行费支出19.95万元): the sentence opening on the year, then
the unit with its subordinates (及所属单位) or as its offices (机关), then the cars kept on the
grant, names the unit; the scope words are no part of its name. A pronoun, a bare 单位, an
unplaced name keep the note unnamed."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.yearsubject import year_subject

NOTE = (
    "2031年无因公出国(境)费用预算,同比无变化。\n\n公务接待费预算1.71万元,同比增加0.01万元。\n\n"
    "公务用车费预算25.65万元,同比减少7万元。公务用车运行维护费预算主要用于机要文件交换。"
    "{cars}全年运行费支出25.65万元,平均每辆2.33万元。\n"
)


@pytest.mark.parametrize(
    ("cars", "unit"),
    [
        ("2031年,样例市某某局及所属单位开支财政拨款的公务用车保有量为11辆,", "样例市某某局"),
        ("2031年,样例县政协机关开支财政拨款的公务用车保有量为3辆,", "样例县政协"),
        ("2031年样例县某某中心公务用车保有量为2辆,", "样例县某某中心"),
        ("2031年,样例市某某局开支一般公共预算财政拨款的公务用车保有量为1辆,", "样例市某某局"),
    ],
)
def test_the_cars_a_unit_keeps_name_it(cars, unit):
    note = document(NOTE.format(cars=cars))
    assert note.unit == unit
    assert note.year == 2031


@pytest.mark.parametrize(
    "cars",
    [
        "2031年,我局及所属单位开支财政拨款的公务用车保有量为11辆,",  # a pronoun
        "2031年单位公务用车保有量为11辆,",  # no name
        "2031年某某局及所属单位公务用车保有量为11辆,",  # no place, no comma: not read so
        "年末公务用车保有量为11辆,",  # no year, no unit
    ],
)
def test_no_unit_from_cars_kept_without_a_placed_name(cars):
    assert year_subject(NOTE.format(cars=cars)) is None
