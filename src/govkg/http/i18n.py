"""Page texts in Chinese (the default) and English, and which one a request gets.

A request's language is ``?lang=zh|en`` when given (an explicit choice, kept on the page's
own links), else the first of ``zh``/``en`` its ``Accept-Language`` prefers, else Chinese.
:class:`Language` decides it once per request and keeps it in a context variable, the way a
locale middleware does, so a page built by a handler that never sees the request (the embed
page) still speaks the request's language; a response that used a *negotiated* language
gets ``Vary: Accept-Language``.

Babel is not used: two languages, a hundred short strings and no plural forms fit one
dictionary each, which a test holds to the same keys.

>>> money(Decimal("13221400"), "zh")
'1,322.14 万元（13,221,400.00 元）'
>>> money(Decimal("2203566.66"), "en")
'CNY 2,203,566.66 (220.356666 万元)'
"""

from __future__ import annotations

import contextvars
import re
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import parse_qsl, urlencode

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from govkg.core.money import FEN, format_yuan

__all__ = [
    "DEFAULT",
    "LANGS",
    "MESSAGES",
    "Choice",
    "Language",
    "choice",
    "choose",
    "language",
    "mark",
    "money",
    "t",
    "with_lang",
]

_CJK_CHAR = "\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_RUN = re.compile(f"[{_CJK_CHAR}]+(?:[ 0-9.,:%/·-]*[{_CJK_CHAR}]+)*")
LANGS = ("zh", "en")
DEFAULT = "zh"
WAN = Decimal(10000)

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "nav.home": "首页",
        "nav.health": "运行状态",
        "nav.switch": "English",
        "nav.switch.title": "Read this page in English",
        "landing.title": "政务信息化支出知识图谱",
        "landing.intro": "把公开的政府信息化支出报告变成知识图谱：哪些单位向哪个平台供数、"
        "每条连接花费多少，以及报告中说明这一点的原句。",
        "landing.ask": "{graphiql}（面向分析人员的 GraphQL，附示例查询）· {sparql}"
        "（只读 SPARQL 1.1 端点）· {health}。每个实体的 IRI 都可在 /id/ 下解析。",
        "landing.holds": "图谱内容",
        "landing.relations": "关系",
        "landing.triples": "三元组",
        "landing.version": "图谱版本 {version}。",
        "landing.downloads": "下载",
        "landing.reports": "来源报告",
        "landing.issued_by": "发布单位：",
        "landing.browse": "浏览",
        "landing.more": "… 另有 {count} 项",
        "coverage.title": "各单位各年度报告",
        "coverage.about": "每个单位的页面，以及它每个财政年度的报告。",
        "coverage.unit": "单位",
        "coverage.report": "报告",
        "coverage.total": "合计",
        "coverage.more": "… 另有 {count} 个单位。",
        "entity.english": "英文名",
        "entity.aliases": "别名",
        "entity.pinyin": "拼音",
        "entity.category": "类别",
        "entity.description": "说明",
        "entity.provenance": "来源",
        "entity.rule": "抽取规则",
        "entity.attributes": "属性",
        "entity.relations": "关系",
        "entity.relation": "关系",
        "entity.with": "对象",
        "entity.cited": "引文",
        "entity.indicators": "指标",
        "entity.mentions": "提及（{count}）",
        "entity.sources": "来源引文",
        "entity.via": "经由",
        "entity.cost": "费用",
        "entity.characters": "第 {start}–{end} 字",
        "buildrun.title": "建设与运维",
        "buildrun.note": "按用词划分，不作推测：名称含 建设、新建、扩建、"
        "改造、升级、提升工程 为建设，含 运维、运行维护、电费、租赁、维护 为运维，"
        "两者皆有为兼有；先看经费行自身名称，再看其所资助的对象，再看上级经费行；"
        "都不含则不划分。各部分为推算合计，与报告所列数额分毫相符。",
        "buildrun.of_project": "{year}年项目支出 {amount}",
        "buildrun.of_total": "{year}年支出合计 {amount}",
        "buildrun.type": "类别",
        "buildrun.amount": "金额",
        "buildrun.lines": "经费行",
        "buildrun.flow": "资金流向",
        "buildrun.flow.alt": "{name}{year}年资金流向：经费行 → 项目 → 系统 → 接入",
        "spend.BUILD": "建设",
        "spend.RUN": "运维",
        "spend.MIXED": "建设与运维兼有",
        "spend.UNCLASSIFIED": "未划分",
        "fact.spend_type": "建设或运维",
        "entity.picture": "关系图",
        "entity.picture.alt": "{name}及其相邻节点",
        "entity.picture.note": "点击图片打开可交互视图；下载 {svg} 或 {png}。",
        "entity.formats": "其他格式：{ttl}、{nt}、{jsonld}。",
        "entity.resource": "资源",
        "entity.relation.kind": "关系",
        "fact.amount": "金额",
        "fact.method": "推算方法",
        "fact.as_written": "原文写法",
        "fact.stated_share": "报告所列占比",
        "fact.computed_share": "计算占比",
        "fact.derived": "推算",
        "fact.share_of": "占比基数",
        "fact.budget": "预算",
        "fact.budget_as_written": "预算原文",
        "fact.fiscal_year": "财政年度",
        "fact.unit": "支出单位",
        "fact.parent": "上级资金",
        "fact.children": "下级资金",
        "fact.reported_in": "出处",
        "fact.value": "数值",
        "fact.qualifier": "限定",
        "fact.subject": "对象",
        "fact.date": "日期",
        "fact.location": "地点",
        "fact.organizer": "组织者",
        "fact.participants": "参与者",
        "fact.about": "涉及",
        "fact.title": "标题",
        "fact.genre": "类型",
        "fact.issued_by": "发布单位",
        "fact.file": "存档文本",
        "fact.facts": "事实",
        "fact.review": "{curated} 条已审核，{extracted} 条抽取待审核",
        "notfound.title": "未找到",
        "notfound.body": "图谱中没有名为 {iri} 的资源。",
        "notfound.back": "图谱内容",
        "embed.fit": "适应",
        "embed.layout": "重排",
        "embed.hint": "拖动平移 · 滚轮缩放 · 点击节点展开 · 悬停显示名称",
        "embed.graph": "关系图",
        "embed.cites": "引文",
        "embed.neighbours": "相邻节点",
        "embed.full": "完整页面 ↗",
        "embed.loading": "加载中…",
        "embed.nodes": "{count} 个节点 · 点击节点展开",
        "embed.added": "{count} 个节点 · 新增 {added}",
        "embed.failed": "无法加载：{error}",
        "embed.nolib": "图形库未能加载",
        "panel.category": "类别",
        "panel.aliases": "别名",
        "panel.amount": "金额",
        "panel.method": "推算",
        "panel.stated_share": "占比",
        "panel.value": "数值",
        "panel.text": "内容",
        "panel.cost": "分摊",
        "panel.rule": "规则",
        "panel.date": "日期",
        "panel.fiscal_year": "年度",
        "panel.about": "说明",
        "panel.provenance": "来源",
        "panel.extraction_rule": "抽取规则",
        "panel.id": "编号",
        "basis.STATED": "报告所列",
        "basis.ALLOCATED": "按规则分摊",
        "basis.DERIVED": "推算",
        "graphiql.loading": "正在加载 GraphiQL…（需要启用 JavaScript）",
    },
    "en": {
        "nav.home": "Home",
        "nav.health": "health",
        "nav.switch": "中文",
        "nav.switch.title": "用中文阅读本页",
        "landing.title": "Government IT spending as a knowledge graph",
        "landing.intro": "Published reports on government IT spending as a knowledge graph: "
        "who feeds which platform, what each link costs, and the sentence of the report "
        "that says so.",
        "landing.ask": "{graphiql} (GraphQL for analysts, with example queries) · {sparql} "
        "(read-only SPARQL 1.1 endpoint) · {health}. Every entity's IRI resolves under "
        "/id/.",
        "landing.holds": "What the graph holds",
        "landing.relations": "relations",
        "landing.triples": "triples",
        "landing.version": "Graph version {version}.",
        "landing.downloads": "Downloads",
        "landing.reports": "Source reports",
        "landing.issued_by": "issued by ",
        "landing.browse": "Browse",
        "landing.more": "… and {count} more",
        "coverage.title": "Units by fiscal year",
        "coverage.about": "Each unit's page, and its reports of each fiscal year.",
        "coverage.unit": "unit",
        "coverage.report": "report",
        "coverage.total": "total",
        "coverage.more": "… and {count} more units.",
        "entity.english": "English",
        "entity.aliases": "aliases",
        "entity.pinyin": "pinyin",
        "entity.category": "category",
        "entity.description": "description",
        "entity.provenance": "provenance",
        "entity.rule": "extraction rule",
        "entity.attributes": "Attributes",
        "entity.relations": "Relations",
        "entity.relation": "relation",
        "entity.with": "with",
        "entity.cited": "cited",
        "entity.indicators": "Indicators",
        "entity.mentions": "Mentions ({count})",
        "entity.sources": "Sources",
        "entity.via": "via",
        "entity.cost": "cost",
        "entity.characters": "characters {start}–{end}",
        "buildrun.title": "Build vs run",
        "buildrun.note": "Split by words, never guessed: a name with 建设 新建 扩建 改造 升级 "
        "提升工程 is build, with 运维 运行维护 电费 租赁 维护 run, with both mixed; the line's "
        "own name decides first, then what it funds, then its parent line; with none of them "
        "it stays unclassified. Each part is a derived sum; the parts add up exactly to the "
        "report's figure.",
        "buildrun.of_project": "project spending {year}: {amount}",
        "buildrun.of_total": "total {year}: {amount}",
        "buildrun.type": "type",
        "buildrun.amount": "amount",
        "buildrun.lines": "lines",
        "buildrun.flow": "Money flow",
        "buildrun.flow.alt": "{name}, {year}: funding lines → projects → systems → feeds",
        "spend.BUILD": "build",
        "spend.RUN": "run",
        "spend.MIXED": "mixed",
        "spend.UNCLASSIFIED": "unclassified",
        "fact.spend_type": "build or run",
        "entity.picture": "Neighbourhood",
        "entity.picture.alt": "{name} and its neighbours",
        "entity.picture.note": "Select the picture for the interactive view; download it as "
        "{svg} or {png}.",
        "entity.formats": "Also as {ttl}, {nt}, {jsonld}.",
        "entity.resource": "resource",
        "entity.relation.kind": "relation",
        "fact.amount": "amount",
        "fact.method": "method",
        "fact.as_written": "as written",
        "fact.stated_share": "stated share",
        "fact.computed_share": "computed share",
        "fact.derived": "derived",
        "fact.share_of": "share of",
        "fact.budget": "budget",
        "fact.budget_as_written": "budget as written",
        "fact.fiscal_year": "fiscal year",
        "fact.unit": "spending unit",
        "fact.parent": "parent line",
        "fact.children": "sub-lines",
        "fact.reported_in": "reported in",
        "fact.value": "value",
        "fact.qualifier": "qualifier",
        "fact.subject": "subject",
        "fact.date": "date",
        "fact.location": "location",
        "fact.organizer": "organizer",
        "fact.participants": "participants",
        "fact.about": "about",
        "fact.title": "title",
        "fact.genre": "genre",
        "fact.issued_by": "issued by",
        "fact.file": "stored text",
        "fact.facts": "facts",
        "fact.review": "{curated} curated, {extracted} extracted (awaiting review)",
        "notfound.title": "Not found",
        "notfound.body": "This graph has nothing named {iri}.",
        "notfound.back": "What the graph holds",
        "embed.fit": "Fit",
        "embed.layout": "Layout",
        "embed.hint": "drag to pan · wheel to zoom · click a node to expand it · hover for names",
        "embed.graph": "graph",
        "embed.cites": "Cited in the source",
        "embed.neighbours": "Neighbours",
        "embed.full": "Full page ↗",
        "embed.loading": "loading…",
        "embed.nodes": "{count} nodes · click a node to expand it",
        "embed.added": "{count} nodes · +{added}",
        "embed.failed": "could not load: {error}",
        "embed.nolib": "the graph library did not load",
        "panel.category": "Category",
        "panel.aliases": "Aliases",
        "panel.amount": "Amount",
        "panel.method": "Method",
        "panel.stated_share": "Stated share",
        "panel.value": "Value",
        "panel.text": "Text",
        "panel.cost": "Allocated cost",
        "panel.rule": "Rule",
        "panel.date": "Date",
        "panel.fiscal_year": "Fiscal year",
        "panel.about": "About",
        "panel.provenance": "Provenance",
        "panel.extraction_rule": "Extraction rule",
        "panel.id": "ID",
        "basis.STATED": "stated",
        "basis.ALLOCATED": "allocated",
        "basis.DERIVED": "derived",
        "graphiql.loading": "Loading GraphiQL… (it needs JavaScript)",
    },
}

# link types read from their source and from their target
READING: dict[str, dict[str, tuple[str, str]]] = {
    "zh": {
        "feeds": ("供数给", "数据来自"),
        "connects": ("连接到", "被连接自"),
        "migrated-to": ("迁移到", "迁移自"),
        "operates": ("运营", "运营方"),
        "owns": ("拥有", "归属"),
        "part-of": ("属于", "包含"),
        "delivers": ("交付", "交付方"),
        "funds": ("资助", "资金来自"),
        "uses": ("使用", "被使用"),
        "leads": ("负责", "负责人"),
        "participates": ("参与", "参与者"),
        "reviews": ("审阅", "审阅方"),
    },
    "en": {
        "feeds": ("feeds", "fed by"),
        "connects": ("connects to", "connected from"),
        "migrated-to": ("migrated to", "migrated from"),
        "operates": ("operates", "operated by"),
        "owns": ("owns", "owned by"),
        "part-of": ("part of", "has part"),
        "delivers": ("delivers", "delivered by"),
        "funds": ("funds", "funded by"),
        "uses": ("uses", "used by"),
        "leads": ("leads", "led by"),
        "participates": ("participates in", "has participant"),
        "reviews": ("reviews", "reviewed by"),
    },
}


@dataclass(kw_only=True)
class Choice:
    """One request's language: ``explicit`` when ``?lang=`` chose it; ``used`` once read."""

    lang: str = DEFAULT
    explicit: bool = False
    path: str = "/"
    query: list[tuple[str, str]] = field(default_factory=list)
    used: bool = False


_CURRENT: contextvars.ContextVar[Choice | None] = contextvars.ContextVar(
    "govkg_language", default=None
)


def _accepted(header: str | None) -> str | None:
    """The first of LANGS by the header's q-values (ties: the header's order)."""
    best: tuple[float, int, str] | None = None
    for index, item in enumerate((header or "").split(",")[:50]):
        tag, _, params = item.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if primary in LANGS and quality > 0 and (best is None or (-quality, index) < best[:2]):
            best = (-quality, index, primary)
    return best[2] if best else None


def choose(query: list[tuple[str, str]], accept_language: str | None, path: str = "/") -> Choice:
    """The language for a request's query parameters and ``Accept-Language``.

    >>> choose([("lang", "en")], "zh-CN").lang
    'en'
    >>> choose([], "en-GB,en;q=0.9,zh;q=0.8").lang
    'en'
    >>> choose([], "fr, zh-TW;q=0.5, en;q=0.4").lang
    'zh'
    >>> choose([], None).lang
    'zh'
    """
    asked = dict(query).get("lang", "").strip().lower()
    if asked in LANGS:
        return Choice(lang=asked, explicit=True, path=path, query=query)
    return Choice(lang=_accepted(accept_language) or DEFAULT, path=path, query=query)


def choice() -> Choice:
    """The current request's choice (Chinese outside a request); marks the language used."""
    current = _CURRENT.get()
    if current is None:
        return Choice()
    current.used = True
    return current


def language() -> str:
    return choice().lang


def t(lang: str, key: str, **values: object) -> str:
    """The text ``key`` in ``lang``, with ``values`` filled in (they are not escaped here)."""
    text = MESSAGES[lang][key]
    return text.format(**values) if values else text


def with_lang(href: str, current: Choice | None = None) -> str:
    """``href`` carrying ``?lang=`` when the reader chose the language explicitly."""
    current = current or choice()
    if not current.explicit:
        return href
    return f"{href}{'&' if '?' in href else '?'}lang={current.lang}"


def switch_href(current: Choice) -> str:
    """This page's URL in the other language."""
    other = "en" if current.lang == "zh" else "zh"
    query = [(k, v) for k, v in current.query if k != "lang"] + [("lang", other)]
    return f"{current.path}?{urlencode(query)}"


def mark(text: str, lang: str) -> str:
    """Escaped ``text`` for a page in ``lang``; on an English page each Chinese run in it is
    marked ``lang="zh"`` (names and quotes inside English sentences, 万元 in amounts).

    >>> mark("equal split: 提升工程 ÷ 1", "en")
    'equal split: <span lang="zh">提升工程</span> ÷ 1'
    """
    if lang == "zh":
        return text
    return _CJK_RUN.sub(lambda m: f'<span lang="zh">{m.group(0)}</span>', text)


def money(amount: Decimal, lang: str) -> str:
    """An amount in both 万元 (as reports state them) and yuan, exact in both."""
    wan = amount / WAN
    exact = wan.quantize(FEN) == wan
    wan_text = f"{wan.quantize(FEN):,}" if exact else f"{wan.normalize():,f}"
    if lang == "zh":
        return f"{wan_text} 万元（{format_yuan(amount)} 元）"
    return f"CNY {format_yuan(amount)} ({wan_text} 万元)"


class Language:
    """Decides each request's language; ``Vary: Accept-Language`` where it was negotiated."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
        current = choose(query, Headers(scope=scope).get("accept-language"), scope["path"])
        token = _CURRENT.set(current)

        async def send_with_vary(message: Message) -> None:
            if (
                message["type"] == "http.response.start"
                and not current.explicit
                and (current.used or message["status"] == 304)
            ):
                headers = MutableHeaders(scope=message)
                vary = headers.get("vary")
                if not vary:
                    headers["vary"] = "Accept-Language"
                elif "accept-language" not in vary.lower():
                    headers["vary"] = f"{vary}, Accept-Language"
            await send(message)

        try:
            await self.app(scope, receive, send_with_vary)
        finally:
            _CURRENT.reset(token)
