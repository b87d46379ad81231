"""Rule ``unit-name``: organisations named in a report.

A place or party prefix (市, 省, 县, 区, 中共, 国家, the report's own 益阳市…) and an
organisation suffix (局, 委, 办, 中心, 政府, 协会…): 市委政法委, 市自然资源和规划局.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from govkg.ingest.facts import Mentioned, cite
from govkg.ingest.text.textview import TextView

__all__ = ["find_units", "names_reporter", "own_places", "unit_category", "unit_pattern"]

_PROVINCES = re.findall(
    r"\S+",
    """
    北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省
    安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省
    云南省 陕西省 甘肃省 青海省
    """,
)
_PLACE = r"(?:中共|中国|国家|{places}|(?<![城都超上门股夜])[省市县区])"
_ORG_SUFFIX = (
    r"(?:委员会|办公室|值班室|人大|政协|政府|协会|学会|集团|公司|银行|法院|检察院|中心|局|委|"
    r"(?<![举开创承主协督代包兴操照查接])办|(?<!大)厅|(?<![内外全局东西南北中])部|院|所|队)"
)
# 内部, 外部, 全部, 局部 are places or amounts (完成县城内部分供水管网改造: forty-third trial's
# 638), never an organisation's 部; nor a direction's 东北部, 西南部, 中部 (样例区地处样例省东北部:
# a place's situation, trial 48's 740)
# What never follows a unit's name: 市直部门, 市委书记, 市长, 市政府门户网站 is fine; nor
# 分 after 部 (部分: a part, 县财政部分资金), nor 署 (部署: to deploy), nor 托 or 派 after 委
# (委托, 委派: to commission; …绩效评价中心委托: the centre's name ends before it, trial 48).
_NOT_NEXT = (
    r"(?!系统|平台|网|机房|门(?!户)|长|书|员|主任|副|级|属|直|本|内|外|会议|大楼|指挥"
    r"|建设|大厅|项目|(?<=部)署|(?<=部)分|(?<=委)[托派])"
)
# The body never runs over "和市…"/"、省…" (the next unit of a list) nor over a particle.
_BODY = r"(?:(?![和及与、][省市县区])[^\W\d_a-zA-Z为是在对向与及等的了将把从所属下])"
_UNIT = rf"{_PLACE}(?!级){_BODY}{{{{0,12}}}}{_ORG_SUFFIX}{_NOT_NEXT}"


_PREDICATE = re.compile(
    r"坚持|按照|根据|交办|负责|推进|落实|开展|召开|举办|指导|要求|部署|[做作]出"
)
"""Verbs that make a clause of what looks like a name (县政协坚持按照县委, 中国做出全国部|署:
thirty-eighth trial's 525)."""
_OWN_SPOKEN = re.compile(r"[我本该其](?:院|局|委|办|厅|部|所|队|中心|办公室)$")
"""A name that ends on a pronoun's unit (省市法院来我院: other courts came to our court,
thirty-eighth trial's 533): the text speaks of itself, a clause, no one's name."""
_WORD_ENDING = re.compile(r"(?:布|格|大|全|结|开|当|僵|变|时|骗)局$")
"""Words that end in 局 and are no bureau: 云南省共布局12架… (the province deployed 12…:
thirty-sixth trial's 491), 新格局, 服务大局. A name must be a name, not a clause cut at 局."""
_SPLIT_AFTER = re.compile(r"(?<=[局委办厅])(?=[市省县区])|(?<=局)(?=.)")


def unit_pattern(places: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Unit names, with the report's own place names as prefixes besides 省/市/县/区."""
    known = sorted({*_PROVINCES, *places}, key=len, reverse=True)
    return re.compile(_UNIT.format(places="|".join(map(re.escape, known))))


_LINK = (
    r"(?:[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|自治县)"
    r"|[\u4e00-\u9fff]{1,3}?(?:省|(?<!城)市|县|区|州(?!市)|盟|旗))"
)
"""One place of a name's chain: 海口市, 秀英区, 渠县, 博尔塔拉蒙古自治州 (智慧城市 is none)."""
_CHAIN = re.compile(rf"^(?:中共)?{_LINK}(?:[\u4e00-\u9fff]{{1,3}}?(?:区|县|旗|自治县))*")
"""A province or city, then its districts or counties: 海口市秀英区, 中共邵阳市北塔区."""


def own_places(reporter: str) -> tuple[str, ...]:
    """Each place the reporting unit's name starts with, as the text writes them: 海口市秀英区
    水务局 -> 海口市, 秀英区; 渠县农业综合技术服务中心 -> 渠县. Known as places, a name
    written with them keeps them (秀英区水务局, not 区水务局; 渠县…, not 县…)."""
    chain = _CHAIN.match(reporter)
    if chain is None or len(chain.group()) >= len(reporter) - 1:
        return ()
    links = re.findall(_LINK, chain.group().removeprefix("中共"))
    return tuple(link for link in links if len(link) >= 2)


def names_reporter(name: str, reporter: str) -> bool:
    """Whether ``name`` is the reporting unit written without (part of) its place: 秀英区水务局
    or 县农业综合技术服务中心 in a report of 海口市秀英区水务局 or 渠县农业综合技术服务中心."""
    if name == reporter:
        return True
    if len(name) < 3 or not reporter.endswith(name):
        return False
    dropped = reporter[: -len(name)]
    if name[0] in "省市县区" and _CHAIN.fullmatch(dropped + name[0]):
        return True  # 县… is 渠县…: the place's own word kept, its name dropped
    return bool(_CHAIN.fullmatch(dropped) and _CHAIN.match(name))  # 秀英区… of 海口市秀英区…


def find_units(
    view: TextView, in_title: Callable[[int], bool], unit: re.Pattern[str]
) -> Iterator[Mentioned]:
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
            if len(part) < 2 or not re.search(rf"{_ORG_SUFFIX}$", part) or _PREDICATE.search(part):
                continue  # 县政协坚持按照县委: a clause, not a name
            if _OWN_SPOKEN.search(part):
                continue  # …来我院: the text's own court, spoken of in a clause
            if _WORD_ENDING.search(part):
                continue  # 省共布局, 市新格局: a verb or a noun ending in 局, not a bureau
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
