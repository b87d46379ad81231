"""Reading one YAML record's fields: a typed value, or a problem noted with its place.

Readers never raise: each problem is recorded as ``file:line: field 'name': message`` so that
``load_seed`` can report every problem of a seed at once.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from govkg.core.errors import Problem
from govkg.core.records import Citation
from govkg.seed.yamlfile import LineDict

__all__ = ["DATE", "SLUG", "FieldReader"]

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
INTEGER_DIGITS, FRACTION_DIGITS = 15, 6
"""A decimal in a seed has at most 15 digits before the point (999万亿 yuan) and 6 after:
beyond that it is a typo or an attack, and exact arithmetic on it would fail."""


def _calendar(value: str) -> bool:
    """Whether a YYYY, YYYY-MM or YYYY-MM-DD string names a real year, month or day."""
    try:
        if len(value) == 10:
            datetime.date.fromisoformat(value)
        elif len(value) == 7:
            datetime.date.fromisoformat(value + "-01")
    except ValueError:
        return False
    return True


class FieldReader:
    """Reads fields of one record, noting a located problem instead of raising."""

    def __init__(
        self, file: str, record: LineDict, problems: list[Problem], texts: dict[str, str]
    ) -> None:
        self.file, self.record, self.problems, self.texts = file, record, problems, texts

    def sub(self, record: LineDict) -> FieldReader:
        return FieldReader(self.file, record, self.problems, self.texts)

    def problem(self, field: str, message: str, line: int | None = None) -> None:
        where = line if line is not None else self.record.line_of(field)
        self.problems.append(Problem(file=self.file, line=where, field=field, message=message))

    def allow(self, allowed: set[str]) -> None:
        for key in self.record:
            if key not in allowed:
                self.problem(key, f"unknown field (allowed: {', '.join(sorted(allowed))})")

    def text(self, field: str, *, required: bool = False, name: bool = False) -> str | None:
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(field, f"expected text, got {type(value).__name__}")
            return None
        value = str(value)
        if name:
            bad = [c for c in value if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")]
            if bad:
                self.problem(field, f"control character {bad[0]!r} in a name")
                return None
            if not value.strip():
                self.problem(field, "empty name")
                return None
        return value

    def slug(self, field: str, *, required: bool = False) -> str | None:
        value = self.text(field, required=required)
        if value is not None and not SLUG.match(value):
            self.problem(field, f"{value!r} is not a slug (lowercase a-z, 0-9, single hyphens)")
            return None
        return value

    def choice(self, field: str, options: tuple[str, ...], *, required: bool) -> str | None:
        value = self.text(field, required=required)
        if value is not None and value not in options:
            self.problem(field, f"{value!r} is not one of: {', '.join(options)}")
            return None
        return value

    def year(self, field: str, *, required: bool = True) -> int | None:
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
            self.problem(field, f"expected a year such as 2023, got {value!r}")
            return None
        return value

    def date(self, field: str) -> str | None:
        value = self.text(field)
        if value is not None and not DATE.match(value):
            self.problem(field, f"expected YYYY-MM-DD, YYYY-MM or YYYY, got {value!r}")
            return None
        if value is not None and not _calendar(value):
            self.problem(field, f"{value!r} is not a date of the calendar")
            return None
        return value

    def decimal(
        self, field: str, *, required: bool = False, signed: bool = False
    ) -> Decimal | None:
        """A quoted decimal string, bounded; negative only when ``signed`` (a stated change)."""
        value = self.record.get(field)
        if value is None:
            if required:
                self.problem(field, "missing required field")
            return None
        if isinstance(value, float):
            self.problem(field, f'write the decimal as a quoted string ("{value}"), not a float')
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(field, f"expected a decimal string, got {type(value).__name__}")
            return None
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            self.problem(field, f"{value!r} is not a decimal number")
            return None
        if not number.is_finite():
            self.problem(field, f"{value!r} is not a finite number")
            return None
        if number and (
            number.adjusted() >= INTEGER_DIGITS
            or -number.normalize().as_tuple().exponent > FRACTION_DIGITS
        ):
            self.problem(
                field,
                f"{value!r} is out of range (at most {INTEGER_DIGITS} digits before the "
                f"point and {FRACTION_DIGITS} after)",
            )
            return None
        if number < 0 and not signed:
            self.problem(field, f"negative amount {value!r}")
            return None
        return number

    def strings(self, field: str, *, slugs: bool = False) -> tuple[str, ...]:
        value = self.record.get(field)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.problem(field, f"expected a list, got {type(value).__name__}")
            return ()
        items = []
        for item in value:
            if not isinstance(item, str) or (slugs and not SLUG.match(item)):
                self.problem(field, f"bad list item {item!r}")
                continue
            if any(unicodedata.category(c) in ("Cc", "Cf") for c in item):
                self.problem(field, f"control character in {item!r}")
                continue
            items.append(item)
        return tuple(items)

    def provenance(self) -> tuple[str, str | None]:
        provenance = self.choice("provenance", ("curated", "extracted"), required=False)
        rule = self.text("rule")
        if provenance == "extracted" and not rule:
            self.problem("rule", "an extracted fact names the ingest rule that produced it")
        if rule is not None and self.record.get("provenance") in (None, "curated"):
            self.problem(
                "rule",
                "only an extracted fact (`provenance: extracted`) names an ingest rule; "
                "a curated one has none (delete `rule`)",
            )
            rule = None
        return provenance or "curated", rule

    def citations(self, field: str = "sources") -> tuple[Citation, ...]:
        value = self.record.get(field)
        if not isinstance(value, list) or not value:
            self.problem(field, "every fact needs at least one citation")
            return ()
        cites = []
        for item in value:
            if not isinstance(item, LineDict):
                self.problem(
                    field, f"a citation is a mapping {{doc, quote, start, end}}, got {item!r}"
                )
                continue
            sub = self.sub(item)
            sub.allow({"doc", "quote", "start", "end"})
            doc, quote = sub.slug("doc", required=True), sub.text("quote", required=True)
            start, end = item.get("start"), item.get("end")
            for key, number in (("start", start), ("end", end)):
                if isinstance(number, bool) or not isinstance(number, int):
                    sub.problem(key, f"expected a character offset, got {number!r}")
            offsets_ok = isinstance(start, int) and isinstance(end, int)
            if doc and quote and offsets_ok and sub.verify(doc, quote, start, end):
                cites.append(Citation(document=doc, quote=quote, start=start, end=end))
        return tuple(cites)

    def verify(self, doc: str, quote: str, start: int, end: int) -> bool:
        """A quote must stand verbatim at its offsets; say where it does stand if elsewhere."""
        text = self.texts.get(doc)
        if text is None:
            self.problem("doc", f"unknown document {doc!r}")
            return False
        if 0 <= start < end <= len(text) and end - start == len(quote) and text[start:end] == quote:
            return True
        at = text.find(quote)
        where = f"; it occurs at {at}..{at + len(quote)}" if at >= 0 else "; not in the text at all"
        self.problem("quote", f"{quote!r} is not at {start}..{end} of {doc!r}{where}")
        return False

    def written_in_quotes(self, field: str, cites: tuple[Citation, ...]) -> None:
        written = self.record.get(field)
        if isinstance(written, str) and cites and not any(written in c.quote for c in cites):
            self.problem(field, f"{written!r} does not occur in any of the quotes")
