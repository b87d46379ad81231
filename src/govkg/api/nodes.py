"""Every node type of the contract, by the kind a catalog record has.

The types live by what they are (govkg.api.node, .entities, .facts, .links); this module
puts them together for ``to_node`` and the schema, and names the enums and the path charge
the root query uses. What all of them share is in govkg.api.base, below them all.
"""

from __future__ import annotations

import enum

import strawberry

from govkg.api.base import (
    MAX_OBJECTS,
    NODE_TYPES,
    AmountBasis,
    Attribute,
    Budget,
    Citation,
    EntityKind,
    Money,
    to_node,
)
from govkg.api.entities import Person, Platform, Project, Publication, Unit
from govkg.api.facts import Document, Event, FundingLine, Indicator
from govkg.api.links import Cost, CostBasis, Feed, Link
from govkg.api.node import Node

__all__ = [
    "MAX_OBJECTS",
    "PATH_COST",
    "TYPES",
    "AmountBasis",
    "Attribute",
    "Budget",
    "Citation",
    "Cost",
    "CostBasis",
    "Document",
    "EntityKind",
    "Event",
    "Feed",
    "FundingLine",
    "Indicator",
    "Link",
    "Money",
    "Node",
    "Person",
    "Platform",
    "Project",
    "Publication",
    "Severity",
    "Unit",
    "to_node",
]

PATH_COST = 1_000
"""What one path search is charged: it may walk up to views.MAX_VISITS nodes."""


@strawberry.enum(description="How sure a finding is: a contradiction, an implausibility, a note.")
class Severity(enum.Enum):
    ERROR = "ERROR"
    WARNING = "WARNING"
    INFO = "INFO"


TYPE_OF_KIND = {
    "unit": Unit,
    "person": Person,
    "platform": Platform,
    "project": Project,
    "publication": Publication,
    "funding-line": FundingLine,
    "indicator": Indicator,
    "event": Event,
    "document": Document,
}
NODE_TYPES.update(TYPE_OF_KIND)  # to_node (govkg.api.base) makes them: it is below us

TYPES = [Unit, Platform, Project, Person, Publication, FundingLine, Indicator, Event, Document]
"""Every concrete Node type, so the schema lists them even where only the interface is named."""
