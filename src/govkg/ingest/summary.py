"""What one ``govkg ingest`` run did, file by file, and the summary printed at its end."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from govkg.ingest.write import Ingested

__all__ = ["Outcome", "Summary"]

_SECTIONS = (
    "units",
    "systems",
    "projects",
    "funding_lines",
    "indicators",
    "events",
    "relations",
    "mentions",
    "money_figures",
)
_HELD_LISTED = 20  # held files listed one by one; past that, only those met in this run


@dataclass(frozen=True)
class Outcome:
    """One file: ``written`` (a new draft), ``held`` (its text is there) or ``refused``."""

    file: Path
    status: str
    document: str | None = None
    reason: str | None = None  # why refused: one line
    detail: str | None = None  # why refused, in full (a draft's problems, one a line)
    done: Ingested | None = None
    before: bool = True  # held: since before this run (else written from another file of it)


@dataclass
class Summary:
    """Every file's outcome, in the order the files were taken."""

    into: Path
    files: int  # how many files the run was given (an interrupted run reaches fewer)
    outcomes: list[Outcome] = field(default_factory=list)
    documents: int = 0  # in the directory at the end
    awaiting: int = 0  # of those, with facts awaiting review
    interrupted: bool = False  # stopped by ^C before the last file
    left_out: list[Path] = field(default_factory=list)  # in folders, not a report's form

    @property
    def failed(self) -> bool:
        return any(o.status == "refused" for o in self.outcomes)

    def of(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    def lines(self) -> list[str]:
        """The summary, one fact a line (plain text: logs and terminals alike)."""
        written, held, refused = self.of("written"), self.of("held"), self.of("refused")
        out = [
            f"ingest into {self.into}: {self.files} files, {len(written)} drafts written, "
            f"{len(held)} already held, {len(refused)} refused"
        ]
        missed = self.files - len(self.outcomes)
        if self.interrupted or missed:
            out.append(f"interrupted: {missed} files not reached; run it again to go on")
        if self.left_out:
            suffixes = Counter(file.suffix.lower() or "(none)" for file in self.left_out)
            kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(suffixes.items()))
            out.append(
                f"left out: {len(self.left_out)} files of the folders are not .txt, .docx, "
                f".pdf or .html ({kinds}), e.g. {self.left_out[0]}"
            )
        if refused:
            out.append(f"refused ({len(refused)}):")
            out += [f"  {o.file}: {o.reason}" for o in refused]
        if held:
            out.append(f"already held ({len(held)}):")
            shown = held if len(held) <= _HELD_LISTED else [o for o in held if not o.before]
            for o in shown:
                when = "held before this run" if o.before else "written in this run"
                out.append(f"  {o.file}: as {o.document} ({when})")
            if len(shown) < len(held):
                out.append(f"  and {len(held) - len(shown)} more held before this run")
        kinds: Counter[str] = Counter()
        money: Counter[str] = Counter()
        for o in written:
            assert o.done is not None
            kinds.update(o.done.kinds)
            money.update(o.done.money)
        facts = sum(kinds.values())
        listed = ", ".join(f"{kinds[k]:,} {k.replace('_', ' ')}" for k in _SECTIONS if kinds[k])
        out.append(f"facts written: {facts:,}" + (f" ({listed})" if listed else ""))
        if money:
            by_kind = ", ".join(f"{n:,} {kind}" for kind, n in sorted(money.items()))
            out.append(f"money figures by kind: {by_kind}")
        out.append(
            f"awaiting review: {facts:,} facts in {len(written)} new drafts; "
            f"{self.awaiting} of the {self.documents} documents in {self.into} "
            f"(govkg validate --seed {self.into})"
        )
        return out
