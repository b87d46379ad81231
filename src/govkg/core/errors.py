"""The one exception tree of govkg, so callers can catch everything with ``GovKGError``.

GovKGError
 ├── SeedError        bad seed input; lists problems, each naming file, line and field
 ├── DataError        data that cannot be served: an RDF file that does not parse, a
 │                    missing seed or ontology, a file changed while loading
 ├── QueryError       a request the query layer refuses (bad cursor, too costly a query)
 ├── IngestError      a report ``govkg ingest`` cannot read or does not recognise;
 │                    names the file and why
 └── RemoteError      (govkg.stores.sparqlclient) a SPARQL store that refuses or cannot be reached
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DataError", "GovKGError", "IngestError", "Problem", "QueryError", "SeedError"]


class GovKGError(Exception):
    """Base of every error govkg raises on purpose."""


@dataclass(frozen=True, kw_only=True)
class Problem:
    """One thing wrong in the seed, located precisely enough to fix without searching."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: field '{self.field}': {self.message}"


class SeedError(GovKGError):
    """The seed cannot be loaded; ``problems`` holds every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class DataError(GovKGError):
    """Data that cannot be served: an RDF file that does not parse, missing package data."""


class QueryError(GovKGError):
    """A question the query layer cannot answer as asked."""


class IngestError(GovKGError):
    """A report that cannot be ingested: ``file`` names it, ``reason`` says why."""

    def __init__(self, file: str, reason: str) -> None:
        self.file = file
        self.reason = reason
        super().__init__(f"{file}: {reason}")
