"""The YAML text of a draft's records: the one way ``govkg ingest`` writes a draft and a
review rewrites it, so a file untouched by hand reads back to the same bytes."""

from __future__ import annotations

import yaml

__all__ = ["draft_yaml"]


def draft_yaml(records: dict) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml: the same bytes, faster
    return yaml.dump(records, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)
