"""How a graph version answers GraphQL, plugged in from above the graph layer.

``KnowledgeGraph.query`` (govkg.answers.kg, the graph layer) answers exactly as
``govkg.api.execute.execute`` does, yet kg may not import the GraphQL layer built on it: the
package, whose ``__init__`` Python runs before any govkg module, installs the executor here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from govkg.answers.service import Service

__all__ = ["Executor", "GraphVersion", "execute", "install"]


class GraphVersion(Protocol):
    """What GraphQL needs of a graph version (a govkg.answers.kg.KnowledgeGraph is one)."""

    @property
    def service(self) -> Service: ...


Executor = Callable[[GraphVersion, str, dict[str, Any] | None], dict[str, Any]]

_executor: Executor | None = None


def install(executor: Executor) -> None:
    """Make ``executor`` the one ``execute`` (and so ``KnowledgeGraph.query``) calls."""
    global _executor
    _executor = executor


def execute(kg: GraphVersion, query: str, variables: dict[str, Any] | None) -> dict[str, Any]:
    """Answer ``query`` on ``kg`` with the installed executor."""
    if _executor is None:  # only when govkg.answers.querying was loaded outside the govkg package
        raise RuntimeError("no GraphQL executor installed: import govkg")
    return _executor(kg, query, variables)
