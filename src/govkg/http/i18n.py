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
from govkg.core.words import BASIS, DEFAULT, LANGS, READING

__all__ = [
    "DEFAULT",
    "LANGS",
    "MESSAGES",
    "READING",
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
WAN = Decimal(10000)

MESSAGES: dict[str, dict[str, str]] = {
    "zh": {
        "nav.home": "首页",
        "nav.health": "运行状态",
        "nav.switch": "English",
        "nav.switch.title": "Read this page in English",
        "nav.browse": "浏览表格",
        "nav.search": "搜索",
        "nav.search.label": "按名称搜索图谱",
        "nav.search.placeholder": "名称、英文或拼音",
        "search.title": "搜索",
        "search.hint": "输入单位、平台、项目、经费行、指标、事件或报告的名称，"
        "中文、英文或拼音均可，例如 {first}、{second} 或 {third}。",
        "search.results": "名称包含 {q} 的条目，按类别分组：",
        "search.none": "没有名称包含 {q} 的条目。",
        "search.more": "在“{table}”表中查看全部 {count} 项 →",
        "search.others": "其他表中名称包含它的行：",
        "search.other": "{table}（{count}）",
        "search.too_long": "搜索词太长：最多 {limit} 个字符，这一个有 {length} 个。",
        "browse.title": "浏览表格",
        "browse.intro": "每类条目一张表：按侧栏的分面筛选、点击列名排序、分页，"
        "并可把筛选出的全部行下载为 CSV 或 JSON。表中的行与 GraphQL 列表的 where、orderBy "
        "和 facets 给出的完全相同。",
        "browse.table": "表",
        "browse.rows": "行数",
        "browse.downloads": "下载全部行",
        "browse.table.units": "单位",
        "browse.table.platforms": "平台与系统",
        "browse.table.projects": "项目",
        "browse.table.funding-lines": "经费行",
        "browse.table.money-figures": "报告所列金额",
        "browse.table.indicators": "指标",
        "browse.table.events": "事件",
        "browse.table.feeds": "供数关系",
        "browse.table.documents": "报告",
        "browse.about.funding-lines": "每个金额或为报告所列，或按所写方法推算；"
        "“依据”一栏标明是哪一种。",
        "browse.about.money-figures": "这里每个金额都是报告所列（STATED），各属一类：支出、预算、"
        "收入、结转结余、增减变化等。只有“支出”类是花掉的钱，预算、收入等不是支出；"
        "比较或加总之前请先按“类别”筛选。",
        "browse.about.feeds": "每条供数关系的费用是按报告所写的规则分摊得出的份额"
        "（按规则分摊，ALLOCATED），不是报告所列的数额；报告直接写明的标为“报告所列”。"
        "分摊规则见每条关系的页面。",
        "browse.col.name": "名称",
        "browse.col.name_en": "英文名",
        "browse.col.category": "类别",
        "browse.col.year": "年度",
        "browse.col.unit": "单位",
        "browse.col.documents": "出处",
        "browse.col.amount": "金额",
        "browse.col.basis": "依据",
        "browse.col.spend_type": "建设或运维",
        "browse.col.provenance": "来源",
        "browse.col.degree": "关联数",
        "browse.filter.name": "名称包含",
        "browse.filter.category": "类别",
        "browse.filter.year": "年度",
        "browse.filter.unit": "单位",
        "browse.filter.document": "出处",
        "browse.filter.provenance": "来源",
        "browse.filter.basis": "依据",
        "browse.filter.spend_type": "建设或运维",
        "browse.filter.amount_min": "金额不低于（元）",
        "browse.filter.amount_max": "金额不高于（元）",
        "browse.filters": "已选条件",
        "browse.active": "{name}：{value}",
        "browse.remove": "去掉这个条件",
        "browse.clear": "清除全部条件",
        "browse.apply": "筛选",
        "browse.at_least": "≥ {wan} 万元（{yuan} 元）",
        "browse.more_values": "其余 {count} 项",
        "browse.shown": "第 {start}–{end} 行，共 {total} 行",
        "browse.none": "没有符合条件的行。",
        "browse.every": "（全表 {every} 行）",
        "browse.download": "下载这些行（全部页）：{csv} · {json}",
        "browse.sort": "按{column}排序（再点一次反向）",
        "browse.pages": "分页",
        "browse.prev": "← 上一页",
        "browse.next": "下一页 →",
        "browse.back": "返回表格列表",
        "browse.bad.title": "请求有误",
        "browse.bad.table": "没有名为 {table} 的表；可用的表：{tables}。",
        "browse.bad.whole": "参数 {param} 必须是正整数，收到的是 {value}。",
        "browse.bad.amount": "参数 {param} 必须是以元计的数（如 1000000），收到的是 {value}。",
        "browse.bad.choice": "参数 {param} 只能是 {choices} 之一，收到的是 {value}。",
        "browse.bad.unit": "没有 id 或名称为 {value} 的单位。",
        "browse.bad.long": "参数 {param} 太长：最多 {limit} 个字符。",
        "browse.bad.page": "没有第 {page} 页：这些行共 {pages} 页。",
        "browse.category.total": "合计",
        "browse.category.budget": "预算",
        "browse.category.basic": "基本支出",
        "browse.category.personnel": "人员经费",
        "browse.category.public": "公用经费",
        "browse.category.project": "项目支出",
        "browse.category.other": "其他",
        "browse.category.spending": "支出",
        "browse.category.revenue": "收入",
        "browse.category.carry-over": "结转结余",
        "browse.category.change": "增减变化",
        "browse.category.contract": "合同",
        "browse.category.planned": "计划",
        "browse.category.saving": "节约",
        "browse.category.price-or-rate": "单价或费率",
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
        "embed.view.graph": "关系图",
        "embed.view.money": "资金流向",
        "embed.view.treemap": "矩形树图",
        "embed.money.label": "资金流向图：资金线 → 项目 → 系统 → 接入",
        "embed.treemap.label": "资金线矩形树图（按类别）",
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
        "graphiql.loading": "正在加载 GraphiQL…（需要启用 JavaScript）",
        "review.index.title": "待审核的草稿",
        "review.index.intro": "这些报告的草稿里有抽取后尚待审核的事实。打开一份，对照原文逐条接受、"
        "修改或驳回；结果写回种子，标为已审核。",
        "review.index.none": "没有待审核的草稿。",
        "review.index.done": "另有 {count} 份草稿已全部审核。",
        "review.index.report": "报告",
        "review.index.awaiting": "待审核",
        "review.index.by_kind": "按类别",
        "review.index.by_hand": "不能在此审核",
        "review.document.title": "审核：{title}",
        "review.year_unknown": "报告未写明财政年度（需人工补充）",
        "review.all": "全部草稿",
        "review.logout": "退出",
        "review.awaiting": "{count} 条待审核",
        "review.settled": "{count} 条已审核",
        "review.keys": "快捷键：a 接受 · r 驳回 · e 修改 · j 或 n 下一条 · k 或 p 上一条 · "
        "Esc 取消。点击事实跳到原文，点击高亮跳回事实。",
        "review.text": "报告原文",
        "review.facts": "抽取的事实",
        "review.group.document": "报告",
        "review.group.unit": "单位",
        "review.group.system": "系统/平台",
        "review.group.project": "项目",
        "review.group.funding-line": "经费行",
        "review.group.money-figure": "金额",
        "review.group.unread": "未读懂的金额",
        "review.group.indicator": "指标",
        "review.group.event": "事件",
        "review.group.relation": "关系",
        "review.group.mention": "提及",
        "review.state.extracted": "待审核",
        "review.state.curated": "已审核",
        "review.rule": "抽取规则",
        "review.context": "所在句子",
        "review.span_missing": "引文位置不在原文中",
        "review.unread": "未读懂",
        "review.entity": "实体",
        "review.funding_line": "对应经费行",
        "review.accept": "接受",
        "review.reject": "驳回",
        "review.edit": "修改",
        "review.save": "保存修改",
        "review.cancel": "取消",
        "review.field.amount": "金额（元）",
        "review.field.value": "数值",
        "review.field.kind": "类别",
        "review.field.category": "类别",
        "review.field.name": "名称",
        "review.field.start": "引文起",
        "review.field.end": "引文止",
        "review.use_selection": "用原文中选中的文字",
        "review.money.spending": "支出",
        "review.money.budget": "预算",
        "review.money.revenue": "收入",
        "review.money.carry-over": "结转结余",
        "review.money.change": "增减变化",
        "review.money.contract": "合同",
        "review.money.planned": "计划",
        "review.money.saving": "节约",
        "review.money.price-or-rate": "单价或费率",
        "review.money.other": "其他（未读懂）",
        "review.login.title": "登录审核",
        "review.login.intro": "输入服务器的审核令牌（GOVKG_REVIEW_TOKEN）。登录保持 8 小时，"
        "服务器重启后需重新登录。",
        "review.login.token": "审核令牌",
        "review.login.name": "你的名字（记入审核日志，可不填）",
        "review.login.submit": "登录",
        "review.login.wrong": "令牌不正确。",
        "review.login.expired": "登录表单已过期，请再试一次。",
        "review.error.cross_site": "已拒绝：请求来自其他网站。\n",
        "review.error.csrf": "已拒绝：缺少 CSRF 令牌或令牌不对，请重新加载页面。\n",
        "review.js.saving": "正在保存…",
        "review.js.accepted": "已接受：{fact}",
        "review.js.rejected": "已驳回：{fact}",
        "review.js.edited": "已修改：{fact}",
        "review.js.left": "还有 {count} 条待审核",
        "review.js.done": "本报告的事实已全部审核。",
        "review.js.refused": "未保存，草稿没有改动：",
        "review.js.stale": "草稿在本页打开后已被改动（另一位审核人或一次 ingest）。"
        "请重新加载页面，再按现在的内容审核。",
        "review.js.reload": "重新加载",
        "review.js.login": "登录已失效，请重新登录。",
        "review.js.forbidden": "已拒绝：",
        "review.js.failed": "保存失败：{error}",
        "review.js.confirm": "再按一次 r（或再点一次“驳回”）确认驳回",
        "review.js.nochange": "没有改动。",
        "review.js.selection": "请先在原文中选中一段文字。",
        "review.js.field": "字段 {field} 有误",
        "review.js.reject_with": "连同引用它的 {count} 条事实一起驳回",
    },
    "en": {
        "nav.home": "Home",
        "nav.health": "health",
        "nav.switch": "中文",
        "nav.switch.title": "用中文阅读本页",
        "nav.browse": "Browse",
        "nav.search": "Search",
        "nav.search.label": "Search the graph by name",
        "nav.search.placeholder": "Name, English or pinyin",
        "search.title": "Search",
        "search.hint": "Type a name of a unit, platform, project, funding line, indicator, "
        "event or report, in Chinese, English or pinyin: for example {first}, {second} or "
        "{third}.",
        "search.results": "Names containing {q}, by kind:",
        "search.none": "Nothing has a name containing {q}.",
        "search.more": "All {count} in the table of {table} →",
        "search.others": "Rows of other tables whose names contain it:",
        "search.other": "{table} ({count})",
        "search.too_long": "The search text is too long: at most {limit} characters, and this "
        "one has {length}.",
        "browse.title": "Browse the tables",
        "browse.intro": "One table per kind: narrow it with the facets beside it, sort it by "
        "a column's name, page through it, and download every row it keeps as CSV or JSON. "
        "Its rows are exactly those of the GraphQL lists' where, orderBy and facets.",
        "browse.table": "Table",
        "browse.rows": "Rows",
        "browse.downloads": "Every row",
        "browse.table.units": "Units",
        "browse.table.platforms": "Platforms and systems",
        "browse.table.projects": "Projects",
        "browse.table.funding-lines": "Funding lines",
        "browse.table.money-figures": "Money figures the reports state",
        "browse.table.indicators": "Indicators",
        "browse.table.events": "Events",
        "browse.table.feeds": "Feeds",
        "browse.table.documents": "Reports",
        "browse.about.funding-lines": "Each amount is either stated by a report or derived by "
        "the method its page gives; the basis column says which.",
        "browse.about.money-figures": "Every amount here is STATED by a report, and each is "
        "of one kind: spending, budget, revenue, carry-over, change and so on. Only the "
        "spending kind is money spent: a budget or a revenue is not spending. Filter by "
        "category before comparing or adding up.",
        "browse.about.feeds": "A feed's cost is its share ALLOCATED by the rule the report "
        "documents, not an amount a report states; a cost a report states for the link is "
        "marked stated. Each feed's page gives its rule.",
        "browse.col.name": "Name",
        "browse.col.name_en": "English name",
        "browse.col.category": "Category",
        "browse.col.year": "Year",
        "browse.col.unit": "Unit",
        "browse.col.documents": "Reports",
        "browse.col.amount": "Amount",
        "browse.col.basis": "Basis",
        "browse.col.spend_type": "Build or run",
        "browse.col.provenance": "Provenance",
        "browse.col.degree": "Links",
        "browse.filter.name": "Name contains",
        "browse.filter.category": "Category",
        "browse.filter.year": "Year",
        "browse.filter.unit": "Unit",
        "browse.filter.document": "Report",
        "browse.filter.provenance": "Provenance",
        "browse.filter.basis": "Basis",
        "browse.filter.spend_type": "Build or run",
        "browse.filter.amount_min": "Amount at least (yuan)",
        "browse.filter.amount_max": "Amount at most (yuan)",
        "browse.filters": "Filters",
        "browse.active": "{name}: {value}",
        "browse.remove": "remove this filter",
        "browse.clear": "Clear every filter",
        "browse.apply": "Apply",
        "browse.at_least": "≥ CNY {yuan} ({wan} 万元)",
        "browse.more_values": "{count} more",
        "browse.shown": "Rows {start}–{end} of {total}",
        "browse.none": "No rows match.",
        "browse.every": "({every} in the whole table)",
        "browse.download": "Download these rows (every page): {csv} · {json}",
        "browse.sort": "Sort by {column} (again to reverse)",
        "browse.pages": "Pages",
        "browse.prev": "← Previous",
        "browse.next": "Next →",
        "browse.back": "Back to the tables",
        "browse.bad.title": "Bad request",
        "browse.bad.table": "There is no table {table}; the tables are {tables}.",
        "browse.bad.whole": "{param} must be a whole number, not {value}.",
        "browse.bad.amount": "{param} must be a number of yuan (such as 1000000), not {value}.",
        "browse.bad.choice": "{param} must be one of {choices}, not {value}.",
        "browse.bad.unit": "No unit has the id or name {value}.",
        "browse.bad.long": "{param} is too long: at most {limit} characters.",
        "browse.bad.page": "There is no page {page}: these rows fill {pages}.",
        "browse.category.total": "total",
        "browse.category.budget": "budget",
        "browse.category.basic": "basic",
        "browse.category.personnel": "personnel",
        "browse.category.public": "public",
        "browse.category.project": "project",
        "browse.category.other": "other",
        "browse.category.spending": "spending",
        "browse.category.revenue": "revenue",
        "browse.category.carry-over": "carry-over",
        "browse.category.change": "change",
        "browse.category.contract": "contract",
        "browse.category.planned": "planned",
        "browse.category.saving": "saving",
        "browse.category.price-or-rate": "price or rate",
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
        "embed.view.graph": "Graph",
        "embed.view.money": "Money flows",
        "embed.view.treemap": "Treemap",
        "embed.money.label": "money flows: funding lines → projects → systems → feeds",
        "embed.treemap.label": "treemap of the funding lines, by category",
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
        "graphiql.loading": "Loading GraphiQL… (it needs JavaScript)",
        "review.index.title": "Drafts awaiting review",
        "review.index.intro": "The drafts of these reports hold extracted facts nobody has "
        "reviewed yet. Open one and accept, correct or reject each fact against the report's "
        "text; what you decide is written back to the seed as curated.",
        "review.index.none": "No draft awaits review.",
        "review.index.done": "{count} more drafts are fully reviewed.",
        "review.index.report": "report",
        "review.index.awaiting": "awaiting review",
        "review.index.by_kind": "by kind",
        "review.index.by_hand": "cannot be reviewed here",
        "review.document.title": "Review: {title}",
        "review.year_unknown": "the report states no fiscal year (give it by hand)",
        "review.all": "All drafts",
        "review.logout": "Log out",
        "review.awaiting": "{count} awaiting review",
        "review.settled": "{count} settled",
        "review.keys": "Keys: a accept · r reject · e edit · j or n next · k or p previous · "
        "Esc cancel. Select a fact to see its span; select a highlight to see its fact.",
        "review.text": "Report text",
        "review.facts": "Extracted facts",
        "review.group.document": "Report",
        "review.group.unit": "Units",
        "review.group.system": "Systems",
        "review.group.project": "Projects",
        "review.group.funding-line": "Funding lines",
        "review.group.money-figure": "Money figures",
        "review.group.unread": "Unread money figures",
        "review.group.indicator": "Indicators",
        "review.group.event": "Events",
        "review.group.relation": "Relations",
        "review.group.mention": "Mentions",
        "review.state.extracted": "awaiting review",
        "review.state.curated": "curated",
        "review.rule": "rule",
        "review.context": "its sentence",
        "review.span_missing": "the cited span is not in the text",
        "review.unread": "unread",
        "review.entity": "entity",
        "review.funding_line": "funding line",
        "review.accept": "Accept",
        "review.reject": "Reject",
        "review.edit": "Edit",
        "review.save": "Save",
        "review.cancel": "Cancel",
        "review.field.amount": "amount (yuan)",
        "review.field.value": "value",
        "review.field.kind": "kind",
        "review.field.category": "category",
        "review.field.name": "name",
        "review.field.start": "span start",
        "review.field.end": "span end",
        "review.use_selection": "Use the text selected in the report",
        "review.money.spending": "spending",
        "review.money.budget": "budget",
        "review.money.revenue": "revenue",
        "review.money.carry-over": "carry-over",
        "review.money.change": "change",
        "review.money.contract": "contract",
        "review.money.planned": "planned",
        "review.money.saving": "saving",
        "review.money.price-or-rate": "price or rate",
        "review.money.other": "other (unread)",
        "review.login.title": "Log in to review",
        "review.login.intro": "Enter the server's review token (GOVKG_REVIEW_TOKEN). The "
        "session lasts 8 hours, and ends when the server restarts.",
        "review.login.token": "Review token",
        "review.login.name": "Your name (for the review log; optional)",
        "review.login.submit": "Log in",
        "review.login.wrong": "That is not the review token.",
        "review.login.expired": "The form expired; try again.",
        "review.error.cross_site": "Refused: the request came from another site.\n",
        "review.error.csrf": "Refused: the CSRF token is missing or wrong; reload the page.\n",
        "review.js.saving": "saving…",
        "review.js.accepted": "accepted: {fact}",
        "review.js.rejected": "rejected: {fact}",
        "review.js.edited": "edited: {fact}",
        "review.js.left": "{count} awaiting review",
        "review.js.done": "Every fact of this report is settled.",
        "review.js.refused": "Not saved; the draft is unchanged:",
        "review.js.stale": "The draft changed since this page was read (another reviewer, or "
        "an ingest run). Reload the page and decide on what it holds now.",
        "review.js.reload": "Reload",
        "review.js.login": "Your session has ended; log in again.",
        "review.js.forbidden": "Refused:",
        "review.js.failed": "could not save: {error}",
        "review.js.confirm": "press r again (or select Reject again) to reject",
        "review.js.nochange": "Nothing changed.",
        "review.js.selection": "Select a passage of the report first.",
        "review.js.field": "field {field} is wrong",
        "review.js.reject_with": "Reject it with the {count} facts that refer to it",
    },
}

# a money figure's basis, in the words of the one table pages and pictures share
for _lang in LANGS:
    MESSAGES[_lang].update({f"basis.{basis}": word for basis, word in BASIS[_lang].items()})


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
