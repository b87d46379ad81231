"""govkg: published reports on government IT spending as a knowledge graph you can question.

>>> import govkg
>>> kg = govkg.open()                       # the bundled seed
>>> kg.query('{ platform(name: "一网统管") { name } }')["data"]["platform"]["name"]
'一网统管'
"""

from __future__ import annotations

from govkg.errors import DataError, GovKGError, QueryError, SeedError
from govkg.kg import KnowledgeGraph
from govkg.kg import open_graph as open

__all__ = ["DataError", "GovKGError", "KnowledgeGraph", "QueryError", "SeedError", "open"]
