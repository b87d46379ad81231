"""Rules that find named units (``unitnames``), systems and projects.

- ``system-name``: words ending in a system suffix (平台, 系统, 网站, APP, 小程序, 数据库,
  机房, 外网…), bounded on the left as ``boundaries`` says: 扩容升级政务云平台 -> 政务云平台.
- ``system-distributed``: "市水利局、市应急局的视频会议系统" -> one system per unit.
- ``project-listed``: systems listed before "等21个项目" are reviewed as projects.
- ``known-platform``, ``hotline``: 湘易办, 一网通办…, 12345热线, named without a system word.
- ``system-quoted``: a quoted name followed by a system word (“益村”平台, “益办事”APP), or
  written as a unit's own (市城管执法局“智慧城管”), or listed before 等…应用/系统/平台.
- ``project-name``: words ending in 工程 or 项目, bounded like systems.
Nothing inside 《》 is taken: that is a publication's title.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from govkg.ingest.entities.boundaries import GENERIC, PARTICLES, VERB_END, left_bounded
from govkg.ingest.entities.unitnames import find_units, own_places, unit_pattern
from govkg.ingest.facts import Mentioned, cite
from govkg.ingest.resolve import BRANDS, home_places
from govkg.ingest.text.bounded import REACH, title_spans
from govkg.ingest.text.textview import TextView

__all__ = ["find_names", "system_category"]

# Provinces by name; the report's own city or county is added per report (益阳市).

_SYSTEM_SUFFIX = (
    "门户网站|网站|平台|中台|系统|APP|App|app|微信小程序|小程序|数据库|专家库|企业库|机房|政务外网|外网|"
    "骨干网络|政务云|旗舰店|超级服务端|会议室|会场|指挥中心"
)
_SYSTEM = re.compile(rf"(?:{_SYSTEM_SUFFIX})")
_PROJECT = re.compile(r"(?:工程|项目)(?!经费|支出|资金|建设|管理|专家|评审|库|费)")
_LONGER = re.compile(
    rf"(?!部署|接入|对接|录入|纳入|迁移|依托|上云)[^\W{PARTICLES}]{{0,6}}(?:{_SYSTEM_SUFFIX})"
)
_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,16})”|\"(?P<ascii>[^\"“”\n]{2,16})\"")
_QUOTED_SUFFIX = re.compile(
    r"^(?:系统平台|平台系统|平台|系统|APP|App|app|微信小程序|小程序|超级服务端|服务端)"
)
_QUOTED_LIST_END = re.compile(r"^(?:“[^“”\n]{2,16}”)*等[^，。；]{0,6}(?:应用|系统|平台)(?!场景)")
_PREFIX_TRIM = re.compile(r"^(?:全市|全省|全县|全区|各级|各|年)")


def find_names(view: TextView, reporter: str) -> Iterator[Mentioned]:
    text = view.text
    unit = unit_pattern(home_places(reporter) + own_places(reporter))
    titles = title_spans(text)  # in order and apart: only the last to open before ``at`` counts
    opens = [start for start, _end in titles]

    def in_title(at: int) -> bool:
        last = bisect.bisect_left(opens, at) - 1
        return last >= 0 and at < titles[last][1]

    yield from find_units(view, in_title, unit)
    yield from _systems(view, in_title, unit)
    yield from _quoted(view, in_title, unit)
    yield from _projects(view, in_title)
    yield from _hotlines(view, in_title)
    yield from _known(view, in_title)


def _systems(view: TextView, in_title, unit: re.Pattern[str]) -> Iterator[Mentioned]:
    text = view.text
    for match in _SYSTEM.finditer(text):
        if in_title(match.start()) or _LONGER.match(text, match.end()):
            continue
        start = left_bounded(text, match.start())
        name = _PREFIX_TRIM.sub("", text[start : match.end()])
        start = match.end() - len(name)
        if start and text[start - 1] == "的":
            yield from _distributed(view, unit, start, match.end())
        if "“" in name or "”" in name or GENERIC.match(name) or len(name) < 3:
            continue
        if name.endswith(("分会场", "主会场")) or _IN_PROJECT_NAME.match(text, match.end()):
            continue
        head = name[: len(name) - len(match.group())]
        sector = unit.fullmatch(head) and head.endswith(("政府", "局", "委", "厅"))
        if match.group() == "系统" and (VERB_END.search(head) or sector):
            continue  # 推进系统党的建设, 区政府系统: 系统 as "the sector"
        if _LISTED_PROJECTS.match(text, match.end()):
            yield Mentioned(  # 对益阳市电子证照系统…等21个项目进行评审: a project here
                rule="project-listed",
                cites=(cite(view, start, match.end()),),
                kind="project",
                name=name,
                category=None,
            )
            continue
        owner = unit.match(name)
        if owner and not GENERIC.match(name[owner.end() :]) and len(name) - owner.end() > 8:
            start += owner.end()  # 市委政法委社会治安…平台: the unit's own platform
            name = name[owner.end() :]
            if unit.match(name):
                continue
        yield Mentioned(
            rule="system-name",
            cites=(cite(view, start, match.end()),),
            kind="platform",
            name=name,
            category=system_category(name),
            owner=owner.group() if owner and name != text[start - owner.end() : start] else None,
        )


_IN_PROJECT_NAME = re.compile(r"(?:改造|升级|建设)?(?:项目|工程)")
_LISTED_PROJECTS = re.compile(r"(?:[、和及与][^。；;，,]{0,60}?)?等?\d+个项目")


def _distributed(view: TextView, unit: re.Pattern[str], start: int, end: int):
    """Rule ``system-distributed``: "市水利局、市应急局和市综治中心的视频会议系统" names
    one system per unit: 市水利局视频会议系统, …"""
    text = view.text
    floor = max(0, start - REACH)  # a list of units is a clause: REACH bounds it
    left = max(max(text.rfind(mark, floor, start) for mark in "，,。；;：:\n") + 1, floor)
    items = re.split(r"[、和及与]", text[left : start - 1])
    units = []
    for item in reversed(items):
        if not unit.fullmatch(item):
            break
        units.append(item)
    if len(units) < 2:
        return
    first = start - 1 - sum(len(u) + 1 for u in units) + 1
    system = text[start:end]
    for owner in reversed(units):
        yield Mentioned(
            rule="system-distributed",
            cites=(cite(view, first, end),),
            kind="platform",
            name=owner + system,
            category=system_category(system),
            owner=owner,
        )


def system_category(name: str) -> str:
    for suffixes, category in (
        (("网站",), "website"),
        (("APP", "App", "app", "小程序", "旗舰店", "服务端"), "app"),
        (("数据库", "专家库", "企业库"), "data-resource"),
        (("机房", "会议室", "会场", "指挥中心"), "facility"),
        (("外网", "网络"), "network"),
        (("系统",), "system"),
    ):
        if name.endswith(suffixes):
            return category
    return "platform"


def _quoted(view: TextView, in_title, unit: re.Pattern[str]) -> Iterator[Mentioned]:
    text = view.text
    for match in _QUOTED.finditer(text):
        name = match["name"] or match["ascii"]
        if in_title(match.start()) or "、" in name or "，" in name:
            continue
        after = text[match.end() : match.end() + 200]  # enough for a list of quoted names
        before = text[max(0, match.start() - 12) : match.start()]
        owner = unit.search(before + "\0")
        owned = owner is not None and owner.end() == len(before)
        suffix = _QUOTED_SUFFIX.match(after)
        listed = _QUOTED_LIST_END.match(after)
        one_net = re.fullmatch(r"一网[\u4e00-\u9fff]{2}", name)  # 一网通办, 一网统管, 一网协同
        if not (suffix or owned or listed or one_net or _SYSTEM.search(name + "\0")):
            continue
        if _SYSTEM.fullmatch(name) or GENERIC.match(name):
            continue
        end = match.end() + (suffix.end() if suffix else 0)
        yield Mentioned(
            rule="system-quoted",
            cites=(cite(view, match.start(), end),),
            kind="platform",
            name=name,
            category=system_category(name + (suffix.group() if suffix else "")),
            owner=owner.group() if owned else None,
            aliases=(name + suffix.group(),) if suffix else (),  # 益办事 and 益办事APP
        )


_SOME = ("部分", "各类", "有关", "相关", "其他", "个别", "多个", "一些")  # 部分项目: not a name


def _projects(view: TextView, in_title) -> Iterator[Mentioned]:
    text = view.text
    for match in _PROJECT.finditer(text):
        if in_title(match.start()):
            continue
        start = left_bounded(text, match.start())
        name = _PREFIX_TRIM.sub("", text[start : match.end()])
        start = match.end() - len(name)
        if "“" in name or GENERIC.match(name) or len(name) < 4 or name.startswith(_SOME):
            continue
        yield Mentioned(
            rule="project-name",
            cites=(cite(view, start, match.end()),),
            kind="project",
            name=name,
            category=None,
        )


_HOTLINE = re.compile(
    r"(?<!\d)(?:12345|12315|12369|12388|12319|12320|12328|12333|12336|12348|12350|12366)"
    r"(?:政务服务便民|便民服务|服务)?热线"
)


def _hotlines(view: TextView, in_title) -> Iterator[Mentioned]:
    """Rule ``hotline``: the national service numbers (12345热线…), a platform by name."""
    for match in _HOTLINE.finditer(view.text):
        if not in_title(match.start()):
            yield Mentioned(
                rule="hotline",
                cites=(cite(view, match.start(), match.end()),),
                kind="platform",
                name=match.group(),
                category="platform",
            )


_KNOWN = re.compile("|".join(sorted(BRANDS, key=len, reverse=True)))


def _known(view: TextView, in_title) -> Iterator[Mentioned]:
    for match in _KNOWN.finditer(view.text):
        if not in_title(match.start()):
            yield Mentioned(
                rule="known-platform",
                cites=(cite(view, match.start(), match.end()),),
                kind="platform",
                name=match.group(),
                category="app" if match.group()[-1] in "办事通" else "platform",
            )
