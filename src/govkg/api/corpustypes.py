"""GraphQL types of the corpus coverage: what the graph holds, by year and genre.

Thin: the counts come from ``Service.coverage`` (govkg.answers.coverage).
"""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from govkg.answers import coverage as cov
from govkg.api.base import _charged, _refs, _svc
from govkg.api.nodes import Document

__all__ = ["Corpus", "CorpusGenre", "CorpusYear", "to_corpus"]


@strawberry.type(description="One fiscal year of the corpus.")
class CorpusYear:
    year: int
    documents: int = strawberry.field(description="How many reports of this fiscal year.")
    units: int = strawberry.field(
        description="How many units issued a report of this year or have funding lines in one."
    )
    _record: strawberry.Private[cov.YearCoverage]

    @strawberry.field(description="The reports of this fiscal year.")
    @_charged
    def reports(self, info: Info) -> list[Document]:
        return _refs(info, self._record.documents)


@strawberry.type(description="One genre of report (部门整体支出绩效自评报告, 部门决算, …).")
class CorpusGenre:
    genre: str | None = strawberry.field(description="As the documents give it; null if none.")
    documents: int


@strawberry.type(
    description="What the graph holds: counts of reports, fiscal years, units and genres, "
    "and how many facts await review."
)
class Corpus:
    documents: int = strawberry.field(description="How many source reports.")
    units: int = strawberry.field(description="How many units the graph holds.")
    reporting_units: int = strawberry.field(
        description="How many units issued a report or have funding lines in one."
    )
    undated_documents: int = strawberry.field(description="Reports without a fiscal year.")
    _record: strawberry.Private[cov.Coverage]

    @strawberry.field(
        description="Facts extracted by an ingest rule and not yet reviewed: the sum of "
        "Document.awaitingReview over the reports."
    )
    def awaiting_review(self, info: Info) -> int:
        return _svc(info).review_totals[1]

    @strawberry.field(description="The sum of Document.curated over the reports.")
    def curated(self, info: Info) -> int:
        return _svc(info).review_totals[0]

    @strawberry.field(description="Fiscal years held, oldest first, with their counts.")
    @_charged
    def years(self, info: Info) -> list[CorpusYear]:
        return [
            CorpusYear(year=y.year, documents=len(y.documents), units=len(y.units), _record=y)
            for y in self._record.years
        ]

    @strawberry.field(description="Genres held, most reports first.")
    @_charged
    def genres(self, info: Info) -> list[CorpusGenre]:
        return [CorpusGenre(genre=g, documents=n) for g, n in self._record.genres]


def to_corpus(record: cov.Coverage) -> Corpus:
    return Corpus(
        documents=len(record.documents),
        units=len(record.units),
        reporting_units=len(record.reporting_units),
        undated_documents=len(record.undated),
        _record=record,
    )
