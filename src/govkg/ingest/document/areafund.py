"""Rule ``area-fund``: a county's (or district's) evaluation of a fund it received, naming no
department: the area is the unit.

A county's self-evaluation of a central fund may speak for the county, never for a bureau: 现就
盐边县2021年度中央财政补助公共文化服务体系建设专项资金绩效自评情况报告如下 … 我县严格按照…
(trial 64's 1335); 下达固镇县20xx年中央支持地方公共文化服务体系建设补助资金 … 固镇县20xx年中央
补助地方…资金…全部执行完毕 (1333, its years masked by the site); the corpus's 591 (长泰区2024年
中央专项彩票公益金…, 我区收到…文件后). The corpus names the place as the text writes it (591's
note: no issuing bureau is named, so the unit is the place). All read unnamed before.

Asked, last, where nothing else names the unit: an evaluation's text (绩效自评, 绩效评价,
绩效情况) whose fund is named after one area and its year (X县2021年度…资金, X县20xx年…补助
资金, 公益金, 经费), the area standing after a mark or a link word (下达固镇县, 现就盐边县); the
text speaks for it (我县 for a 县) or names the area's fund twice. Two areas' funds, a text that
speaks as a unit (本单位, 我局, 本中心…), or one mention with no voice read nothing. A city's
evaluation is no county's: the corpus files it unnamed (362 下达达州市…, 我市; 529 平凉市's
公共文化服务体系建设 fund, 我市; 530 广州市), its finance bureau evaluating for many units.
"""

from __future__ import annotations

import re

__all__ = ["area_fund"]

_FUND = re.compile(
    r"(?P<word>[县区旗])[ \t\u3000]*(?:20\d\d|20[xX×]{2})[ \t\u3000]*年度?"
    r"[\u4e00-\u9fff“”\"]{0,30}?(?:资金|公益金|经费)"
)
_BOUNDARY = re.compile(r"[^\u4e00-\u9fff]|[的据将对在为由经是和与及了从就达给向至到]")
_NOT_AN_AREA = re.compile(r"^[全我本该各其此]|[的据将对在为由经是和与及了从年月日下就]")
_EVALUATION = re.compile(r"绩效(?:自评|评价|情况|目标)|自评报告")
_OWN_VOICE = re.compile(
    r"本单位|我单位|本部门|我部门|[我本](?:局|委|院|中心|办|所|站|校|馆|厅|处|会|社|队)"
)


def area_fund(head: str) -> tuple[str, tuple[int, int]] | None:
    """The area whose fund ``head`` (simplified) evaluates, speaking for it (see above), with
    its first span; None where none, or two areas, are named so."""
    if not _EVALUATION.search(head) or _OWN_VOICE.search(head):
        return None
    found: dict[str, list[tuple[int, int]]] = {}
    for fund in _FUND.finditer(head):
        if fund.start() and head[fund.start() - 1] in "我本该全各":
            continue  # 我县2021年…资金: the voice, its area named elsewhere
        end = fund.start() + 1
        for size in (2, 3, 4):  # the shortest name standing after a boundary
            start = fund.start() - size
            words = head[max(start, 0) : fund.start()]
            if start < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", words):
                break
            if _NOT_AN_AREA.search(words):
                continue
            if start == 0 or _BOUNDARY.match(head[start - 1]):
                found.setdefault(head[start:end], []).append((start, end))
                break
    if len(found) != 1:
        return None
    name, spans = next(iter(found.items()))
    if len(spans) < 2 and f"我{name[-1]}" not in head:
        return None
    return name, spans[0]
