"""Rules that find named units, systems and projects.

- ``unit-name``: a place or party prefix (市, 省, 县, 区, 中共, 国家, 益阳市…) and an
  organisation suffix (局, 委, 办, 中心, 政府, 协会…): 市委政法委, 市自然资源和规划局.
- ``system-name``: words ending in a system suffix (平台, 系统, 网站, APP, 小程序, 数据库,
  机房, 外网…), bounded on the left by punctuation or a verb (建设, 接入, 部署…):
  扩容升级政务云平台 -> 政务云平台.
- ``system-quoted``: a quoted name followed by a system word (“益村”平台, “益办事”APP), or
  written as a unit's own (市城管执法局“智慧城管”), or listed before 等…应用/系统/平台.
- ``project-name``: words ending in 工程 or 项目, bounded like systems.
Nothing inside 《》 is taken: that is a publication's title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import Mentioned, cite
from govkg.ingest.resolve import BRANDS, home_places
from govkg.ingest.textview import TextView

__all__ = ["find_names", "home_places", "unit_pattern"]

# Provinces by name; the report's own city or county is added per report (益阳市).
_PROVINCES = [
    "北京市",
    "天津市",
    "上海市",
    "重庆市",
    "河北省",
    "山西省",
    "辽宁省",
    "吉林省",
    "黑龙江省",
    "江苏省",
    "浙江省",
    "安徽省",
    "福建省",
    "江西省",
    "山东省",
    "河南省",
    "湖北省",
    "湖南省",
    "广东省",
    "海南省",
    "四川省",
    "贵州省",
    "云南省",
    "陕西省",
    "甘肃省",
    "青海省",
]
_PLACE = r"(?:中共|中国|国家|{places}|(?<![城都超上门股夜])[省市县区])"
_ORG_SUFFIX = (
    r"(?:委员会|办公室|值班室|人大|政协|政府|协会|学会|集团|公司|银行|法院|检察院|中心|局|委|"
    r"(?<![举开创承主协督代包兴操照查接])办|(?<!大)厅|部|院|所|队)"
)
# What never follows a unit's name: 市直部门, 市委书记, 市长, 市政府门户网站 is fine.
_NOT_NEXT = (
    r"(?!系统|平台|网|机房|门(?!户)|长|书|员|主任|副|级|属|直|本|内|外|会议|大楼|指挥"
    r"|建设|大厅|项目)"
)
# The body never runs over "和市…"/"、省…" (the next unit of a list) nor over a particle.
_BODY = r"(?:(?![和及与、][省市县区])[^\W\d_a-zA-Z为是在对向与及等的了将把从所属下])"
_UNIT = rf"{_PLACE}(?!级){_BODY}{{{{0,12}}}}{_ORG_SUFFIX}{_NOT_NEXT}"


def unit_pattern(places: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Unit names, with the report's own place names as prefixes besides 省/市/县/区."""
    known = sorted({*_PROVINCES, *places}, key=len, reverse=True)
    return re.compile(_UNIT.format(places="|".join(map(re.escape, known))))


_SPLIT_AFTER = re.compile(r"(?<=[局委办厅])(?=[市省县区])|(?<=局)(?=.)")

_SYSTEM_SUFFIX = (
    "门户网站|网站|平台|中台|系统|APP|App|app|微信小程序|小程序|数据库|专家库|企业库|机房|政务外网|外网|"
    "骨干网络|政务云|旗舰店|超级服务端|会议室|会场|指挥中心"
)
_SYSTEM = re.compile(rf"(?:{_SYSTEM_SUFFIX})")
_PROJECT = re.compile(r"(?:工程|项目)(?!经费|支出|资金|建设|管理|专家|评审|库|费)")
_VERBS = [
    "建设",
    "搭建",
    "部署",
    "接入",
    "对接",
    "扩容升级",
    "扩容",
    "升级",
    "依托",
    "打造",
    "新增",
    "提升",
    "推进",
    "推动",
    "整合",
    "统计",
    "录入",
    "纳入",
    "参与",
    "完成",
    "负责",
    "承担",
    "开展",
    "实施",
    "建立",
    "形成",
    "上线",
    "通过",
    "实现",
    "执行",
    "利用",
    "运用",
    "使用",
    "迁移至",
    "迁移",
    "迁入",
    "连接",
    "联通",
    "覆盖",
    "改造",
    "扩建",
    "启动",
    "申报",
    "编制",
    "建成",
    "开通",
    "优化",
    "加强",
    "强化",
    "整改",
    "做好",
    "严格",
    "组织",
    "接待",
    "保障",
    "汇聚",
    "采集",
    "梳理",
    "收集",
    "汇总",
    "提供",
    "开展",
    "落实",
    "确保",
    "推广",
    "构建",
    "完善",
    "健全",
    "新建",
    "升级改造",
    "设",
    "汇报",
    "连线",
    "同意",
    "实行",
    "根据",
    "包含",
    "移交",
    "启动",
]
_PARTICLES = "的了在将把对和与及等至到由向从被使其该各是为以于含均都已并"
_ADVERBS = (
    "积极",
    "全面",
    "持续",
    "大力",
    "进一步",
    "不断",
    "加快",
    "继续",
    "重点",
    "着力",
    "一是",
    "二是",
)
_SHE_WORDS = set("建开架增预假铺摆附下")
_MEASURE_WORDS = "个项家类名条台余多年次"
_COUNTED = set("0123456789余多")
_ALWAYS_STOP = re.compile(r"(?:接入|对接|录入|纳入|迁移至|迁入|依托|部署|上云|实行)$")
_VERB_END = re.compile(rf"(?:{'|'.join(sorted(_VERBS, key=len, reverse=True))})$")
_BOUNDARY = set('.．，,。；;：:、“”"《》（）()！？!?\n\t 　·—…')
_GENERIC_WORDS = [
    "平台",
    "系统",
    "网站",
    "APP",
    "App",
    "app",
    "小程序",
    "微信小程序",
    "数据库",
    "专家库",
    "企业库",
    "机房",
    "外网",
    "网络",
    "旗舰店",
    "超级服务端",
    "会议室",
    "指挥中心",
    "门户网站",
    "信息系统",
    "业务系统",
    "应用系统",
    "政务信息系统",
    "管理系统",
    "云平台",
    "数据平台",
    "系统平台",
    "视频会议系统",
    "相关平台",
    "相关系统",
    "各类平台",
    "工程",
    "项目",
    "该平台",
    "该系统",
    "此项目",
    "该项目",
    "目前项目",
    "电子政务项目",
    "信息化项目",
    "建设项目",
    "重点项目",
    "主要包含项目",
    "按规定移交项目",
]
_GENERIC = re.compile(
    rf"^(?:[各该本此其全]|全市|全省|部门|自建|省建)?(?:{'|'.join(_GENERIC_WORDS)})$"
)
# A suffix followed, within the same words, by a longer system name: 外网 in 外网市级平台.
_LONGER = re.compile(
    rf"(?!部署|接入|对接|录入|纳入|迁移|依托|上云)[^\W{_PARTICLES}]{{0,6}}(?:{_SYSTEM_SUFFIX})"
)
_QUOTED = re.compile(r"“(?P<name>[^“”\n]{2,16})”|\"(?P<ascii>[^\"“”\n]{2,16})\"")
_QUOTED_SUFFIX = re.compile(
    r"^(?:系统平台|平台系统|平台|系统|APP|App|app|微信小程序|小程序|超级服务端|服务端)"
)
_QUOTED_LIST_END = re.compile(r"^(?:“[^“”\n]{2,16}”)*等[^，。；]{0,6}(?:应用|系统|平台)(?!场景)")
_PREFIX_TRIM = re.compile(r"^(?:全市|全省|全县|全区|各级|各|年)")


def find_names(view: TextView, reporter: str) -> Iterator[Mentioned]:
    text = view.text
    unit = unit_pattern(home_places(reporter))
    titles = [(m.start(), m.end()) for m in re.finditer(r"《[^》]*》", text)]

    def in_title(at: int) -> bool:
        return any(a < at < b for a, b in titles)

    yield from _units(view, in_title, unit)
    yield from _systems(view, in_title, unit)
    yield from _quoted(view, in_title, unit)
    yield from _projects(view, in_title)
    yield from _hotlines(view, in_title)
    yield from _known(view, in_title)


def _units(view: TextView, in_title, unit: re.Pattern[str]) -> Iterator[Mentioned]:
    text = view.text
    for match in unit.finditer(text):
        if in_title(match.start()):
            continue
        if match.start() and text[match.start() - 1] in "本全各该副正":
            continue
        offset = match.start()
        parts = _SPLIT_AFTER.split(match.group())
        if "局" in match.group()[:-1]:
            parts = parts[:1]  # 市公安局侦查实战中心: the bureau, not its centre
        for part in parts:
            start = text.index(part, offset)
            offset = start + len(part)
            if len(part) < 2 or not re.search(rf"{_ORG_SUFFIX}$", part):
                continue
            yield Mentioned(
                rule="unit-name",
                cites=(cite(view, start, start + len(part)),),
                kind="unit",
                name=part,
                category=unit_category(part),
            )


def unit_category(name: str) -> str:
    """The seed's unit category from how the name is written."""
    if re.match(r"^(?:中共|[\u4e00-\u9fff]{0,3}[市省县区]委)(?!员会$)", name) or name.endswith(
        ("党组", "支部")
    ):
        return "party-body" if not name.startswith("省") else "provincial-body"
    if name.startswith(("省", "湖南省")):
        return "provincial-body"
    for suffix, category in (
        ("政府", "government"),
        ("局", "bureau"),
        ("委员会", "committee"),
        ("人大", "committee"),
        ("政协", "committee"),
        ("委", "committee"),
        ("办公室", "office"),
        ("办", "office"),
        ("中心", "center"),
        ("协会", "association"),
        ("学会", "association"),
        ("公司", "state-owned-enterprise"),
        ("集团", "state-owned-enterprise"),
    ):
        if name.endswith(suffix):
            return category
    return "other"


def _left_bounded(text: str, suffix_start: int) -> int:
    """Walk left from a suffix to the start of the name: a mark, a particle or a verb."""
    start = suffix_start
    while start > 0 and suffix_start - start < 24:
        char = text[start - 1]
        if char in _BOUNDARY or char.isdigit() or char in _PARTICLES:
            break
        if char == "设" and text[start - 2 : start - 1] not in _SHE_WORDS:
            break  # 分会场设指挥中心: 设 the verb, not 建设 or 开设
        if char in _MEASURE_WORDS and text[start - 2 : start - 1] in _COUNTED:
            break  # 250余个政务信息系统, 13名…专家库
        verb = _VERB_END.search(text[max(0, start - 6) : start])
        if verb and _verb_position(text, start - len(verb.group())):
            break
        if _ALWAYS_STOP.search(text[max(0, start - 3) : start]):
            break
        start -= 1
    return start


def _verb_position(text: str, at: int) -> bool:
    """A verb starts a predicate after a mark, a particle, an adverb or another verb."""
    before = text[max(0, at - 3) : at]
    return (
        not before
        or before[-1] in _BOUNDARY
        or before[-1] in _PARTICLES
        or before[-1].isdigit()
        or before.endswith(_ADVERBS)
        or bool(_VERB_END.search(before))
    )


def _systems(view: TextView, in_title, unit: re.Pattern[str]) -> Iterator[Mentioned]:
    text = view.text
    for match in _SYSTEM.finditer(text):
        if in_title(match.start()) or _LONGER.match(text, match.end()):
            continue
        start = _left_bounded(text, match.start())
        name = _PREFIX_TRIM.sub("", text[start : match.end()])
        start = match.end() - len(name)
        if start and text[start - 1] == "的":
            yield from _distributed(view, unit, start, match.end())
        if "“" in name or "”" in name or _GENERIC.match(name) or len(name) < 3:
            continue
        if name.endswith(("分会场", "主会场")) or _IN_PROJECT_NAME.match(text, match.end()):
            continue
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
        if owner and not _GENERIC.match(name[owner.end() :]) and len(name) - owner.end() > 8:
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
    left = max(text.rfind(mark, 0, start) for mark in "，,。；;：:\n") + 1
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
        after = text[match.end() :]
        before = text[max(0, match.start() - 12) : match.start()]
        owner = unit.search(before + "\0")
        owned = owner is not None and owner.end() == len(before)
        suffix = _QUOTED_SUFFIX.match(after)
        listed = _QUOTED_LIST_END.match(after)
        one_net = re.fullmatch(r"一网[\u4e00-\u9fff]{2}", name)  # 一网通办, 一网统管, 一网协同
        if not (suffix or owned or listed or one_net or _SYSTEM.search(name + "\0")):
            continue
        if _SYSTEM.fullmatch(name) or _GENERIC.match(name):
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


def _projects(view: TextView, in_title) -> Iterator[Mentioned]:
    text = view.text
    for match in _PROJECT.finditer(text):
        if in_title(match.start()):
            continue
        start = _left_bounded(text, match.start())
        name = _PREFIX_TRIM.sub("", text[start : match.end()])
        start = match.end() - len(name)
        if "“" in name or _GENERIC.match(name) or len(name) < 4:
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
