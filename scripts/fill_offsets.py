"""Fill or repair the start/end offsets of one-line seed citations.

Curators write `{doc: ID, quote: "…"}` (offsets optional or stale); this finds the quote in
the document's stored text and rewrites the line with `start`/`end`. A quote found more than
once keeps the occurrence nearest its current `start`, or is reported as ambiguous.

    python scripts/fill_offsets.py [seed-dir]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

CITATION = re.compile(r"\{\s*doc:.*?quote:.*?\}")


def occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def main(seed: Path) -> int:
    docs = {}
    for path in sorted(seed.glob("*.yaml")):
        for record in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("documents", []):
            docs[record["id"]] = (seed / record["file"]).read_text(encoding="utf-8")
    problems = 0
    for path in sorted(seed.glob("*.yaml")):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        for number, line in enumerate(lines, 1):
            match = CITATION.search(line)
            if not match:
                continue
            cite = yaml.safe_load(match.group(0))
            text = docs.get(cite.get("doc"))
            if text is None:
                print(f"{path}:{number}: unknown doc {cite.get('doc')!r}")
                problems += 1
                continue
            quote = str(cite["quote"])
            hits = occurrences(text, quote)
            if not hits:
                print(f"{path}:{number}: quote not in source: {quote!r}")
                problems += 1
                continue
            hint = cite.get("start")
            if len(hits) > 1 and hint is None:
                print(f"{path}:{number}: quote occurs {len(hits)} times at {hits}: {quote!r}")
                problems += 1
                continue
            start = min(hits, key=lambda at: abs(at - (hint or 0)))
            body = match.group(0)
            body = re.sub(r",\s*start:\s*-?\d+", "", body)
            body = re.sub(r",\s*end:\s*-?\d+", "", body)
            body = body[:-1].rstrip() + f", start: {start}, end: {start + len(quote)}}}"
            lines[number - 1] = line[: match.start()] + body + line[match.end() :]
        path.write_text("".join(lines), encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "seed")))
