"""Synthetic graphs with the seed's shape, for measuring govkg at 10^4..10^6 triples.

Each synthetic department publishes one report a year: a center with six sections, the
city's bureaus feeding its platforms, a project that delivers some of them, funding lines in
万元 with decimals and stated shares, indicators with qualifiers, events, and a citation for
every fact into a generated report text. Same ``seed_value``, same graph, byte for byte.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

from govkg.core.records import (
    Citation,
    Document,
    Entity,
    Event,
    FundingLine,
    Indicator,
    Relation,
    Seed,
)
from govkg.graph.rdf import DEFAULT_BASE, seed_triples

__all__ = ["synth_seeds", "write_synthetic"]

CITY_A = "益长株湘衡邵岳常张郴永怀娄吉"
CITY_B = "阳沙洲潭山德界州安化底首平江"
BUREAUS = [
    ("zuzhibu", "市委组织部", "Organization Department"),
    ("zhengfawei", "市委政法委", "Political and Legal Affairs Commission"),
    ("chengguanju", "市城管执法局", "Urban Management Bureau"),
    ("ziranziyuanju", "市自然资源和规划局", "Natural Resources and Planning Bureau"),
    ("yingjiju", "市应急局", "Emergency Management Bureau"),
    ("shuiliju", "市水利局", "Water Resources Bureau"),
    ("shichangjianguanju", "市市场监管局", "Market Regulation Bureau"),
    ("caizhengju", "市财政局", "Finance Bureau"),
    ("gonganju", "市公安局", "Public Security Bureau"),
    ("weijianwei", "市卫健委", "Health Commission"),
]
SECTIONS = ["综合科", "开发应用科", "项目建设科", "大数据运行科", "信息安全科", "网络科"]
PLATFORMS = [
    "一网统管",
    "一网通办",
    "政务云平台",
    "数据治理平台",
    "融合通信平台",
    "视频共享平台",
    "电子政务外网",
    "财税综合信息平台",
    "城市运行指挥中心",
    "数据交换平台",
    "网络安全检测平台",
    "公共应用系统",
]
INDICATORS = [
    ("汇集数据", "条", "余"),
    ("机架数量", "个", None),
    ("存储容量", "T", None),
    ("接入单位", "家", None),
    ("业务应用", "项", "余"),
    ("服务场景", "个", "多"),
    ("处理故障", "起", "余"),
    ("满意率", "%", None),
]


def _city_name(index: int) -> tuple[str, str]:
    a, b = CITY_A[index % len(CITY_A)], CITY_B[(index // len(CITY_A)) % len(CITY_B)]
    suffix = "" if index < len(CITY_A) * len(CITY_B) else str(index)
    return f"{a}{b}{suffix}", f"c{index}"


class _Text:
    """The generated report text of one department-year; every quote is a span of it."""

    def __init__(self, doc: str) -> None:
        self.doc, self.parts, self.length = doc, [], 0

    def cite(self, sentence: str) -> tuple[Citation, ...]:
        start = self.length
        self.parts.append(sentence + "。")
        self.length += len(sentence) + 1
        return (
            Citation(document=self.doc, quote=sentence, start=start, end=start + len(sentence)),
        )

    def text(self) -> str:
        return "".join(self.parts)


def _entity(record_type, slug, name, name_en, cites, category=None) -> Entity:
    return Entity(
        id=slug,
        record_type=record_type,
        category=category,
        name=name,
        name_en=name_en,
        aliases=(),
        description_en=None,
        attributes=(),
        unnamed=False,
        sources=cites,
    )


def _department(
    rng: random.Random, city: int, year: int, bureaus: list[Entity], first_year: bool
) -> Seed:
    """One report: a center, its sections, platforms, feeds, funding, indicators, events."""
    city_name, city_slug = _city_name(city)
    center_slug = f"{city_slug}-bdc"
    doc = f"{center_slug}-{year}"
    text = _Text(doc)
    center_name = f"{city_name}市智慧城市和大数据中心"
    entities = [
        _entity(
            "unit",
            center_slug,
            center_name,
            f"{city_name} Big Data Center",
            text.cite(f"{center_name}是公益一类事业单位"),
            "center",
        )
    ]
    relations: list[Relation] = []
    for index, section in enumerate(SECTIONS):
        slug = f"{center_slug}-section-{index}"
        cites = text.cite(f"{center_name}内设{section}")
        entities.append(
            _entity("unit", slug, f"{city_name}{section}", f"Section {index}", cites, "section")
        )
        relations.append(
            Relation(type="part-of", source=slug, target=center_slug, via=None, sources=cites)
        )
    if not first_year:  # the center and its sections were described in the first report
        entities, relations = [], []
    platforms = []
    for index in rng.sample(range(len(PLATFORMS)), k=8):
        slug = f"{doc}-platform-{index}"
        name = f"{city_name}{PLATFORMS[index]}（{year}）"
        cites = text.cite(f"{center_name}负责{name}的建设和运维")
        entities.append(
            _entity(
                "platform", slug, name, f"Platform {index} of {city_name} {year}", cites, "platform"
            )
        )
        relations.append(
            Relation(type="operates", source=center_slug, target=slug, via=None, sources=cites)
        )
        platforms.append((slug, name))
    for platform_slug, platform_name in platforms[:4]:
        for bureau in rng.sample(bureaus, k=rng.randint(2, 5)):
            system = f"{platform_slug}-via-{bureau.id}"
            system_name = f"{bureau.name}业务系统{rng.randint(1, 99)}号"
            cites = text.cite(f"{platform_name}接入{bureau.name}“{system_name}”")
            entities.append(
                _entity("platform", system, system_name, "Feeding system", cites, "system")
            )
            relations.append(
                Relation(
                    type="feeds", source=bureau.id, target=platform_slug, via=system, sources=cites
                )
            )
    project = f"{doc}-upgrade"
    project_name = f"{city_name}新型智慧城市提升工程（{year}）"
    entities.append(
        _entity(
            "project",
            project,
            project_name,
            "Upgrade project",
            text.cite(f"{project_name}已通过竣工验收"),
        )
    )
    for platform_slug, platform_name in platforms[:3]:
        relations.append(
            Relation(
                type="delivers",
                source=project,
                target=platform_slug,
                via=None,
                sources=text.cite(f"{project_name}建设{platform_name}"),
            )
        )
    lines, indicators, events = _funding(rng, text, doc, year, center_slug, project, platforms)
    relations += lines[1]
    for index, (slug, _name) in enumerate(platforms):
        name, unit, qualifier = INDICATORS[(index + year) % len(INDICATORS)]
        value = (
            Decimal(rng.randint(900, 1000)) / 10 if unit == "%" else Decimal(rng.randint(10, 90000))
        )
        written = {
            None: f"{value}{unit}",
            "约": f"约{value}{unit}",
            "以上": f"{value}{unit}以上",
        }.get(qualifier, f"{value}{qualifier}{unit}")
        indicators.append(
            Indicator(
                id=f"{doc}-indicator-{index}",
                subject=slug,
                document=doc,
                year=year,
                name=name,
                name_en=None,
                value=value,
                text_value=None,
                unit=unit,
                approximate=qualifier,
                as_written=written,
                sources=text.cite(f"{name}{written}"),
            )
        )
    document = Document(
        id=doc,
        file=f"sources/{doc}.txt",
        title=f"{year}年度{center_name}部门整体支出绩效自评报告",
        title_en=None,
        issuer=center_slug,
        fiscal_year=year,
        date=f"{year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        genre="部门整体支出绩效自评报告",
        sha256="",
        text="",
        sources=text.cite(f"{year}年度{center_name}"),
    )
    digest = hashlib.sha256(text.text().encode()).hexdigest()
    document = Document(**{**document.__dict__, "sha256": digest})
    return Seed(
        documents=(document,),
        entities=tuple(entities),
        funding_lines=tuple(lines[0]),
        indicators=tuple(indicators),
        events=tuple(events),
        relations=tuple(relations),
    )


def _funding(rng, text, doc, year, center, project, platforms):
    """Basic and project expenditure with decimal amounts, stated shares and a remainder."""
    basic = Decimal(rng.randint(1000, 9999)) / 10
    items = [Decimal(rng.randint(1000, 200000)) / 100 for _ in range(4)]
    other = Decimal(rng.randint(100, 5000)) / 100
    total = sum(items, other)

    def line(slug, name, amount, parent, share=None, derived=None):
        written = f"{amount}万元" if amount is not None else None
        sentence = f"{name}{written or ''}" if derived is None else f"还有{name}"
        return FundingLine(
            id=f"{doc}-{slug}",
            name=name,
            name_en=None,
            aliases=(),
            document=doc,
            year=year,
            unit=center,
            parent=f"{doc}-{parent}" if parent else None,
            category=None,
            amount=amount * 10000 if amount is not None else None,
            derived=derived,
            as_written=written,
            stated_share=share,
            sources=text.cite(sentence),
        )

    lines = [
        line("total", f"{year}年度部门整体支出", None, None, derived="sum"),
        line("basic", "基本支出", basic, "total"),
        line("project", "项目支出", total, "total"),
    ]
    names = ["提升工程项目经费", "电子政务外网运维费", "雪亮工程项目经费", "机房电费"]
    funds = []
    for index, amount in enumerate(items):
        share = (amount / total * 100).quantize(Decimal(1))
        lines.append(line(f"item-{index}", names[index], amount, "project", share))
    lines.append(line("other", "其他项目支出", None, "project", derived="remainder"))
    funds.append(
        Relation(
            type="funds", source=f"{doc}-item-0", target=project, via=None, sources=lines[3].sources
        )
    )
    funds.append(
        Relation(
            type="funds",
            source=f"{doc}-item-1",
            target=platforms[5][0],
            via=None,
            sources=lines[4].sources,
        )
    )
    events = [
        Event(
            id=f"{doc}-review",
            name=f"{year}年度项目评审",
            name_en=None,
            category="review",
            date=f"{year}-{rng.randint(10, 12)}-0{rng.randint(1, 9)}",
            location=None,
            participants=(center,),
            subjects=(project,),
            organizer=center,
            sources=text.cite(f"{year}年组织开展项目技术方案评审"),
        )
    ]
    return (lines, funds), [], events


YEARS = (2021, 2022, 2023, 2024, 2025)


def synth_seeds(seed_value: int = 0) -> Iterator[Seed]:
    """An endless, deterministic stream of seeds, one per city and report year."""
    rng = random.Random(seed_value)
    city = 0
    while True:
        city_name, city_slug = _city_name(city)
        bureaus = [
            _entity(
                "unit",
                f"{city_slug}-{slug}",
                f"{city_name}{name}",
                f"{city_name} {name_en}",
                (),
                "bureau",
            )
            for slug, name, name_en in BUREAUS
        ]
        for year in YEARS:
            seed = _department(rng, city, year, bureaus, first_year=year == YEARS[0])
            yield _with_bureaus(seed, bureaus) if year == YEARS[0] else seed
        city += 1


def _with_bureaus(seed: Seed, bureaus: list[Entity]) -> Seed:
    doc = seed.documents[0].id
    cited = [
        Entity(
            **{
                **b.__dict__,
                "sources": (Citation(document=doc, quote=b.name, start=0, end=len(b.name)),),
            }
        )
        for b in bureaus
    ]
    return Seed(
        documents=seed.documents,
        entities=(*cited, *seed.entities),
        funding_lines=seed.funding_lines,
        indicators=seed.indicators,
        events=seed.events,
        relations=seed.relations,
    )


def write_synthetic(
    path: Path,
    triples: int,
    seed_value: int = 0,
    base: str = DEFAULT_BASE,
    *,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write N-Triples (or Turtle by extension) to ``path``; return the number of triples.
    ``progress`` is told the number written so far after each department-year."""
    count, known = 0, {}
    with path.open("w", encoding="utf-8") as out:
        for seed in synth_seeds(seed_value):
            known |= {e.id: e.record_type for e in seed.entities}
            triples_of = seed_triples(seed, base, known)
            lines = [f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples_of]
            out.writelines(lines)
            count += len(lines)
            if progress is not None:
                progress(count)
            if count >= triples:
                return count
    return count
