"""Where a report names its own unit when the title does not (or names it short).

Each rule is a way reports of the genre introduce the unit that issues them, and each
returns the name as the text writes it with its span, to be cited like the title:

- the opening introduces it: "湖南城陵矶新港区政务服务中心为全额拨款事业单位",
  "中共…委员会办公室(以下简称区委网信办)是区委工作部门";
- a 部门决算 names it in its part headings: "第一部分 洪江市人民政府办公室概况";
- a form's staffing line counts its own people: "德钦县…常务委员会部门2021年末实有人员编制";
- a sharing site's first line is the file's name: "上海市…管理中心2022年度项目自评价.pdf";
- a unit's own site hosts it: "欢迎来到南县政协网站!", when the body speaks of 县政协;
- a project report names the project's holder: "2021年黄石市…委员会数字化…经费项目";
- a paragraph opens on the unit and its own budget: "绵阳市科学技术局主要有部门预算项目支出、
  专项预算支出二类支出" (nineteenth trial's 240, a report whose title names no unit), read
  only where nothing stronger names it;
- its 机构设置 says what it is made of: "渠县农业综合技术服务中心下设办公室、财务室…";
- a statement without a title opens on the unit: "达州市环城公路养护中心财政拨款“三公”经费
  预算2014年情况如下", "鶴山市水務局2018年用一般公共預算財政撥款數開支的…"; a 三公 note's
  sentence opens on it, wherever in the opening: "宁国市…执法局2016年度“三公”经费…决算为…".

A name another unit bears in the text (主管部门为…, 根据市财政局要求, a subordinate
centre 为本局下属事业单位) is never taken: each rule reads the unit only where the
sentence's subject is the unit itself. A fuller stated name replaces the title's only when
it clearly names the same unit (``same_unit``).
"""

from __future__ import annotations

import re

from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.namewords import in_order

__all__ = [
    "NAME",
    "ORG",
    "Stated",
    "first_placed",
    "fuller_name",
    "last_resort_name",
    "placed",
    "same_unit",
    "stated_name",
]

Stated = tuple[str, tuple[int, int]]
"""A name as the text writes it, and its span [start, end) in the text searched."""

NAME = rf"[\u4e00-\u9fff]{{2,40}}?{ORG}(?![员公会室合])(?!(?<=政府)办)"
"""A name ends at its organisation word, not inside one (…委|员会, …政府|办公室, …联|合会).
A Red Cross society (山东省红十字会: twenty-second trial's 278) ends on 红十字会: a people's
body like a 联合会, its 会 no part of any other word. A broadcaster or an observatory ends on
its 台 (样例广播电视台是财政一级预算单位: forty-third trial's 649, 某某气象台); a bare 台 is no
organisation word (平台, 看台)."""
_PLACE = re.compile(
    r"^(?:中共|中国)?(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))+"
)
"""A name that starts with where it is: 中共邵阳市北塔区…, 德钦县…, 湖南城陵矶新港区…"""
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|下属|所属|直属|其中|主管|上级)")
# Where a sentence (or a flattened heading's text) may start.
_START = (
    r"(?:^|[。；;！!|\n]|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d+\s*[、.．]|概况|基本情况|机构设置|单位简介|部门简介|职能|职责)[ \t\u3000]*"
)
_INTRODUCED = re.compile(
    _START + rf"(?P<unit>{NAME})[ \t\u3000]*(?P<short>[（(]以下简称[^）)\n]{{1,20}}[）)])?"
    r"[ \t\u3000]*(?:[，,][ \t\u3000]*(?=为|是|系|属))?"
    r"(?:(?:是|为|系|属于?)(?P<what>[^，,。；;\n]{0,40}?"
    r"(?:单位|机关|机构|部门|团体|组织))(?=[，,。；;\n]|$)|(?<=[）)])"
    r"|作为(?P<status>[一二三]级(?:部门)?预算单位)(?=[，,。；;\n]))",
    re.M,
)
"""The opening's introduction: X是/为…单位/机关/机构/部门, or X（以下简称Y）; X属…单位
(南城街道办事处属区级直属单位: seventh held-out trial); a comma may stand before its 为/是
(青神县公务服务中心,为县委直属事业单位: tenth), or before its 属于 (…管理委员会,属于一级预算
单位: thirty-first trial's 392). A unit stating its own budget level, X作为一级部门预算单位,
introduces itself too (trial 51's 841, a school's budget note whose only other sentence on it,
X是由怀化市财政局全额拨款, names no status: read 信息来源:市财政局, the portal's office, before);
作为 anything else (作为主管部门, 作为项目实施单位) is a role, never read."""
_DUTIES = re.compile(
    _START + rf"(?P<unit>{NAME})[ \t\u3000]*(?:(?:主要)?负责|(?:主要)?承担|主要职[能责]是)", re.M
)
"""The duties' first sentence, "X负责…", "X主要负责…" (舟曲县城关镇社区卫生服务中心主要负责辖区内
…: trial 53's 914, titled 城关镇社区卫生服务中心): the unit itself, read only to write the
title's name in full (any unit may be said to be responsible for something)."""
_FOUNDED = re.compile(
    _START + rf"(?P<unit>{NAME})[ \t\u3000]*(?:始建|创建|创办|成立|组建|建)于", re.M
)
"""The profile's first sentence, "X创建于1959年": the unit's own history (重庆市綦江区通惠街道社区
卫生服务中心创建于1959年…, trial 53's 910, titled 綦江区通惠街道社区卫生服务中心), read only to
write the title's name in full, as the duties' sentence is: the corpus's convention takes the
body's name where it only adds the title's place (林业局(本级) → 大足区林业局, eighteenth trial)."""
_OTHER_UNIT = re.compile(r"主管(?=部门|单位|机关|$)|上级|归口|我|本")
"""…为本单位主管部门, …是我单位的上级机关, X为主管部门: another unit, introduced by its relation.
主管 as the verb of what the unit is (中共湖北省委党史研究室是中共湖北省委主管党史业务的工作部门:
trial 53's 905, its duties' first sentence) is the unit's own status, not a relation."""
_OVERVIEW = re.compile(
    rf"(?:第[一二]部分|^[ \t\u3000]*[一二][ \t\u3000]*[、.．])[ \t\u3000：:]*(?P<unit>{NAME})"
    r"[ \t\u3000]*(?:部门|单位)?[ \t\u3000]*(?:基本)?概况",
    re.M,
)
"""The overview's part or section heading: "第一部分 X概况", "第一部分 X部门概况", "一、X基本
概况" (thirty-second round: pages whose title is gone)."""
_TOWN_PLACED = re.compile(r"^[\u4e00-\u9fff]{2,6}?[镇乡][\u4e00-\u9fff]{2,}$")
"""A town's body named by its town alone (刘堡镇卫生院): placed enough in its overview heading."""
_SHORT_NAME = NAME.replace("{2,40}", "{1,40}", 1)
"""A name that may be its level's one character and the body (区政协, 县法院): read only in the
template's own sentences, whose subject is the reporting unit."""
_COMPOSED = re.compile(
    rf"单位构成看[ \t\u3000]*[，,][ \t\u3000]*(?P<unit>{_SHORT_NAME})[ \t\u3000]*(?:部门|单位)?"
    r"[ \t\u3000]*(?:20\d\d\s*年度?)?[ \t\u3000]*(?:部门)?(?:决算|预算)?(?:包括|由)"
)
"""A 部门决算's own composition: "从预算单位构成看,X部门决算包括:本级决算" (thirty-first trial's
391), the template's sentence whose subject is the reporting unit, placed or not
(纳入本部门…决算编制的 names none). A budget note writes the same sentence of its budget, or
with no 决算 at all: "从单位构成看,区政协包括办公室、提案委员会…" (fiftieth trial's 797, the
text's only name for itself)."""
_STAFFING = re.compile(
    rf"(?:^|[，,。；;：:|\n])[ \t\u3000]*(?P<unit>{NAME})(?:部门|单位)?[ \t\u3000]*"
    r"(?:20\d\d\s*年末?)?[ \t\u3000]*(?:实有人员|实有人数|人员编制|编制人数)",
    re.M,
)
_FILE_LINE = re.compile(
    rf"^[ \t\u3000《]*(?:20\d\d\s*年度?)?(?P<unit>{NAME})"
    r"(?=\s*(?:20\d\d\s*年|部门|单位|整体|项目|决算))[^\n]*\.(?:pdf|docx?|wps|xlsx?)[ \t》]*$",
    re.M | re.I,
)
_SITE = re.compile(
    rf"欢迎(?:来到|访问|光临|进入)[ \t\u3000]*(?P<unit>{NAME})(?:官方)?(?:门户)?(?:网站|网)"
)
_SUBDIVIDED = re.compile(_START + rf"(?P<unit>{NAME})[ \t\u3000]*(?:下设|内设)", re.M)
"""The 机构设置's sentence "X下设办公室、财务室…": the unit that has these sections is the
one the report describes (a unit subordinate to it would be named after 下设, not before)."""
_OPENS_ON = re.compile(
    rf"[ \t\u3000]*(?:关于[ \t\u3000]*)?(?P<unit>{NAME})"
    r"(?:[ \t\u3000]*\n[ \t\u3000]*(?=20\d\d\s*年)|[ \t\u3000]*"
    r"(?=20\d\d\s*年|财政拨款|一般公共预算|“三公”|\"三公\"|部门|单位))"
)
"""A text whose first line opens on a placed unit, then its year or its own money:
"达州市…养护中心财政拨款“三公”经费预算2014年情况如下" (a statement with no title); the
year, only it, may start the next line (重庆市…小林镇人民政府 / 2022年决算报告: a title in two
lines; a site's banner line …网站 above 部门整体支出… is no unit). A title's 关于 before
the unit is no part of its name (关于样例县某某局2031年财政拨款“三公”…的说明: thirty-ninth
trial's 559)."""
_THREE_PUBLIC = re.compile(
    _START + rf"(?:关于[ \t\u3000]*)?(?P<unit>{NAME})[ \t\u3000]*(?:20\d\d\s*年度?)?"
    r"[ \t\u3000]*(?:一般公共预算)?(?:财政拨款)?"
    r"[“\"']?三公[”\"']?经费",
    re.M,
)
"""A 三公 note's sentence opening on its unit: "宁国市…执法局2016年度“三公”经费财政拨款支出
决算为68.3万元" (tenth trial), anywhere in the opening, not only its first line; the money it
is paid from may stand before: X2020年度一般公共预算财政拨款“三公”经费支出预算为… (trial 59's
1158)."""
_HANDS_OUT = re.compile(r"下达|拨付|转移支付|拨给|补助给|分配给|安排给|要求|通知|审计|督查|考核")
"""Words of a sentence whose subject hands money (or orders, or an audit) to another unit."""
_HOLDER = re.compile(
    rf"20\d\d\s*年度?[ \t\u3000]*(?P<unit>{NAME})(?P<project>[\u4e00-\u9fff“”\"]{{2,30}}?)"
    r"(?:项目|经费)"
)
_RECIPIENT = re.compile(
    rf"(?:每年|当年|今年|本年)?[均都]?(?<!来源)为[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*下达"
    r"[^。\n]{0,20}?(?:经费|资金)"
)
"""A project report's funds handed down to the unit: "自治区广电局每年均为林芝市广电局下达村村通
维护经费" (twelfth trial): the body the project's money is for is the project's holder.
"资金来源为重庆市财政局下达的…补助资金" is the source, not the recipient: the bureau that
handed the money down (thirty-second round) is never the holder."""
_GROUPS = re.compile(
    rf"财\s*政\s*拨\s*款\s*安\s*排[ \t\u3000\n]*(?P<unit>{NAME})[ \t\u3000\n]*"
    r"出\s*国\s*(?:[（(]\s*境\s*[）)])?\s*团\s*组"
)
"""A 三公 note's count of trips: "全年使用财政拨款安排梧州市…检测中心出国团组 0 个" (twelfth
trial): the unit whose own trips the note counts (各部门, 本单位: no placed name, not read)."""
_OWN_BUDGET = re.compile(
    _START + rf"(?P<unit>{NAME})[ \t\u3000]*(?:20\d\d\s*年度?)?[ \t\u3000]*(?:主要|共)?有?"
    r"[ \t\u3000]*(?:部门预算|年初预算|财政拨款|一般公共预算|项目资金|专项资金)",
    re.M,
)
"""A paragraph opening on a unit, then its own budget: "绵阳市科学技术局主要有部门预算项目支出…",
"青岚市档案馆2021年部门预算…" (a sentence handing money to it or from it is another's)."""
_LEAD_WORD = re.compile(r"^(?:根据|按照|依据|经过?|由|对|在|为|据|关于|将|向|从|与|截[至止])")
"""A sentence's first word before a name (根据青岚市…局部门预算): the name is not its subject."""
_PROJECT_OF = re.compile(
    rf"项目[ \t\u3000]*(?:是|为|系|属于)[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*的"
    r"[\u4e00-\u9fff]{0,8}?项目"
)
"""A project report says whose project it is: "…经费项目是市人民政府办公室的持续性项目"
(thirty-first trial's 388): the unit that holds it, placed or written relative to its place."""
_NOT_A_PROJECT = re.compile(r"下达|拨付|安排|批复|补助|支持|的|要求|通知|印发|关于")
_PROJECT_REPORT = re.compile(r"项目[^。\n]{0,12}(?:自评|绩效)")
_MONEY_WORDS = re.compile(r"资金|经费|预算|支出")


_SELF_PLACED = re.compile(
    r"^(?!各|本|该|其|全|所属|下属|辖区|乡镇)[\u4e00-\u9fff]{2,8}?(?:街道办事处|镇人民政府|乡人民政府)$"
)
"""A subdistrict's or a town's own office: its name is its place (南纪门街道办事处, twenty-
second trial's 286; 青岚镇人民政府), a full name with no county or city before it."""


def first_placed(pattern: re.Pattern[str], head: str) -> Stated | None:
    """The first ``unit`` group of ``pattern`` in ``head`` that is ``placed``, with its span:
    a name a sentence of the genre states (a duties section's subject, an evaluation's)."""
    for found in pattern.finditer(head):
        if placed(found["unit"]):
            return found["unit"], found.span("unit")
    return None


def placed(name: str) -> bool:
    """Whether ``name`` starts with where it is (德钦县…, 中共邵阳市北塔区…), then a name; or
    is the office of the subdistrict or town it names (``_SELF_PLACED``)."""
    if _SELF_PLACED.match(name):
        return True
    return bool(_PLACE.match(name)) and len(_PLACE.match(name).group()) < len(name) - 1


def same_unit(stated: str, short: str) -> bool:
    """Whether ``stated``, a name the body gives, is ``short`` (the title's) written in full:
    it adds only its place (北塔区委网信办 → 中共邵阳市北塔区委网信办), or the committee's
    office word (…信息化委员会 → …信息化委员会办公室), or, where the title's name has no
    place, it writes the title's words in order with the same organisation word
    (政务中心 → 湖南城陵矶新港区政务服务中心). A subordinate (…局信息中心) is never the same."""
    stated, short = re.sub(r"\s+", "", stated), re.sub(r"\s+", "", short)
    if not short or stated == short or len(stated) <= len(short):
        return False
    if stated.endswith(short):
        # or the level word the short name opens on is the place's (县司法局 in 紫金县司法局)
        placed_by = stated[: len(stated) - len(short) + 1]
        return bool(_PLACE.fullmatch(stated[: -len(short)])) or (
            short[0] in "省市县区" and bool(_PLACE.fullmatch(placed_by))
        )
    if stated.startswith(short):
        return stated[len(short) :] in ("办公室", "办") and short.endswith(("委员会", "委"))
    if _level_dropped(stated, short):
        return True
    if _PLACE.match(short) or len(short) < 4:
        return False
    ending = re.search(ORG + "$", short)
    if ending is None or not stated.endswith(ending.group()):
        return False
    return in_order(short, stated)  # the title's characters, in order


def _level_dropped(stated: str, short: str) -> bool:
    """The title's name drops a level word of its place the body writes (重庆巴南区… for
    重庆市巴南区…, tenth trial): the same name after the place, and the title's place is the
    body's with only 省 or 市 left out."""
    full, brief = _PLACE.match(stated), _PLACE.match(short)
    if not full or not brief or stated[full.end() :] != short[brief.end() :]:
        return False
    at, place = 0, brief.group()
    for char in full.group():
        if at < len(place) and char == place[at]:
            at += 1
        elif char not in "省市":
            return False  # another place, not the same one written short
    return at == len(place) < len(full.group()) and len(stated) - full.end() >= 2


_CONJUNCTION = re.compile(r"^(?:由于|因为|虽然|尽管|但是|而且|并且|因此|所以|此外|另外|如果|即使)")
"""A clause's conjunction before the name (由于国税总局属于垂直管理单位: trial 64's 1320, a news
roundup's reason why one department's total is large): the sentence explains, it introduces no
reporter; the words after the conjunction are read by no introduction."""
_ROLE = re.compile(r"(?:单位|部门|业主)[ \t\u3000]*(?:为|是)")
"""A role stated before the name (项目组织实施单位为X(以下简称Y)): a statement of who does what
for a project, no introduction of the reporter; ``implementer`` reads the project's own
(thirty-fourth trial's 442)."""


def _introduced(head: str) -> list[Stated]:
    found = []
    for match in _INTRODUCED.finditer(head):
        name, what = match["unit"], match["what"] or ""
        if _NOT_SELF.match(name) or _OTHER_UNIT.search(what) or _ROLE.search(name):
            continue
        if _CONJUNCTION.match(name):  # 由于X属于…单位: a reason, no introduction
            continue
        found.append((name, match.span("unit")))
    return found


def fuller_name(head: str, short: str) -> Stated | None:
    """The opening's introduction (or its duties' first sentence, its 机构设置's
    "X内设…", or a 三公 note's sentence opening on X and its year) of the unit the
    title names short, where it names it in full: the first one that does (2020年度
    林业局(本级)… whose 单位构成 says 大足区林业局内设办公室…: eighteenth trial)."""
    duties = [(m["unit"], m.span("unit")) for m in _DUTIES.finditer(head)]
    duties += [(m["unit"], m.span("unit")) for m in _SUBDIVIDED.finditer(head)]
    duties += [(m["unit"], m.span("unit")) for m in _FOUNDED.finditer(head)]
    # a 三公 note titled 双桥集镇人民政府2020年度…“三公”经费支出决算情况说明 whose sentence opens
    # on 安徽省怀远县双桥集镇人民政府2020年度…“三公”经费支出预算为… (trial 59's 1158): only
    # the title's name with its place before it; a place written otherwise (大英文学艺术界
    # 联合会 titled, 大英县文学艺术界联合会 in the sentence: the corpus's 394) keeps the title's
    short_bare = re.sub(r"\s+", "", short)
    duties += [
        (m["unit"], m.span("unit"))
        for m in _THREE_PUBLIC.finditer(head)
        if re.sub(r"\s+", "", m["unit"]).endswith(short_bare)
    ]
    return next(((n, s) for n, s in _introduced(head) + duties if same_unit(n, short)), None)


def stated_name(text: str, head: str) -> Stated | None:
    """The unit as the body names it: its introduction, a part heading of a 部门决算, its
    staffing line, or a sharing site's file-name line. ``head`` is the opening read as
    simplified characters, ``text`` the same text as written (for the file-name line,
    which ``head`` has blanked)."""
    introduced = _introduced(head)
    if introduced:
        return introduced[0]
    composed = _COMPOSED.search(head)
    if composed and not _NOT_SELF.match(composed["unit"]):
        return composed["unit"], composed.span("unit")
    for pattern in (_OVERVIEW, _STAFFING):
        for match in pattern.finditer(head):
            town = pattern is _OVERVIEW and _TOWN_PLACED.match(match["unit"])
            if (placed(match["unit"]) or town) and not _NOT_SELF.match(match["unit"]):
                # 长均乡中心学校 in full where the body writes it so (安义县长均乡…主要职责是)
                full = fuller_name(head, match["unit"]) if town else None
                return full or (match["unit"], match.span("unit"))
    for match in _SUBDIVIDED.finditer(head):
        if placed(match["unit"]) and not _NOT_SELF.match(match["unit"]):
            return match["unit"], match.span("unit")
    first = re.search(r"[^\s][^\n]*", text[:400])
    opening = _OPENS_ON.match(head, first.start()) if first else None
    if opening and placed(opening["unit"]) and not _NOT_SELF.match(opening["unit"]):
        sentence = re.match(r"[^。\n]*", head[opening.end() :]).group()
        if not _HANDS_OUT.search(sentence):
            return opening["unit"], opening.span("unit")
    for match in _THREE_PUBLIC.finditer(head):
        sentence = re.match(r"[^。\n]*", head[match.end() :]).group()
        unit = match["unit"]
        if placed(unit) and not _NOT_SELF.match(unit) and not _HANDS_OUT.search(sentence):
            return unit, match.span("unit")
    if first:
        line = _FILE_LINE.match(text, first.start(), first.end())
        if line and placed(line["unit"]):
            return line["unit"], line.span("unit")
    return None


def last_resort_name(head: str) -> Stated | None:
    """Weaker statements, read only where nothing else names the unit: the site that hosts
    the report is the unit's own (not a government portal) and the body speaks of the unit
    by the name its readers use (南县政协 → 县政协); a 三公 note counts the unit's own trips
    (…财政拨款安排X出国团组); or a project report names the holder of its project in a sentence
    about the project's money, or the unit its funds are handed down to (为X下达…经费); or a
    paragraph opens on the unit and its own budget (X主要有部门预算项目支出…)."""
    site = _SITE.search(head[:300])
    if site and placed(site["unit"]) and not site["unit"].endswith("政府"):
        name = site["unit"]
        place = _PLACE.match(name).group()
        relative = place[-1] + name[len(place) :]  # 南县政协 → 县政协
        rest = head[site.end() :]
        if name in rest or re.search(rf"(?:^|[。\n])[ \t\u3000]*{re.escape(relative)}", rest, re.M):
            return name, site.span("unit")
    groups = _GROUPS.search(head)
    if groups and placed(groups["unit"]) and not _NOT_SELF.match(groups["unit"]):
        return groups["unit"], groups.span("unit")
    for match in _OWN_BUDGET.finditer(head):
        sentence = re.match(r"[^。\n]*", head[match.end() :]).group()
        unit = match["unit"]
        if _LEAD_WORD.match(unit) or _NOT_SELF.match(unit) or _HANDS_OUT.search(sentence):
            continue
        if placed(unit):
            return unit, match.span("unit")
    if not _PROJECT_REPORT.search(head):
        return None
    owner = _PROJECT_OF.search(head)
    if owner and not _NOT_SELF.match(owner["unit"]) and not _LEAD_WORD.match(owner["unit"]):
        return owner["unit"], owner.span("unit")
    recipient = _RECIPIENT.search(head)
    if recipient and placed(recipient["unit"]) and not _NOT_SELF.match(recipient["unit"]):
        return recipient["unit"], recipient.span("unit")
    for match in _HOLDER.finditer(head):
        sentence_end = head.find("。", match.end())
        sentence = head[match.end() : sentence_end if sentence_end >= 0 else len(head)]
        if (
            placed(match["unit"])
            and not _NOT_A_PROJECT.search(match["project"])
            and _MONEY_WORDS.search(sentence)
        ):
            return match["unit"], match.span("unit")
    return None
