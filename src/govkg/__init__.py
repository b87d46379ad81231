"""govkg: published reports on government IT spending as a knowledge graph you can question.

>>> import govkg
>>> kg = govkg.open()                       # the bundled seed
>>> kg.query('{ platform(name: "一网统管") { name } }')["data"]["platform"]["name"]
'一网统管'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from govkg.answers import querying
from govkg.core.errors import DataError, GovKGError, QueryError, SeedError

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.answers.kg import open_graph as open

__all__ = ["DataError", "GovKGError", "KnowledgeGraph", "QueryError", "SeedError", "open"]


def __getattr__(name: str) -> Any:
    """``open`` and ``KnowledgeGraph`` load the graph machinery (rdflib, Oxigraph, pypinyin:
    half a second) on first use, so ``govkg --help`` and the modules that need none of it
    do not pay for it."""
    if name in ("open", "KnowledgeGraph"):
        from govkg.answers import kg

        return kg.open_graph if name == "open" else kg.KnowledgeGraph
    raise AttributeError(f"module 'govkg' has no attribute {name!r}")


def _execute(
    kg: querying.GraphVersion, query: str, variables: dict[str, Any] | None
) -> dict[str, Any]:
    """govkg.api.execute.execute, loaded on first use (strawberry and the schema) like ``open``."""
    from govkg.api.execute import execute

    return execute(kg, query, variables)


# KnowledgeGraph.query answers through this: the graph layer (kg) never imports GraphQL,
# and this file runs before any govkg module, so every graph version finds it installed.
querying.install(_execute)
