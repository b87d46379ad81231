"""How big a report ``govkg ingest`` takes on: the caps that bound its time and memory.

Every rule is linear in the text, but three costs are not bounded by linearity alone: a
text of many megabytes (the reader accepts 50 MiB files); a dense text whose draft dwarfs
it (a thousand figures in one long sentence each cite that sentence); and the doubtful-name
check of ``resolve``, which compares every new name with the others. Past a cap the text is
refused with an IngestError that names the file, its size and the cap, before anything is
written.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from govkg.core.errors import IngestError
from govkg.ingest.facts import Found, Mentioned

__all__ = ["MAX_NAMES", "MAX_QUOTED", "MAX_TEXT_BYTES", "Quota", "check_names", "check_text"]

MAX_TEXT_BYTES = 2**20  # UTF-8 bytes of a report's text; a report of the genre is 10-300 KB
MAX_QUOTED = 1_500_000  # characters its facts quote and name; a report: ~2 per character
MAX_NAMES = 2_000  # distinct units, systems and projects in one report; a report names ~100

F = TypeVar("F", bound=Found)


def check_text(text: str, file: str) -> int:
    """The text's size in UTF-8 bytes (as it is stored); IngestError over MAX_TEXT_BYTES."""
    size = len(text.encode("utf-8"))
    if size > MAX_TEXT_BYTES:
        raise IngestError(
            file, f"its text is {size:,} bytes, over the cap of {MAX_TEXT_BYTES:,}; not ingested"
        )
    return size


def check_names(mentioned: list[Mentioned], file: str) -> None:
    """IngestError if the report names more than MAX_NAMES units, systems and projects."""
    if len(mentioned) > MAX_NAMES:
        raise IngestError(
            file,
            f"it names {len(mentioned):,} units, systems and projects, over the cap of "
            f"{MAX_NAMES:,}; not ingested",
        )


class Quota:
    """The characters the facts of one report quote and name, counted as the rules find
    them and refused past MAX_QUOTED: memory never holds a draft much over the cap."""

    def __init__(self, file: str, size: int) -> None:
        self.file = file
        self.size = size  # the text's, for the message
        self.used = 0

    def take(self, found: Iterable[F]) -> list[F]:
        """The facts ``found`` yields, counted; IngestError once the report is over."""
        taken = []
        for fact in found:
            self.used += sum(len(c.quote) for c in fact.cites) + len(getattr(fact, "name", ""))
            if self.used > MAX_QUOTED:
                raise IngestError(
                    self.file,
                    f"its text of {self.size:,} bytes is too dense: its facts quote more than the "
                    f"cap of {MAX_QUOTED:,} characters (a report's quote ~2 per character); "
                    "not ingested",
                )
            taken.append(fact)
        return taken
