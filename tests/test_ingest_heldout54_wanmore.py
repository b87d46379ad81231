"""Trial 54's 927, by class, on fictional texts: 万 then 多 and 元 (车辆运行维护费支出9693万多元:
more than that) is read as the figure in 万, as 万余元 was (trial 53's 882); 万多人, 万多次,
万多户 stay counts. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.text.amounts import amounts


def found(text: str) -> list[tuple[str, str, int]]:
    return [(a.figure, a.unit, a.yuan) for a in amounts(text)]


def test_wan_more_than_yuan_is_the_figure_in_wan():
    assert found("去年车辆运行维护费支出1234万多元,其中下属单位987万多元。") == [
        ("1234", "万元", 12340000),
        ("987", "万元", 9870000),
    ]


def test_wan_more_than_a_count_is_no_money():
    assert found("参加培训2万多人,接待3万多次,服务1万多户。") == []
